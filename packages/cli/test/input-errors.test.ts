import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeFsError, MAX_INPUT_BYTES } from '../src/read-text-file.js';
import { folderError } from '../src/scan/walk-project.js';
import { SEEDS, run, tempDir, writeJson } from './helpers.js';

/** Every bad input ends in exactly one line on stderr, `priv: …`, exit 2, and no stack trace. */
async function oneLine(dir: string, ...argv: string[]): Promise<string> {
  const result = await run(dir, ...argv);
  expect(result.code).toBe(2);
  expect(result.out).toBe('');
  expect(result.err.endsWith('\n')).toBe(true);
  expect(result.err.trimEnd().split('\n')).toHaveLength(1);
  expect(result.err).not.toMatch(/\n\s+at /);
  return result.err.trimEnd();
}

describe('bad input: one clear line, exit 2', () => {
  it('a missing file', async () => {
    expect(await oneLine(tempDir(), 'validate')).toBe('priv: privacy.json: no such file');
  });

  it('invalid JSON, with line and column', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'privacy.json'), '{\n  "version": "1",\n  "effectiveDate": "2026-01-01",,\n}\n');
    expect(await oneLine(dir, 'validate')).toBe('priv: privacy.json:3:33: invalid JSON: expected a property name in double quotes');
    writeFileSync(join(dir, 'c.json'), '{\n  // a comment\n  "a": 1\n}');
    expect(await oneLine(dir, 'validate', 'c.json')).toBe('priv: c.json:2:3: invalid JSON: comments are not allowed in JSON');
    writeFileSync(join(dir, 'e.json'), '');
    expect(await oneLine(dir, 'validate', 'e.json')).toBe('priv: e.json:1:1: invalid JSON: expected a value');
  });

  it('a binary file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'privacy.json'), Buffer.from([0x7b, 0x00, 0xff, 0xfe, 0x7d]));
    expect(await oneLine(dir, 'validate')).toBe('priv: privacy.json: binary data, not UTF-8 text');
  });

  it('a huge file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'privacy.json'), `"${'x'.repeat(MAX_INPUT_BYTES)}"`);
    expect(await oneLine(dir, 'validate')).toBe(`priv: privacy.json: ${MAX_INPUT_BYTES + 2} bytes is over the ${MAX_INPUT_BYTES}-byte limit`);
  });

  it('a symbolic link loop, as the manifest and as a module', async () => {
    const dir = tempDir();
    symlinkSync(join(dir, 'b.json'), join(dir, 'a.json'));
    symlinkSync(join(dir, 'a.json'), join(dir, 'b.json'));
    expect(await oneLine(dir, 'validate', 'a.json')).toBe('priv: a.json: symbolic link loop');
    symlinkSync(join(dir, 'y.ts'), join(dir, 'x.ts'));
    symlinkSync(join(dir, 'x.ts'), join(dir, 'y.ts'));
    expect(await oneLine(dir, 'validate', 'x.ts')).toBe('priv: x.ts: symbolic link loop');
  });

  it('a folder given as the manifest, and a file given as the folder to scan', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'privacy.json'));
    expect(await oneLine(dir, 'validate')).toBe('priv: privacy.json: is a folder, not a file');
    const other = tempDir();
    writeJson(other, 'privacy.json', SEEDS.codetrain);
    expect(await oneLine(other, 'scan', 'privacy.json')).toBe('priv: privacy.json: not a folder');
    expect(await oneLine(other, 'scan', 'nowhere')).toBe('priv: nowhere: no such folder');
  });

  it('an unreadable folder or file (the error mapping; tests run as root, who can read anything)', () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    expect(folderError(denied, 'src/secret').message).toBe('src/secret: permission denied (folder cannot be read)');
    expect(folderError(denied, 'src/secret').code).toBe('unreadable');
    expect(describeFsError(denied, 'privacy.json').message).toBe('privacy.json: permission denied');
    expect(folderError(Object.assign(new Error('loop'), { code: 'ELOOP' }), 'a').code).toBe('symlink_loop');
  });

  it('unknown commands and options', async () => {
    const dir = tempDir();
    expect((await run(dir, 'bogus')).code).toBe(2);
    expect((await run(dir, 'validate', '--nope')).code).toBe(2);
    expect((await run(dir)).code).toBe(2);
    expect((await run(dir, '--help')).code).toBe(0);
    expect((await run(dir, '--version')).out).toMatch(/^\d+\.\d+\.\d+/);
  });
});
