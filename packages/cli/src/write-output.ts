import { existsSync, realpathSync, writeFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { CliError } from './cli-error.js';
import { describeFsError } from './read-text-file.js';

/**
 * Writes a command's output file.
 *
 * @param cwd - the folder relative paths are resolved from
 * @param file - the path as typed
 * @param text - what to write
 * @param protect - files that must never be overwritten (the manifest), as typed
 * @throws {CliError} `usage` when the output is one of `protect`; `write_failed` (or the file error's own code) when it cannot be written
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * import { readFileSync } from 'node:fs';
 * import { writeOutput } from './write-output.js';
 *
 * const cwd = mkdtempSync(join(tmpdir(), 'priv-example-')); // in the CLI: process.cwd()
 * writeOutput(cwd, 'privacy.md', '# Privacy policy');
 * readFileSync(join(cwd, 'privacy.md'), 'utf8'); // '# Privacy policy'
 */
export function writeOutput(cwd: string, file: string, text: string, protect: readonly string[] = []): void {
  const target = isAbsolute(file) ? file : resolve(cwd, file);
  const real = (path: string) => (existsSync(path) ? realpathSync(path) : path);
  for (const spec of protect) {
    const guarded = isAbsolute(spec) ? spec : resolve(cwd, spec);
    if (real(guarded) === real(target)) throw new CliError('usage', file, `${file}: is the manifest itself; refusing to overwrite it`);
  }
  try {
    writeFileSync(target, text);
  } catch (error) {
    const described = describeFsError(error, file);
    throw new CliError(
      described.code === 'unreadable' && !/permission/.test(described.message) ? 'write_failed' : described.code,
      file,
      described.message.replace('cannot be read', 'cannot be written'),
    );
  }
}
