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
 * await renderCommand('privacy.json', { format: 'md', out: 'PRIVACY.md' }, io);
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
