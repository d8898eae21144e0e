import { existsSync } from 'node:fs';
import { extname, isAbsolute, resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { EXIT, type ExitCode } from '../exit-code.js';
import type { CliIo } from '../io.js';
import { loadManifest } from '../manifest/load-manifest.js';
import { readTextFile } from '../read-text-file.js';
import { writeOutput } from '../write-output.js';
import { renderPolicy, type PolicyFormat } from './render.js';

/** Options of `priv check`. */
export interface CheckOptions {
  readonly published: string;
  /** Defaults from the published file's extension: `.html`/`.htm` is html, anything else md. */
  readonly format?: PolicyFormat;
  readonly write: boolean;
  readonly exportName?: string;
}

/**
 * The format a published file is in, from its extension.
 *
 * @param file - the file name
 * @returns `html` for `.html` and `.htm`, else `md`
 * @example
 * formatOfFile('public/privacy.html'); // 'html'
 */
export function formatOfFile(file: string): PolicyFormat {
  return ['.html', '.htm'].includes(extname(file).toLowerCase()) ? 'html' : 'md';
}

function normalise(text: string): string {
  return `${text.replace(/\r\n?/g, '\n').replace(/\n+$/, '')}\n`;
}

/**
 * `priv check [MANIFEST] --published FILE [--write]`: fails with a unified diff when the published
 * text is not what the manifest renders (line endings and trailing newlines aside); `--write`
 * rewrites the file instead.
 *
 * @param spec - the manifest argument
 * @param options - the published file, format, `--write`
 * @param io - where to write
 * @returns 0 when the text matches (or was written), 1 when it drifted
 * @throws {CliError} for unreadable input (exit 2)
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * import { checkCommand } from '@priv/cli';
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
 * await checkCommand('privacy.json', { published: 'PRIVACY.md', write: true }, io); // 0: PRIVACY.md written from the manifest
 * const code = await checkCommand('privacy.json', { published: 'PRIVACY.md', write: false }, io);
 * code; // 0: the published text matches
 */
export async function checkCommand(spec: string, options: CheckOptions, io: CliIo): Promise<ExitCode> {
  const { manifest } = await loadManifest(spec, { cwd: io.cwd, ...(options.exportName ? { exportName: options.exportName } : {}) });
  const format = options.format ?? formatOfFile(options.published);
  const expected = renderPolicy(manifest, format);
  const file = isAbsolute(options.published) ? options.published : resolve(io.cwd, options.published);
  const exists = existsSync(file);
  const actual = exists ? normalise(readTextFile(file, options.published)) : undefined;
  if (actual === expected) {
    io.out(`${options.published}: up to date with ${spec}\n`);
    return EXIT.ok;
  }
  if (options.write) {
    writeOutput(io.cwd, options.published, expected, [spec]);
    io.out(`${options.published}: ${exists ? 'updated' : 'written'} from ${spec}\n`);
    return EXIT.ok;
  }
  if (actual === undefined) {
    io.out(`${options.published}: does not exist; run priv check ${spec} --published ${options.published} --write\n`);
    return EXIT.failed;
  }
  const patch = createTwoFilesPatch(`${options.published} (published)`, `${options.published} (rendered from ${spec})`, actual, expected, '', '', {
    context: 2,
  });
  io.out(patch.split('\n').slice(1).join('\n'));
  io.out(`${options.published}: differs from what ${spec} renders; run with --write to update it\n`);
  return EXIT.failed;
}
