import { toFideslang, type PrivacyManifest } from '@priv/schema';
import { CliError } from '../cli-error.js';
import { EXIT, type ExitCode } from '../exit-code.js';
import { toDpvJsonLd } from '../export/to-dpv.js';
import type { CliIo } from '../io.js';
import { loadManifest } from '../manifest/load-manifest.js';
import { writeOutput } from '../write-output.js';

/** The formats `priv export` writes: fides system YAML, or W3C DPV JSON-LD. */
export const EXPORT_TARGETS = ['fideslang', 'dpv'] as const;
/** One of {@link EXPORT_TARGETS}. */
export type ExportTarget = (typeof EXPORT_TARGETS)[number];

/** Options of `priv export`. */
export interface ExportOptions {
  /** `fideslang` or `dpv`; anything else is a usage error. */
  readonly to: string;
  readonly out?: string;
  readonly exportName?: string;
}

/**
 * The manifest in another vocabulary, ending in one newline.
 *
 * @param manifest - a valid manifest
 * @param target - `fideslang` (`toFideslang` of `@priv/schema`) or `dpv` (JSON-LD, see {@link toDpvJsonLd})
 * @returns the document text
 * @example
 * import { parseManifest } from '@priv/schema';
 * import { exportManifest } from '@priv/cli';
 *
 * const manifest = parseManifest({
 *   version: '1.0.0', effectiveDate: '2026-05-12', timeZone: 'UTC', controller: { name: 'Example School' }, contact: { email: 'privacy@example.com' },
 *   purposes: [{ key: 'provide_service', description: 'Run the school.' }],
 *   collections: [{ category: 'user.contact.email', purposes: ['provide_service'], legalBases: ['contract'], source: 'data_subject', retention: ['after_deletion'] }],
 *   retention: [{ key: 'after_deletion', description: '30 days after deletion.', anchor: 'account_deleted', period: { days: 30 }, bound: 'maximum', action: 'delete' }],
 * });
 * exportManifest(manifest, 'fideslang').startsWith('system:'); // true
 */
export function exportManifest(manifest: PrivacyManifest, target: ExportTarget): string {
  const text = target === 'fideslang' ? toFideslang(manifest) : toDpvJsonLd(manifest);
  return text.endsWith('\n') ? text : `${text}\n`;
}

/**
 * `priv export [MANIFEST] --to fideslang|dpv [--out FILE]`: the manifest as a fides system (YAML) or
 * a W3C DPV JSON-LD document, to stdout or a file.
 *
 * @param spec - the manifest argument
 * @param options - target, output file, module export
 * @param io - where to write
 * @returns 0
 * @throws {CliError} `invalid_option` for an unknown `--to`; for an unreadable or invalid manifest or an unwritable output (exit 2)
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * import { readFileSync } from 'node:fs';
 * import { exportCommand } from '@priv/cli';
 *
 * const cwd = mkdtempSync(join(tmpdir(), 'priv-example-')); // a project folder
 * writeFileSync(join(cwd, 'privacy.json'), JSON.stringify({
 *   version: '1.0.0', effectiveDate: '2026-05-12', timeZone: 'UTC', controller: { name: 'Example School' }, contact: { email: 'privacy@example.com' },
 *   purposes: [{ key: 'provide_service', description: 'Run the school.' }],
 *   collections: [{ category: 'user.contact.email', purposes: ['provide_service'], legalBases: ['contract'], source: 'data_subject', retention: ['after_deletion'] }],
 *   retention: [{ key: 'after_deletion', description: '30 days after deletion.', anchor: 'account_deleted', period: { days: 30 }, bound: 'maximum', action: 'delete' }],
 * }));
 * const output: string[] = [];
 * const io = { out: (text: string) => output.push(text), err: () => {}, cwd, errIsTty: false }; // process.stdout, process.stderr in the CLI
 * await exportCommand('privacy.json', { to: 'dpv', out: 'privacy.jsonld' }, io); // 0
 * JSON.parse(readFileSync(join(cwd, 'privacy.jsonld'), 'utf8'))['@context'] !== undefined; // true
 */
export async function exportCommand(spec: string, options: ExportOptions, io: CliIo): Promise<ExitCode> {
  const target = EXPORT_TARGETS.find((t) => t === options.to);
  if (!target) throw new CliError('invalid_option', '--to', `--to ${JSON.stringify(options.to)}: use one of ${EXPORT_TARGETS.join(', ')}`);
  const { manifest } = await loadManifest(spec, { cwd: io.cwd, ...(options.exportName ? { exportName: options.exportName } : {}) });
  const text = exportManifest(manifest, target);
  if (options.out) {
    writeOutput(io.cwd, options.out, text, [spec]);
    io.err(`priv: wrote ${options.out}\n`);
  } else io.out(text);
  return EXIT.ok;
}
