import { spawnSync } from 'node:child_process';
import { CliError } from '../cli-error.js';
import { looksBinary, MAX_INPUT_BYTES } from '../read-text-file.js';

/**
 * Whether a manifest argument names a git revision and path (`HEAD~1:privacy.json`,
 * `v1.2.0:./config/privacy.json`) rather than a file: it has a colon that is not a Windows drive.
 *
 * @param spec - the argument as typed
 * @returns `true` for `REV:PATH`
 * @example
 * isGitRevisionSpec('HEAD~1:privacy.json'); // true
 * isGitRevisionSpec('privacy.json'); // false
 */
export function isGitRevisionSpec(spec: string): boolean {
  return /^[^:\\/-][^:]*:.+$/.test(spec) && !/^[A-Za-z]:[\\/]/.test(spec);
}

/**
 * Reads a file as it was at a git revision, with `git show REV:PATH` run in `cwd` (git reads PATH
 * from the repository root unless it starts with `./`).
 *
 * @param spec - `REV:PATH`
 * @param cwd - the folder to run git in
 * @returns the file's text
 * @throws {CliError} `git_failed` when git is missing or the revision or path does not exist; `binary` or `too_big` as for files
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * import { execFileSync } from 'node:child_process';
 * import { gitShow } from '@priv/cli';
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
 * writeFileSync(join(cwd, 'privacy.json'), JSON.stringify({ ...input, version: '1.1.0', effectiveDate: '2026-09-20' }));
 * const oldText = gitShow('HEAD:privacy.json', cwd); // the committed version, before the edit
 * JSON.parse(oldText).version; // '1.0.0'
 */
export function gitShow(spec: string, cwd: string): string {
  // Never let an argument become a git option (`--output=FILE:…` would write a file).
  if (spec.startsWith('-')) throw new CliError('usage', spec, `${spec}: a git revision cannot start with "-"`);
  const result = spawnSync('git', ['show', '--no-textconv', '--end-of-options', spec], {
    cwd,
    maxBuffer: MAX_INPUT_BYTES + 1,
    timeout: 30_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    if (code === 'ENOBUFS') throw new CliError('too_big', spec, `${spec}: over the ${MAX_INPUT_BYTES}-byte limit`);
    throw new CliError('git_failed', spec, `${spec}: cannot run git (${code ?? result.error.message})`);
  }
  if (result.status !== 0) {
    const reason = result.stderr.toString('utf8').trim().split('\n')[0] ?? 'git show failed';
    throw new CliError('git_failed', spec, `${spec}: ${reason.replace(/^fatal: /, '')}`);
  }
  if (looksBinary(result.stdout)) throw new CliError('binary', spec, `${spec}: binary data, not UTF-8 text`);
  const text = result.stdout.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
