import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEEDS, run, tempDir, writeJson } from './helpers.js';

const examples = join(import.meta.dirname, '..', '..', '..', 'examples', 'src');

describe('priv validate', () => {
  it.each(Object.entries(SEEDS))('accepts seed %s as JSON (exit 0)', async (name, seed) => {
    const dir = tempDir();
    writeJson(dir, 'privacy.json', seed);
    const result = await run(dir, 'validate');
    expect(result.code).toBe(0);
    expect(result.out).toContain(`privacy.json: valid manifest, version ${seed.version}`);
    expect(result.err).toBe('');
  });

  it.each(['codetrain.ts', 'codementor-ai.ts', 'code-runner.ts', 'mentor-marketplace.ts', 'coding-ide.ts'])(
    'accepts the TypeScript module examples/src/%s',
    async (file) => {
      const result = await run(examples, 'validate', file);
      expect(result.err).toBe('');
      expect(result.code).toBe(0);
    },
  );

  it('picks a named export with --export and refuses an unknown one', async () => {
    expect((await run(examples, 'validate', 'codetrain.ts', '--export', 'codetrainInput')).code).toBe(0);
    const missing = await run(examples, 'validate', 'codetrain.ts', '--export', 'nope');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^priv: codetrain\.ts: has no export "nope" \(exports: .*codetrain.*\)\n$/);
  });

  it('refuses a module that exports several different manifests', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'two.mjs'), `export const a = ${JSON.stringify(SEEDS.codetrain)};\nexport const b = ${JSON.stringify(SEEDS.codementor)};\n`);
    const result = await run(dir, 'validate', 'two.mjs');
    expect(result.code).toBe(2);
    expect(result.err).toBe('priv: two.mjs: exports several different manifests (a, b); choose one with --export NAME\n');
  });

  it('reports a module that throws while loading in one line', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'broken.ts'), "throw new Error('boom at load');\nexport default {};\n");
    const result = await run(dir, 'validate', 'broken.ts');
    expect(result.code).toBe(2);
    expect(result.err).toBe('priv: broken.ts: the module could not be loaded: boom at load\n');
  });

  it('gives every problem with its path, line and column (exit 1)', async () => {
    const dir = tempDir();
    const bad = structuredClone(SEEDS.codementor) as Record<string, unknown> & { recipients: { role: string }[] };
    bad.recipients[1]!.role = 'friend';
    delete (bad as Record<string, unknown>).controller;
    const file = writeJson(dir, 'privacy.json', bad);
    const text = readFileSync(file, 'utf8');
    const result = await run(dir, 'validate');
    expect(result.code).toBe(1);
    const lines = result.out.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('privacy.json: 2 problems');
    // The role of recipients[1]: the line and column of its "role" key.
    const roleOffset = text.indexOf('"role"', text.indexOf('"key": "vercel"'));
    const before = text.slice(0, roleOffset).split('\n');
    const line = before.length;
    const column = (before.at(-1)?.length ?? 0) + 1;
    expect(lines).toContain(
      `privacy.json:${line}:${column}: recipients[1].role: ${lines.find((l) => l.includes('recipients[1].role'))?.split('recipients[1].role: ')[1]}`,
    );
    expect(lines.find((l) => l.includes('recipients[1].role'))).toMatch(
      new RegExp(`^privacy\\.json:${line}:${column}: recipients\\[1\\]\\.role: .+ \\(invalid_value\\)$`),
    );
    // A missing property points at the object that lacks it (the root, line 1).
    expect(lines.find((l) => l.includes(': controller:'))).toMatch(/^privacy\.json:1:1: controller: .+\(invalid_type\)$/);
  });

  it('prints the problems as JSON with --json', async () => {
    const dir = tempDir();
    writeJson(dir, 'privacy.json', { ...SEEDS.codetrain, version: 'has space' });
    const result = await run(dir, 'validate', '--json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.out);
    expect(report).toEqual({
      file: 'privacy.json',
      valid: false,
      issues: [{ code: 'invalid_format', path: ['version'], pathText: 'version', message: expect.stringContaining('no spaces'), line: 2, column: 3 }],
    });
  });
});
