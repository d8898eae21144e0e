import { closeSync, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { CliError } from './cli-error.js';

/** The largest file `priv` reads as a manifest or published text: 5 MB. */
export const MAX_INPUT_BYTES = 5_000_000;

function describeFsError(error: unknown, shown: string): CliError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new CliError('not_found', shown, `${shown}: no such file`);
  if (code === 'ELOOP') return new CliError('symlink_loop', shown, `${shown}: symbolic link loop`);
  if (code === 'EACCES' || code === 'EPERM') return new CliError('unreadable', shown, `${shown}: permission denied`);
  if (code === 'EISDIR') return new CliError('is_directory', shown, `${shown}: is a folder, not a file`);
  if (code === 'ENOTDIR') return new CliError('not_found', shown, `${shown}: a part of the path is not a folder`);
  const message = error instanceof Error ? error.message : String(error);
  return new CliError('unreadable', shown, `${shown}: cannot be read (${message})`);
}

/**
 * Whether bytes look like binary data rather than text: a NUL byte, or invalid UTF-8.
 *
 * @param bytes - the file's first bytes (or all of them)
 * @returns `true` for binary data
 * @example
 * looksBinary(new Uint8Array([0x7b, 0x00])); // true
 * looksBinary(new TextEncoder().encode('{"a": "é"}')); // false
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return true;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return false;
  } catch {
    return true;
  }
}

/**
 * Reads a UTF-8 text file for a command, refusing what is not one: a missing file, a folder, a
 * symbolic link loop, a file it may not read, one over `maxBytes`, or binary data. A leading BOM
 * is dropped.
 *
 * @param file - absolute path
 * @param shown - the name to print in messages (what the user typed)
 * @param maxBytes - the size limit (default {@link MAX_INPUT_BYTES})
 * @returns the text
 * @throws {CliError} `not_found`, `is_directory`, `symlink_loop`, `unreadable`, `too_big` or `binary`
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * import { readTextFile } from './read-text-file.js';
 *
 * const cwd = mkdtempSync(join(tmpdir(), 'priv-example-'));
 * writeFileSync(join(cwd, 'privacy.json'), '\uFEFF{"version": "1.0.0"}');
 * readTextFile(join(cwd, 'privacy.json'), 'privacy.json'); // '{"version": "1.0.0"}': the BOM dropped
 * try {
 *   readTextFile(join(cwd, 'missing.json'), 'missing.json');
 * } catch (error) {
 *   error instanceof Error && error.message; // 'missing.json: no such file'
 * }
 */
export function readTextFile(file: string, shown: string, maxBytes: number = MAX_INPUT_BYTES): string {
  let fd: number;
  try {
    const stats = statSync(file);
    if (stats.isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
    if (!stats.isFile()) return fail(new CliError('not_a_file', shown, `${shown}: not a regular file`));
    if (stats.size > maxBytes) return fail(new CliError('too_big', shown, `${shown}: ${stats.size} bytes is over the ${maxBytes}-byte limit`));
    fd = openSync(file, 'r');
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw describeFsError(error, shown);
  }
  try {
    const size = fstatSync(fd).size;
    const buffer = Buffer.alloc(Math.min(size, maxBytes + 1));
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
    }
    if (read > maxBytes) throw new CliError('too_big', shown, `${shown}: over the ${maxBytes}-byte limit`);
    const bytes = buffer.subarray(0, read);
    if (looksBinary(bytes)) throw new CliError('binary', shown, `${shown}: binary data, not UTF-8 text`);
    const text = bytes.toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw describeFsError(error, shown);
  } finally {
    closeSync(fd);
  }
}

function fail(error: CliError): never {
  throw error;
}

/**
 * Checks that a path can be opened, following links, and returns its real path.
 *
 * @param file - absolute path
 * @param shown - the name to print in messages
 * @returns the real path
 * @throws {CliError} as {@link readTextFile} does
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * import { realpathSync } from 'node:fs';
 * import { realFile } from './read-text-file.js';
 *
 * const cwd = mkdtempSync(join(tmpdir(), 'priv-example-'));
 * writeFileSync(join(cwd, 'privacy.ts'), 'export default {};');
 * realFile(join(cwd, 'privacy.ts'), 'privacy.ts') === realpathSync(join(cwd, 'privacy.ts')); // true
 */
export function realFile(file: string, shown: string): string {
  try {
    const real = realpathSync(file);
    const stats = statSync(real);
    if (stats.isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
    return real;
  } catch (error) {
    throw describeFsError(error, shown);
  }
}

export { describeFsError };
