import { renderPolicyHtml, renderPolicyMarkdown } from '@priv/notice';
import type { PrivacyManifest } from '@priv/schema';
import { EXIT, type ExitCode } from '../exit-code.js';
import type { CliIo } from '../io.js';
import { loadManifest } from '../manifest/load-manifest.js';
import { writeOutput } from '../write-output.js';

/** The formats `priv render` and `priv check` produce. */
export type PolicyFormat = 'md' | 'html';

/**
 * The published text of a manifest, ending in one newline.
 *
 * @param manifest - a valid manifest
 * @param format - `md` or `html`
 * @returns the policy text
 * @example
 * import { parseManifest } from '@priv/schema';
 * import { renderPolicy } from '@priv/cli';
 *
 * const manifest = parseManifest({
 *   version: '1.0.0', effectiveDate: '2026-05-12', timeZone: 'UTC', controller: { name: 'Example School' }, contact: { email: 'privacy@example.com' },
 *   purposes: [{ key: 'provide_service', description: 'Run the school.' }],
 *   collections: [{ category: 'user.contact.email', purposes: ['provide_service'], legalBases: ['contract'], source: 'data_subject', retention: ['after_deletion'] }],
 *   retention: [{ key: 'after_deletion', description: '30 days after deletion.', anchor: 'account_deleted', period: { days: 30 }, bound: 'maximum', action: 'delete' }],
 * });
 * renderPolicy(manifest, 'md').startsWith('# Privacy policy'); // true
 */
export function renderPolicy(manifest: PrivacyManifest, format: PolicyFormat): string {
  const text = format === 'html' ? renderPolicyHtml(manifest) : renderPolicyMarkdown(manifest);
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** Options of `priv render`. */
export interface RenderOptions {
  readonly format: PolicyFormat;
  readonly out?: string;
  readonly exportName?: string;
}

/**
 * `priv render [MANIFEST] --format md|html [--out FILE]`: the policy text, to stdout or a file.
 *
 * @param spec - the manifest argument
 * @param options - format, output file, module export
 * @param io - where to write
 * @returns 0
 * @throws {CliError} for an unreadable or invalid manifest or an unwritable output (exit 2)
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * import { readFileSync } from 'node:fs';
 * import { renderCommand } from '@priv/cli';
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
 * await renderCommand('privacy.json', { format: 'md', out: 'PRIVACY.md' }, io); // 0
 * readFileSync(join(cwd, 'PRIVACY.md'), 'utf8').startsWith('# Privacy policy — Example School'); // true
 */
export async function renderCommand(spec: string, options: RenderOptions, io: CliIo): Promise<ExitCode> {
  const { manifest } = await loadManifest(spec, { cwd: io.cwd, ...(options.exportName ? { exportName: options.exportName } : {}) });
  const text = renderPolicy(manifest, options.format);
  if (options.out) {
    writeOutput(io.cwd, options.out, text, [spec]);
    io.err(`priv: wrote ${options.out}\n`);
  } else io.out(text);
  return EXIT.ok;
}
