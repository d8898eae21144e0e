import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/index.js';
import { SEEDS, fixtureApp, run } from './helpers.js';

describe('priv scan on awkward trees', () => {
  it('does not follow symbolic links, so a link loop inside the project cannot trap it', async () => {
    const dir = fixtureApp('codetrain', SEEDS.codetrain);
    mkdirSync(join(dir, 'src', 'loop'));
    symlinkSync(join(dir, 'src'), join(dir, 'src', 'loop', 'back'));
    symlinkSync(join(dir, 'src', 'x1'), join(dir, 'src', 'x2'));
    symlinkSync(join(dir, 'src', 'x2'), join(dir, 'src', 'x1'));
    const result = await run(dir, 'scan', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out).findings).toEqual([]);
  });

  it('lists a file over 2 MB as not read instead of parsing a bundle', async () => {
    const dir = fixtureApp('codetrain', SEEDS.codetrain);
    writeFileSync(join(dir, 'src', 'bundle.js'), `import 'posthog-js';\n${'x'.repeat(2_100_000)}`);
    const result = await run(dir, 'scan', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out).summary.skippedLarge).toEqual(['src/bundle.js']);
    const text = await run(dir, 'scan');
    expect(text.out).toContain('1 file over 2 MB not read: src/bundle.js');
  });

  it('reads a file with syntax errors as far as it can and says so', async () => {
    const dir = fixtureApp('codetrain', SEEDS.codetrain);
    writeFileSync(join(dir, 'src', 'broken.ts'), "import posthog from 'posthog-js';\nconst = ;\n");
    const result = await run(dir, 'scan', '--json');
    const report = JSON.parse(result.out);
    expect(report.summary.parseErrorFiles).toEqual(['src/broken.ts']);
    expect(report.findings.map((f: { rule: string; location: { file: string } }) => `${f.rule} ${f.location.file}`)).toContain(
      'undeclared-vendor src/broken.ts',
    );
    expect(result.code).toBe(1);
  });

  it('shows progress on stderr only when stderr is a terminal, and leaves stdout alone', async () => {
    const dir = fixtureApp('codetrain', SEEDS.codetrain);
    for (let i = 0; i < 300; i += 1) writeFileSync(join(dir, 'src', `m${i}.ts`), `export const v${i} = ${i};\n`);
    let out = '';
    let err = '';
    const code = await runCli(['scan', '--json'], { out: (t) => (out += t), err: (t) => (err += t), cwd: dir, errIsTty: true });
    expect(code).toBe(0);
    expect(err).toMatch(/^\r\x1b\[Kpriv scan: /);
    expect(err.endsWith('\r\x1b[K')).toBe(true);
    expect(JSON.parse(out).summary.sourceFiles).toBeGreaterThan(300);
    const quiet = await run(dir, 'scan', '--json');
    expect(quiet.err).toBe('');
  });

  it('refuses an invalid manifest before scanning (exit 2, one line with its place)', async () => {
    const dir = fixtureApp('codetrain', {
      ...SEEDS.codetrain,
      recipients: [{ key: 'Bad Key', name: 'x', role: 'processor', services: ['payments'], categories: [] }],
    });
    const result = await run(dir, 'scan');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^priv: privacy\.json:\d+:\d+: recipients\[0\]\.key: .+\n$/);
  });
});
