import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEEDS, tempDir, writeJson } from './helpers.js';

// The real process: src/bin.ts run through tsx (the tests do not need a build).
const tsx = join(import.meta.dirname, '..', '..', '..', 'node_modules', 'tsx', 'dist', 'cli.mjs');
const bin = join(import.meta.dirname, '..', 'src', 'bin.ts');
const priv = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [tsx, bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('the priv process', () => {
  it('exits 0, 1 and 2 with results on stdout and errors on stderr', () => {
    const dir = tempDir();
    writeJson(dir, 'privacy.json', SEEDS.codetrain);
    const ok = priv(dir, 'validate');
    expect([ok.status, ok.stderr]).toEqual([0, '']);
    writeJson(dir, 'bad.json', { ...SEEDS.codetrain, version: '' });
    const failed = priv(dir, 'validate', 'bad.json');
    expect(failed.status).toBe(1);
    expect(failed.stdout).toContain('bad.json:2:3: version:');
    const missing = priv(dir, 'validate', 'nope.json');
    expect([missing.status, missing.stdout, missing.stderr]).toEqual([2, '', 'priv: nope.json: no such file\n']);
  });

  it('stops quietly when its output pipe closes early (priv scan --json | head -c 10)', () => {
    // Output far larger than a pipe's buffer (64 KB), so the write really fails with EPIPE.
    const dir = tempDir();
    writeJson(dir, 'privacy.json', SEEDS.codetrain);
    mkdirSync(join(dir, 'src'));
    for (let i = 0; i < 800; i += 1) writeFileSync(join(dir, 'src', `m${i}.ts`), "import Stripe from 'stripe';\nexport const s = new Stripe('k');\n");
    const full = priv(dir, 'scan', '--json');
    expect(full.stdout.length).toBeGreaterThan(100_000);
    const result = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${tsx}" "${bin}" scan --json | head -c 10 > /dev/null`], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(result.stderr).not.toMatch(/EPIPE|at .+\(/);
    expect(result.status).toBe(0);
  });
});
