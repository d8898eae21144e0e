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
 * const oldText = gitShow('HEAD~1:privacy.json', process.cwd());
 */
export function gitShow(spec: string, cwd: string): string {
  // Never let an argument become a git option (`--output=FILE:…` would write a file).
  if (spec.startsWith('-')) throw new CliError('usage', spec, `${spec}: a git revision cannot start with "-"`);
  const result = spawnSync('git', ['show', '--no-textconv', '--end-of-options', spec], { cwd, maxBuffer: MAX_INPUT_BYTES + 1, timeout: 30_000, stdio: ['ignore', 'pipe', 'pipe'] });
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
