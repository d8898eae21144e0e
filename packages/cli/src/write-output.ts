import { writeFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { CliError } from './cli-error.js';
import { describeFsError } from './read-text-file.js';

/**
 * Writes a command's output file.
 *
 * @param cwd - the folder relative paths are resolved from
 * @param file - the path as typed
 * @param text - what to write
 * @throws {CliError} `write_failed` (or the file error's own code) with one clear line
 * @example
 * writeOutput(process.cwd(), 'public/privacy.md', '# Privacy policy');
 */
export function writeOutput(cwd: string, file: string, text: string): void {
  try {
    writeFileSync(isAbsolute(file) ? file : resolve(cwd, file), text);
  } catch (error) {
    const described = describeFsError(error, file);
    throw new CliError(described.code === 'unreadable' && !/permission/.test(described.message) ? 'write_failed' : described.code, file, described.message.replace('cannot be read', 'cannot be written'));
  }
}
