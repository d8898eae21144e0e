import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import pkg from '../../package.json' with { type: 'json' };
import { CliError } from '../cli-error.js';
import { EXIT, type ExitCode } from '../exit-code.js';
import type { CliIo } from '../io.js';
import { locatePath } from '../manifest/json-position.js';
import { formatIssue, locateIssues, readManifestSource } from '../manifest/load-manifest.js';
import { isGitRevisionSpec } from '../manifest/git-show.js';
import { shippedCatalog, type CatalogIndex } from '../scan/catalog.js';
import { formatScanText, scanJson, scanSarif } from '../scan/format-report.js';
import { manifestLocation, scanProject } from '../scan/scan-project.js';
import { existsSync } from 'node:fs';

/** The output formats of `priv scan`. */
export type ScanFormat = 'text' | 'json' | 'sarif';

/** Options of `priv scan`. */
export interface ScanOptions {
  readonly manifest: string;
  readonly format: ScanFormat;
  /** `recipient=vendor` pairs (`ai_tutor=openai`); a value may hold several, comma-separated. */
  readonly links: readonly string[];
  readonly includeTests: boolean;
  readonly exportName?: string;
}

/**
 * Reads `--link` values (`ai_tutor=openai`, `hosting=vercel,cloudflare`) into recipient key → vendor ids.
 *
 * @param values - the option values
 * @param recipientKeys - the manifest's recipient keys
 * @param catalog - the vendor catalog
 * @returns the links
 * @throws {CliError} `invalid_option` for a malformed pair, an unknown recipient or an unknown vendor
 * @example
 * parseLinks(['ai_tutor=openai'], new Set(['ai_tutor']), shippedCatalog()).get('ai_tutor'); // ['openai']
 */
export function parseLinks(values: readonly string[], recipientKeys: ReadonlySet<string>, catalog: CatalogIndex): Map<string, string[]> {
  const links = new Map<string, string[]>();
  for (const value of values.flatMap((v) => v.split(/\s+/)).filter(Boolean)) {
    const match = /^([^=]+)=(.+)$/.exec(value);
    if (!match) throw new CliError('invalid_option', '--link', `--link ${value}: expected RECIPIENT=VENDOR (e.g. ai_tutor=openai)`);
    const [, key, vendors] = match as unknown as [string, string, string];
    if (!recipientKeys.has(key)) throw new CliError('invalid_option', '--link', `--link ${value}: the manifest has no recipient "${key}"`);
    for (const id of vendors.split(',').filter(Boolean)) {
      if (!catalog.vendors.has(id))
        throw new CliError('invalid_option', '--link', `--link ${value}: the catalog has no vendor "${id}" (see the vendor list in the README)`);
      links.set(key, [...(links.get(key) ?? []), id]);
    }
  }
  return links;
}

/**
 * `priv scan [DIR] --manifest FILE [--format text|json|sarif]`: compares the code with the manifest.
 *
 * @param dir - the project folder
 * @param options - manifest, format, links, tests
 * @param io - where to write
 * @returns 1 when any finding is an error, else 0
 * @throws {CliError} for unreadable input or an invalid manifest (exit 2)
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * import { scanCommand } from '@priv/cli';
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
 * const output: string[] = [];
 * const io = { out: (text: string) => output.push(text), err: () => {}, cwd, errIsTty: false }; // process.stdout, process.stderr in the CLI
 * const code = await scanCommand('.', { manifest: 'privacy.json', format: 'sarif', links: [], includeTests: false }, io);
 * code; // 1: an error finding (Stripe is not a declared recipient)
 */
export async function scanCommand(dir: string, options: ScanOptions, io: CliIo): Promise<ExitCode> {
  const source = await readManifestSource(options.manifest, { cwd: io.cwd, ...(options.exportName ? { exportName: options.exportName } : {}) });
  const { manifest, issues } = locateIssues(source);
  if (!manifest)
    throw new CliError(
      'invalid_manifest',
      options.manifest,
      `${formatIssue(options.manifest, issues[0] as (typeof issues)[number])}${issues.length > 1 ? ` (and ${issues.length - 1} more; run priv validate ${options.manifest})` : ''}`,
    );
  const catalog = shippedCatalog();
  const links = parseLinks(options.links, new Set(manifest.recipients.map((r) => r.key)), catalog);
  const root = isAbsolute(dir) ? dir : resolve(io.cwd, dir);
  const manifestAbsolute = isAbsolute(options.manifest) ? options.manifest : resolve(io.cwd, options.manifest);
  const manifestFile =
    isGitRevisionSpec(options.manifest) && !existsSync(manifestAbsolute) ? options.manifest : manifestLocation(root, manifestAbsolute, options.manifest);
  let lastDraw = 0;
  const progress = io.errIsTty
    ? (read: number, total: number) => {
        const now = Date.now();
        if (now - lastDraw < 100) return;
        lastDraw = now;
        io.err(`\r\x1b[Kpriv scan: ${read ? `${read}/${total} files read` : `${total} files found`}`);
      }
    : undefined;
  const report = scanProject({
    root,
    shown: dir,
    manifest,
    manifestFile,
    recipientPosition: (index) => (source.json ? locatePath(source.json, ['recipients', index]) : undefined),
    catalog,
    links,
    includeTests: options.includeTests,
    ...(progress ? { onProgress: progress } : {}),
  });
  if (progress) io.err('\r\x1b[K');
  if (options.format === 'json') io.out(`${JSON.stringify(scanJson(report, pkg.version), null, 2)}\n`);
  else if (options.format === 'sarif') io.out(`${JSON.stringify(scanSarif(report, pkg.version, pathToFileURL(`${root}/`).href), null, 2)}\n`);
  else io.out(formatScanText(report));
  return report.findings.some((f) => f.level === 'error') ? EXIT.failed : EXIT.ok;
}
