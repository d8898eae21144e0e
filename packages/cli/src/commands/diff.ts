import { TZDate } from '@date-fns/tz';
import { classifyChanges, diffManifests, InsufficientNoticeError, NoticeError, planNotice, type ClassifiedDiff, type NoticePlan } from '@priv/notice';
import { isValidTimeZone } from '@priv/schema';
import { CliError } from '../cli-error.js';
import { EXIT, type ExitCode } from '../exit-code.js';
import type { CliIo } from '../io.js';
import { loadManifest } from '../manifest/load-manifest.js';

/** Options of `priv diff`. */
export interface DiffOptions {
  /** When the new version is published: `YYYY-MM-DD` (the start of that day in the zone) or an ISO date-time with `Z` or an offset. */
  readonly publishedAt: string;
  /**
   * The effective date planned: `YYYY-MM-DD`, or `manifest` for the new version's own
   * `effectiveDate` (the CI gate); defaults to the earliest date that keeps every promise.
   */
  readonly effective?: string;
  /** The zone whose calendar counts the days; defaults to the new manifest's `timeZone`. */
  readonly timeZone?: string;
  readonly format: 'text' | 'json';
}

/** What `priv diff` found: the classified changes, the plan, and whether the requested date keeps the promise. */
export interface DiffReport {
  readonly diff: ClassifiedDiff;
  readonly plan: NoticePlan;
  /** The effective date asked for, if any. */
  readonly requestedEffectiveDate?: string;
  /** `false` when the requested effective date gives less notice than promised. */
  readonly keepsPromise: boolean;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The instant a `--published-at` value names: an ISO date-time with `Z` or an offset as is, a bare
 * date as the start of that day in `timeZone` (the first instant of the day where midnight is skipped).
 *
 * @param value - `2026-09-01` or `2026-09-01T10:00:00+02:00`
 * @param timeZone - an IANA zone
 * @returns the instant
 * @throws {CliError} `invalid_option` for anything else (a date-time without a zone is ambiguous)
 * @example
 * publicationInstant('2026-09-01', 'Europe/Berlin').toISOString(); // '2026-08-31T22:00:00.000Z'
 */
export function publicationInstant(value: string, timeZone: string): Date {
  const date = DATE.exec(value);
  if (date) {
    const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const instant = new Date(new TZDate(y, m - 1, d, timeZone).getTime());
    const check = new TZDate(instant.getTime(), timeZone);
    if (check.getFullYear() !== y || check.getMonth() !== m - 1 || check.getDate() !== d) {
      throw new CliError('invalid_option', '--published-at', `--published-at ${value}: not a calendar date`);
    }
    return instant;
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new CliError('invalid_option', '--published-at', `--published-at ${value}: expected YYYY-MM-DD or an ISO date-time with Z or an offset`);
  }
  return new Date(value);
}

/**
 * Compares two manifest versions and plans the notice: the domain changes, each material or minor
 * and why, the notice plan per channel and the earliest effective date, and whether the requested
 * effective date keeps the policy's promise.
 *
 * @param oldSpec - the old version (a file or `REV:PATH`)
 * @param newSpec - the new version
 * @param options - publication instant, effective date, zone
 * @param cwd - the working folder
 * @returns the report
 * @throws {CliError} for unreadable or invalid input (exit 2)
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * import { execFileSync } from 'node:child_process';
 * import { diffReport } from '@priv/cli';
 *
 * const cwd = mkdtempSync(join(tmpdir(), 'priv-example-')); // a project folder; in the CLI: process.cwd()
 * const input = {
 *   version: '1.0.0', effectiveDate: '2026-05-12', timeZone: 'UTC', controller: { name: 'Example School' }, contact: { email: 'privacy@example.com' },
 *   purposes: [{ key: 'provide_service', description: 'Run the school.' }],
 *   collections: [{ category: 'user.contact.email', purposes: ['provide_service'], legalBases: ['contract'], source: 'data_subject', retention: ['after_deletion'] }],
 *   retention: [{ key: 'after_deletion', description: '30 days after deletion.', anchor: 'account_deleted', period: { days: 30 }, bound: 'maximum', action: 'delete' }],
 *   notice: { material: { advanceNotice: { days: 14 }, channels: ['email'] }, minor: { channels: ['page_update'] } },
 * };
 * writeFileSync(join(cwd, 'privacy.json'), JSON.stringify(input, null, 2));
 * const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Ada', '-c', 'user.email=ada@example.com', ...args], { cwd });
 * git('init', '-q');
 * git('add', 'privacy.json');
 * git('commit', '-qm', 'policy 1.0.0');
 * writeFileSync(join(cwd, 'privacy.json'), JSON.stringify({ ...input, version: '1.1.0', effectiveDate: '2026-09-20',
 *   recipients: [{ key: 'mailer', name: 'Mailer', role: 'sub_processor', services: ['email'], categories: ['user.contact.email'] }] }));
 * const report = await diffReport('HEAD:privacy.json', 'privacy.json', { publishedAt: '2026-09-01', format: 'text' }, cwd);
 * report.plan.earliestEffectiveDate; // '2026-09-16': 14 days' notice from 2 September
 */
export async function diffReport(oldSpec: string, newSpec: string, options: DiffOptions, cwd: string): Promise<DiffReport> {
  const before = await loadManifest(oldSpec, { cwd });
  const after = await loadManifest(newSpec, { cwd });
  const effective = options.effective === 'manifest' ? after.manifest.effectiveDate : options.effective;
  const timeZone = options.timeZone ?? after.manifest.timeZone;
  if (!isValidTimeZone(timeZone)) throw new CliError('invalid_option', '--time-zone', `--time-zone ${timeZone}: not an IANA time zone`);
  if (effective !== undefined && !DATE.test(effective))
    throw new CliError('invalid_option', '--effective', `--effective ${effective}: expected YYYY-MM-DD or manifest`);
  const publishedAt = publicationInstant(options.publishedAt, timeZone);
  try {
    const diff = classifyChanges(diffManifests(before.manifest, after.manifest));
    // `--effective` left out asks for the earliest date that keeps every promise (`'earliest'`);
    // `--effective manifest` checks the new manifest's own date.
    const base = { publishedAt, timeZone, effectiveDate: 'earliest' };
    // No change, nothing to announce: an old effectiveDate is not a broken promise (CI on a commit
    // that does not touch the manifest passes).
    if (diff.changes.length === 0) return { diff, plan: planNotice(diff, after.manifest.notice, base), keepsPromise: true };
    try {
      const plan = planNotice(diff, after.manifest.notice, effective ? { ...base, effectiveDate: effective } : base);
      return { diff, plan, ...(effective ? { requestedEffectiveDate: effective } : {}), keepsPromise: true };
    } catch (error) {
      if (!(error instanceof InsufficientNoticeError)) throw error;
      return { diff, plan: planNotice(diff, after.manifest.notice, base), requestedEffectiveDate: error.requestedEffectiveDate, keepsPromise: false };
    }
  } catch (error) {
    if (error instanceof NoticeError) throw new CliError('invalid_option', error.pathText, error.message);
    throw error;
  }
}

function formatText(report: DiffReport, oldSpec: string, newSpec: string): string {
  const { diff, plan } = report;
  const lines = [
    `${oldSpec} (${diff.from.version}) -> ${newSpec} (${diff.to.version}): ${diff.changes.length} change${diff.changes.length === 1 ? '' : 's'}, ${diff.material ? 'material' : diff.changes.length ? 'minor only' : 'none'}`,
  ];
  if (diff.changes.length) lines.push('', 'Changes:');
  for (const change of diff.changes) {
    lines.push(`  [${change.classification}] ${change.pathText}: ${change.summary}`, `      why: ${change.reason} (rule ${change.rule})`);
  }
  lines.push('', `Notice plan (${plan.timeZone}):`, ...plan.explanation.map((l) => `  ${l}`));
  lines.push('', plan.channels.length ? 'Channels:' : 'Channels: none');
  for (const c of plan.channels) {
    lines.push(
      `  ${c.channel}${c.promised ? '' : ' (optional)'}: send on or before ${c.lastSendDate} (before ${c.sendBefore.toISOString()}), ${c.governedBy} changes`,
    );
  }
  lines.push('', `Earliest effective date: ${plan.earliestEffectiveDate}`);
  if (report.requestedEffectiveDate !== undefined) {
    lines.push(
      report.keepsPromise
        ? `Effective date ${report.requestedEffectiveDate}: keeps the promise.`
        : `FAIL: effective date ${report.requestedEffectiveDate} gives less notice than promised; the earliest allowed is ${plan.earliestEffectiveDate}.`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function toJson(report: DiffReport): unknown {
  const { diff, plan } = report;
  return {
    from: diff.from,
    to: diff.to,
    material: diff.material,
    changes: diff.changes.map((c) => ({
      kind: c.kind,
      path: c.path,
      pathText: c.pathText,
      summary: c.summary,
      classification: c.classification,
      rule: c.rule,
      reason: c.reason,
      before: c.before,
      after: c.after,
    })),
    plan: {
      ...plan,
      publishedAt: plan.publishedAt.toISOString(),
      effectiveAt: plan.effectiveAt.toISOString(),
      channels: plan.channels.map((c) => ({ ...c, sendBefore: c.sendBefore.toISOString() })),
    },
    ...(report.requestedEffectiveDate !== undefined ? { requestedEffectiveDate: report.requestedEffectiveDate } : {}),
    keepsPromise: report.keepsPromise,
  };
}

/**
 * `priv diff OLD NEW --published-at DATE [--effective DATE] [--time-zone ZONE]`.
 *
 * @param oldSpec - the old version (a file or `REV:PATH`)
 * @param newSpec - the new version
 * @param options - see {@link DiffOptions}
 * @param io - where to write
 * @returns 0, or 1 when the requested effective date gives less notice than promised
 * @throws {CliError} for unreadable or invalid input (exit 2)
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * import { diffCommand } from '@priv/cli';
 *
 * const cwd = mkdtempSync(join(tmpdir(), 'priv-example-')); // a project folder
 * const input = {
 *   version: '1.0.0', effectiveDate: '2026-05-12', timeZone: 'UTC', controller: { name: 'Example School' }, contact: { email: 'privacy@example.com' },
 *   purposes: [{ key: 'provide_service', description: 'Run the school.' }],
 *   collections: [{ category: 'user.contact.email', purposes: ['provide_service'], legalBases: ['contract'], source: 'data_subject', retention: ['after_deletion'] }],
 *   retention: [{ key: 'after_deletion', description: '30 days after deletion.', anchor: 'account_deleted', period: { days: 30 }, bound: 'maximum', action: 'delete' }],
 *   notice: { material: { advanceNotice: { days: 14 }, channels: ['email'] }, minor: { channels: ['page_update'] } },
 * };
 * writeFileSync(join(cwd, 'privacy.json'), JSON.stringify(input));
 * const output: string[] = [];
 * const io = { out: (text: string) => output.push(text), err: () => {}, cwd, errIsTty: false }; // process.stdout, process.stderr in the CLI
 * // The new version adds a recipient; the old one is a file here ('HEAD~1:privacy.json' reads it from git).
 * writeFileSync(join(cwd, 'old.json'), JSON.stringify(input));
 * writeFileSync(join(cwd, 'privacy.json'), JSON.stringify({ ...input, version: '1.1.0', effectiveDate: '2026-09-10',
 *   recipients: [{ key: 'mailer', name: 'Mailer', role: 'sub_processor', services: ['email'], categories: ['user.contact.email'] }] }));
 * const code = await diffCommand('old.json', 'privacy.json', { publishedAt: '2026-09-01', effective: '2026-09-10', format: 'text' }, io);
 * code; // 1: 10 September gives less than the 14 days' notice promised
 */
export async function diffCommand(oldSpec: string, newSpec: string, options: DiffOptions, io: CliIo): Promise<ExitCode> {
  const report = await diffReport(oldSpec, newSpec, options, io.cwd);
  io.out(options.format === 'json' ? `${JSON.stringify(toJson(report), null, 2)}\n` : formatText(report, oldSpec, newSpec));
  return report.keepsPromise ? EXIT.ok : EXIT.failed;
}
