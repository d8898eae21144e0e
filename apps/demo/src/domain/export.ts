import { isWithin, type DataExport, type PrivacyManifest } from '@priv/schema';
import { strToU8, zipSync } from 'fflate';
import type { Account } from './accounts.js';
import type { StoredRecord } from './records.js';

/** A file to download. */
export interface ExportFile {
  readonly filename: string;
  readonly contentType: string;
  readonly body: Uint8Array | string;
}

/** The export the policy promises (its portability or access right's `export`), if any. */
export function promisedExport(m: PrivacyManifest): DataExport | undefined {
  return m.rights.find((r) => r.right === 'portability' && r.export)?.export ?? m.rights.find((r) => r.export)?.export;
}

function recordJson(r: StoredRecord) {
  return {
    id: r.id,
    category: r.category,
    label: r.label,
    value: r.content,
    storage: r.storage ?? 'all',
    collectedAt: r.created_at.toISOString(),
    anonymised: r.anonymised_at !== null,
  };
}

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function toCsv(records: readonly StoredRecord[]): string {
  const head = 'id,category,label,value,storage,collected_at';
  return (
    [head, ...records.map((r) => [r.id, r.category, r.label, r.content, r.storage ?? 'all', r.created_at.toISOString()].map(csvCell).join(','))].join('\r\n') +
    '\r\n'
  );
}

function toText(records: readonly StoredRecord[]): string {
  return records.map((r) => `[${r.created_at.toISOString()}] ${r.label} (${r.category}, ${r.storage ?? 'all'}): ${r.content}`).join('\n') + '\n';
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'part'
  );
}

/**
/** The formats the demo writes. */
const PRODUCED: ReadonlySet<string> = new Set(['json', 'csv', 'text']);

/** The name of the part that holds every category the promised parts leave out. */
export const REST_PART = 'Everything else we hold about you';

/**
 * The parts of an export: the policy's promised parts (000: learning progress), then one more with
 * every record of a category they leave out, so the download holds every category the account holds
 * (the access right promises a copy of all of it), in the first format the policy promises.
 */
export function exportParts(spec: DataExport | undefined, records: readonly StoredRecord[]): DataExport['parts'] {
  const parts = [...(spec?.parts ?? [])];
  // Covered: by a part in a format the demo produces (a part only 'original' or 'pdf' would leave it out).
  const covered = (r: StoredRecord) =>
    parts.some((p) => p.formats.some((f) => PRODUCED.has(f)) && (!p.categories || p.categories.some((c) => isWithin(r.category, c))));
  const rest = [...new Set(records.filter((r) => !covered(r)).map((r) => r.category))];
  if (parts.length === 0 || rest.length > 0)
    parts.push({
      content: parts.length === 0 ? 'All your data' : REST_PART,
      formats: [parts.flatMap((p) => p.formats).find((f) => PRODUCED.has(f)) ?? 'json'],
      categories: parts.length === 0 ? undefined : rest,
    } as DataExport['parts'][number]);
  return parts;
}

/**
 * Builds the download the policy promises: a ZIP with one file per part and format (seed 002: JSON,
 * CSV, text), or a single JSON file; every copy (active, backups, logs) of every category the account
 * holds, each record naming its copy, and the account itself with its parental consent. Formats the
 * demo cannot produce (PDF, original files) are listed in `README.txt`.
 */
export function buildExport(m: PrivacyManifest, account: Account, records: readonly StoredRecord[]): ExportFile {
  const active = records;
  const spec = promisedExport(m);
  const base = `${slug(m.controller.name)}-${account.id}`;
  const profile = {
    account: {
      id: account.id,
      name: account.name,
      email: account.email,
      birthDate: account.birth_date,
      country: account.country,
      timeZone: account.time_zone,
      createdAt: account.created_at.toISOString(),
      ...(account.deleted_at ? { deletionRequestedAt: account.deleted_at.toISOString() } : {}),
    },
    ...(account.consent ? { parentalConsent: account.consent } : {}),
  };
  const allParts = exportParts(spec, records);
  if (!spec || spec.packaging === 'single_file') {
    const parts = allParts;
    const data = parts.map((p) => ({
      content: p.content,
      records: active.filter((r) => !p.categories || p.categories.some((c) => isWithin(r.category, c))).map(recordJson),
    }));
    const body = JSON.stringify(
      {
        exportedFrom: m.controller.name,
        policyVersion: m.version,
        ...profile,
        parts: data,
        promised: spec ? 'as the policy promises' : 'the policy names no format; JSON is the demo default',
      },
      null,
      2,
    );
    return { filename: `${base}.json`, contentType: 'application/json', body };
  }
  const files: Record<string, Uint8Array> = {};
  const skipped: string[] = [];
  for (const part of allParts) {
    const rows = active.filter((r) => !part.categories || part.categories.some((c) => isWithin(r.category, c)));
    for (const format of part.formats) {
      const name = slug(part.content);
      if (format === 'json') files[`${name}.json`] = strToU8(JSON.stringify({ content: part.content, records: rows.map(recordJson) }, null, 2));
      else if (format === 'csv') files[`${name}.csv`] = strToU8(toCsv(rows));
      else if (format === 'text') files[`${name}.txt`] = strToU8(toText(rows));
      else skipped.push(`${part.content} as ${format}: not produced by the demo (${rows.length} record${rows.length === 1 ? '' : 's'})`);
    }
  }
  files['account.json'] = strToU8(JSON.stringify(profile, null, 2));
  files['README.txt'] = strToU8(
    [
      `Your data from ${m.controller.name}, exported ${new Date().toISOString()}.`,
      '',
      'Files:',
      ...Object.keys(files).map((f) => `- ${f}`),
      ...(skipped.length ? ['', 'Promised but not produced by this demo:', ...skipped.map((s) => `- ${s}`)] : []),
    ].join('\n') + '\n',
  );
  return { filename: `${base}.zip`, contentType: 'application/zip', body: zipSync(files, { mtime: new Date('2026-01-01T00:00:00Z') }) };
}
