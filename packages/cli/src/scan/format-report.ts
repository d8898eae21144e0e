import { pathToFileURL } from 'node:url';
import { SCAN_RULES, type ScanRuleId } from './scan-rules.js';
import type { ScanLocation, ScanReport } from './scan-project.js';

/**
 * A scan report as text for people: a summary line, one line per finding (`file:line:col: level:
 * [rule] message`), and the vendors found with what declares them.
 *
 * @param report - from `scanProject`
 * @returns the text
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * import { parseManifest } from '@priv/schema';
 * import { formatScanText, scanProject, shippedCatalog } from '@priv/cli';
 *
 * // A project that charges cards with Stripe, and a manifest that names no recipient.
 * const cwd = mkdtempSync(join(tmpdir(), 'priv-example-'));
 * const input = {
 *   version: '1.0.0', effectiveDate: '2026-05-12', timeZone: 'UTC', controller: { name: 'Example School' }, contact: { email: 'privacy@example.com' },
 *   purposes: [{ key: 'provide_service', description: 'Run the school.' }],
 *   collections: [{ category: 'user.contact.email', purposes: ['provide_service'], legalBases: ['contract'], source: 'data_subject', retention: ['after_deletion'] }],
 *   retention: [{ key: 'after_deletion', description: '30 days after deletion.', anchor: 'account_deleted', period: { days: 30 }, bound: 'maximum', action: 'delete' }],
 * };
 * writeFileSync(join(cwd, 'privacy.json'), JSON.stringify(input, null, 2));
 * writeFileSync(join(cwd, 'pay.ts'), "import Stripe from 'stripe';\nexport const stripe = new Stripe('sk_test');\n");
 * const manifest = parseManifest(input);
 * const report = scanProject({ root: cwd, shown: '.', manifest, manifestFile: 'privacy.json', catalog: shippedCatalog() });
 * process.stdout.write(formatScanText(report));
 * formatScanText(report).includes('Stripe'); // true
 */
export function formatScanText(report: ScanReport): string {
  const count = (level: string) => report.findings.filter((f) => f.level === level).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const t = report.traces;
  const lines = [
    `priv scan ${report.root}: ${plural(t.filesScanned, 'file')} (${plural(t.sourceFiles, 'source')}, ${t.testFilesIgnored} test files ignored), ${plural(report.vendors.filter((v) => v.shipping).length, 'vendor')} in use, ${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}`,
  ];
  for (const f of report.findings) {
    const more = f.related.length
      ? ` (+${f.related.length} more: ${f.related
          .slice(0, 3)
          .map((l) => `${l.file}:${l.line}`)
          .join(', ')}${f.related.length > 3 ? ', …' : ''})`
      : '';
    lines.push(`${f.location.file}:${f.location.line}:${f.location.column}: ${f.level}: [${f.rule}] ${f.message}${more}`);
  }
  if (report.vendors.length) lines.push('', 'Vendors found:');
  for (const v of report.vendors) {
    const first = v.evidence[0];
    const declared = v.recipients.length ? `declared as ${v.recipients.join(', ')}` : 'not declared';
    const how = v.shipping ? '' : ' (only a dev dependency or lockfile entry)';
    lines.push(
      `  ${v.id} (${v.name}; ${v.kinds.join(', ')}): ${declared}${how}; ${first ? `${first.file}:${first.line}` : ''}${v.evidence.length > 1 ? ` and ${v.evidence.length - 1} more` : ''}`,
    );
  }
  const notes: string[] = [];
  if (t.skippedLarge.length) notes.push(`${plural(t.skippedLarge.length, 'file')} over 2 MB not read: ${t.skippedLarge.slice(0, 5).join(', ')}`);
  if (t.parseErrorFiles.length)
    notes.push(`${plural(t.parseErrorFiles.length, 'file')} with syntax errors (imports read as far as possible): ${t.parseErrorFiles.slice(0, 5).join(', ')}`);
  if (t.invalidPackageJson.length) notes.push(`invalid package.json, not read: ${t.invalidPackageJson.join(', ')}`);
  if (notes.length) lines.push('', 'Notes:', ...notes.map((n) => `  ${n}`));
  return `${lines.join('\n')}\n`;
}

/**
 * A scan report as stable JSON for machines (no absolute paths, no timings).
 *
 * @param report - from `scanProject`
 * @param version - the CLI version
 * @returns the JSON value
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * import { parseManifest } from '@priv/schema';
 * import { scanJson, scanProject, shippedCatalog } from '@priv/cli';
 *
 * // A project that charges cards with Stripe, and a manifest that names no recipient.
 * const cwd = mkdtempSync(join(tmpdir(), 'priv-example-'));
 * const input = {
 *   version: '1.0.0', effectiveDate: '2026-05-12', timeZone: 'UTC', controller: { name: 'Example School' }, contact: { email: 'privacy@example.com' },
 *   purposes: [{ key: 'provide_service', description: 'Run the school.' }],
 *   collections: [{ category: 'user.contact.email', purposes: ['provide_service'], legalBases: ['contract'], source: 'data_subject', retention: ['after_deletion'] }],
 *   retention: [{ key: 'after_deletion', description: '30 days after deletion.', anchor: 'account_deleted', period: { days: 30 }, bound: 'maximum', action: 'delete' }],
 * };
 * writeFileSync(join(cwd, 'privacy.json'), JSON.stringify(input, null, 2));
 * writeFileSync(join(cwd, 'pay.ts'), "import Stripe from 'stripe';\nexport const stripe = new Stripe('sk_test');\n");
 * const manifest = parseManifest(input);
 * const report = scanProject({ root: cwd, shown: '.', manifest, manifestFile: 'privacy.json', catalog: shippedCatalog() });
 * JSON.stringify(scanJson(report, '0.1.0'), null, 2).includes('"stripe"'); // true
 */
export function scanJson(report: ScanReport, version: string): unknown {
  const count = (level: string) => report.findings.filter((f) => f.level === level).length;
  return {
    tool: 'priv',
    version,
    root: report.root,
    manifest: report.manifest,
    summary: {
      errors: count('error'),
      warnings: count('warning'),
      filesScanned: report.traces.filesScanned,
      sourceFiles: report.traces.sourceFiles,
      parsedFiles: report.traces.parsedFiles,
      testFilesIgnored: report.traces.testFilesIgnored,
      skippedLarge: report.traces.skippedLarge,
      parseErrorFiles: report.traces.parseErrorFiles,
      invalidPackageJson: report.traces.invalidPackageJson,
      redactImports: report.traces.redactImports,
    },
    findings: report.findings,
    vendors: report.vendors.map((v) => ({
      ...v,
      evidence: v.evidence.map((e) => ({
        file: e.file,
        line: e.line,
        column: e.column,
        via: e.via,
        ...(e.package ? { package: e.package } : {}),
        ...(e.host ? { host: e.host } : {}),
      })),
    })),
  };
}

function artifact(location: ScanLocation): { uri: string; uriBaseId?: string } {
  if (location.file.startsWith('/')) return { uri: pathToFileURL(location.file).href };
  return { uri: location.file.split('/').map(encodeURIComponent).join('/'), uriBaseId: 'PROJECTROOT' };
}

function physical(location: ScanLocation) {
  return { physicalLocation: { artifactLocation: artifact(location), region: { startLine: location.line, startColumn: location.column } } };
}

/**
 * A scan report as SARIF 2.1.0, for code-scanning views (GitHub code scanning, GitLab, IDEs):
 * one rule per check, one result per finding with its location and related locations; paths are
 * relative to `PROJECTROOT`, the scanned folder.
 *
 * @param report - from `scanProject`
 * @param version - the CLI version
 * @param rootUri - the scanned folder as a `file:` URL ending in `/`
 * @returns the SARIF log
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * import { pathToFileURL } from 'node:url';
 * import { parseManifest } from '@priv/schema';
 * import { scanProject, scanSarif, shippedCatalog } from '@priv/cli';
 *
 * // A project that charges cards with Stripe, and a manifest that names no recipient.
 * const cwd = mkdtempSync(join(tmpdir(), 'priv-example-'));
 * const input = {
 *   version: '1.0.0', effectiveDate: '2026-05-12', timeZone: 'UTC', controller: { name: 'Example School' }, contact: { email: 'privacy@example.com' },
 *   purposes: [{ key: 'provide_service', description: 'Run the school.' }],
 *   collections: [{ category: 'user.contact.email', purposes: ['provide_service'], legalBases: ['contract'], source: 'data_subject', retention: ['after_deletion'] }],
 *   retention: [{ key: 'after_deletion', description: '30 days after deletion.', anchor: 'account_deleted', period: { days: 30 }, bound: 'maximum', action: 'delete' }],
 * };
 * writeFileSync(join(cwd, 'privacy.json'), JSON.stringify(input, null, 2));
 * writeFileSync(join(cwd, 'pay.ts'), "import Stripe from 'stripe';\nexport const stripe = new Stripe('sk_test');\n");
 * const manifest = parseManifest(input);
 * const report = scanProject({ root: cwd, shown: '.', manifest, manifestFile: 'privacy.json', catalog: shippedCatalog() });
 * const sarif = scanSarif(report, '0.1.0', `${pathToFileURL(cwd).href}/`) as { version: string };
 * sarif.version; // '2.1.0'
 */
export function scanSarif(report: ScanReport, version: string, rootUri: string): unknown {
  const ids = Object.keys(SCAN_RULES) as ScanRuleId[];
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'priv',
            version,
            informationUri: 'https://github.com/priv-dev/priv/tree/main/packages/cli',
            rules: ids.map((id) => ({
              id,
              name: id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
              shortDescription: { text: SCAN_RULES[id].title },
              fullDescription: { text: SCAN_RULES[id].help },
              help: { text: SCAN_RULES[id].help },
              defaultConfiguration: { level: SCAN_RULES[id].level },
            })),
          },
        },
        originalUriBaseIds: { PROJECTROOT: { uri: rootUri } },
        results: report.findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: ids.indexOf(f.rule),
          level: f.level,
          message: { text: f.message },
          locations: [physical(f.location)],
          ...(f.related.length ? { relatedLocations: f.related.map((l, i) => ({ id: i + 1, ...physical(l) })) } : {}),
          partialFingerprints: { privFinding: [f.rule, f.vendor ?? '', f.recipient ?? '', f.package ?? ''].join('/') },
          properties: {
            ...(f.vendor ? { vendor: f.vendor } : {}),
            ...(f.package ? { package: f.package } : {}),
            ...(f.recipient ? { recipient: f.recipient } : {}),
          },
        })),
      },
    ],
  };
}
