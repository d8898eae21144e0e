import { EXIT, type ExitCode } from '../exit-code.js';
import type { CliIo } from '../io.js';
import { formatIssue, locateIssues, readManifestSource } from '../manifest/load-manifest.js';

/** Options of `priv validate`. */
export interface ValidateOptions {
  readonly format: 'text' | 'json';
  readonly exportName?: string;
}

/**
 * `priv validate [MANIFEST]`: every problem with its path and, for JSON, its line and column.
 *
 * @param spec - the manifest argument
 * @param options - output format, module export
 * @param io - where to write
 * @returns 0 when valid, 1 when not
 * @throws {CliError} when the manifest cannot be read at all (exit 2)
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * import { validateCommand } from '@priv/cli';
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
 * const code = await validateCommand('privacy.json', { format: 'text' }, io);
 * code; // 0: the manifest is valid
 */
export async function validateCommand(spec: string, options: ValidateOptions, io: CliIo): Promise<ExitCode> {
  const source = await readManifestSource(spec, { cwd: io.cwd, ...(options.exportName ? { exportName: options.exportName } : {}) });
  const { manifest, issues } = locateIssues(source);
  if (options.format === 'json') {
    const list = issues.map((i) => ({
      code: i.code,
      path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
      pathText: i.pathText,
      message: i.message,
      ...(i.position ?? {}),
    }));
    io.out(`${JSON.stringify({ file: spec, valid: manifest !== undefined, issues: list }, null, 2)}\n`);
  } else if (manifest) {
    io.out(
      `${spec}: valid manifest, version ${manifest.version}, effective ${manifest.effectiveDate} (${manifest.collections.length} collections, ${manifest.recipients.length} recipients, ${manifest.retention.length} retention rules)\n`,
    );
  } else {
    for (const issue of issues) io.out(`${formatIssue(spec, issue)}\n`);
    io.out(`${spec}: ${issues.length} problem${issues.length === 1 ? '' : 's'}\n`);
  }
  return manifest ? EXIT.ok : EXIT.failed;
}
