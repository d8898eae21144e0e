import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderPolicyHtml, renderPolicyMarkdown } from '@priv/notice';
import { parseManifest } from '@priv/schema';
import { describe, expect, it } from 'vitest';
import { SEEDS, run, tempDir, writeJson } from './helpers.js';

describe('priv render', () => {
  it.each(Object.entries(SEEDS))('renders seed %s as Markdown and HTML, the same text @priv/notice renders', async (_, seed) => {
    const dir = tempDir();
    writeJson(dir, 'privacy.json', seed);
    const md = await run(dir, 'render');
    expect(md.code).toBe(0);
    expect(md.out.trimEnd()).toBe(renderPolicyMarkdown(parseManifest(seed)).trimEnd());
    const html = await run(dir, 'render', '--format', 'html', '--out', 'policy.html');
    expect(html.code).toBe(0);
    expect(html.out).toBe('');
    expect(html.err).toBe('priv: wrote policy.html\n');
    expect(readFileSync(join(dir, 'policy.html'), 'utf8').trimEnd()).toBe(renderPolicyHtml(parseManifest(seed)).trimEnd());
  });

  it('refuses an unknown format as a usage error (exit 2)', async () => {
    const dir = tempDir();
    writeJson(dir, 'privacy.json', SEEDS.codetrain);
    const result = await run(dir, 'render', '--format', 'pdf');
    expect(result.code).toBe(2);
    expect(result.err).toContain("argument 'pdf' is invalid");
  });

  it('refuses an invalid manifest with the first problem and where (exit 2)', async () => {
    const dir = tempDir();
    writeJson(dir, 'privacy.json', { ...SEEDS.codetrain, effectiveDate: '2026-02-30' });
    const result = await run(dir, 'render');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^priv: privacy\.json:3:3: effectiveDate: .+\n$/);
  });

  it('never overwrites the manifest with the rendered text', async () => {
    const dir = tempDir();
    writeJson(dir, 'privacy.json', SEEDS.codetrain);
    expect(await run(dir, 'render', '--out', './privacy.json')).toEqual({
      code: 2,
      out: '',
      err: 'priv: ./privacy.json: is the manifest itself; refusing to overwrite it\n',
    });
    expect((await run(dir, 'check', '--published', 'privacy.json', '--write')).code).toBe(2);
    expect((await run(dir, 'validate')).code).toBe(0);
  });

  it('says when the output file cannot be written', async () => {
    const dir = tempDir();
    writeJson(dir, 'privacy.json', SEEDS.codetrain);
    const result = await run(dir, 'render', '--out', 'missing/folder/policy.md');
    expect(result.code).toBe(2);
    expect(result.err).toBe('priv: missing/folder/policy.md: no such file\n');
  });
});

describe('priv check', () => {
  it.each(Object.entries(SEEDS))('passes for seed %s when the published text is what it renders (md and html)', async (_, seed) => {
    const dir = tempDir();
    writeJson(dir, 'privacy.json', seed);
    await run(dir, 'render', '--out', 'PRIVACY.md');
    await run(dir, 'render', '--format', 'html', '--out', 'privacy.html');
    expect(await run(dir, 'check', '--published', 'PRIVACY.md')).toEqual({ code: 0, out: 'PRIVACY.md: up to date with privacy.json\n', err: '' });
    expect((await run(dir, 'check', '--published', 'privacy.html')).code).toBe(0);
  });

  it('ignores CRLF line endings and trailing newlines', async () => {
    const dir = tempDir();
    writeJson(dir, 'privacy.json', SEEDS.codementor);
    await run(dir, 'render', '--out', 'PRIVACY.md');
    const file = join(dir, 'PRIVACY.md');
    writeFileSync(file, `${readFileSync(file, 'utf8').replace(/\n/g, '\r\n')}\r\n\r\n`);
    expect((await run(dir, 'check', '--published', 'PRIVACY.md')).code).toBe(0);
  });

  it('fails with a readable diff when the manifest changed but the published text did not, and --write fixes it', async () => {
    const dir = tempDir();
    writeJson(dir, 'privacy.json', SEEDS.codementor);
    await run(dir, 'render', '--out', 'PRIVACY.md');
    const changed = { ...SEEDS.codementor, contact: { email: 'dpo@learnpython.academy' } };
    writeJson(dir, 'privacy.json', changed);
    const drift = await run(dir, 'check', '--published', 'PRIVACY.md');
    expect(drift.code).toBe(1);
    expect(drift.out).toContain('--- PRIVACY.md (published)');
    expect(drift.out).toContain('+++ PRIVACY.md (rendered from privacy.json)');
    expect(drift.out).toMatch(/^-.*support@learnpython\.academy/m);
    expect(drift.out).toMatch(/^\+.*dpo@learnpython\.academy/m);
    expect(drift.out.trimEnd().split('\n').at(-1)).toBe('PRIVACY.md: differs from what privacy.json renders; run with --write to update it');
    const write = await run(dir, 'check', '--published', 'PRIVACY.md', '--write');
    expect(write).toEqual({ code: 0, out: 'PRIVACY.md: updated from privacy.json\n', err: '' });
    expect((await run(dir, 'check', '--published', 'PRIVACY.md')).code).toBe(0);
  });

  it('fails for a missing published file, and --write creates it', async () => {
    const dir = tempDir();
    writeJson(dir, 'privacy.json', SEEDS.codetrain);
    const missing = await run(dir, 'check', '--published', 'PRIVACY.md');
    expect(missing.code).toBe(1);
    expect(missing.out).toContain('PRIVACY.md: does not exist');
    expect((await run(dir, 'check', '--published', 'PRIVACY.md', '--write')).code).toBe(0);
    expect((await run(dir, 'check', '--published', 'PRIVACY.md')).code).toBe(0);
  });

  it('requires --published (usage error, exit 2)', async () => {
    const dir = tempDir();
    writeJson(dir, 'privacy.json', SEEDS.codetrain);
    const result = await run(dir, 'check');
    expect(result.code).toBe(2);
    expect(result.err).toContain("required option '--published <file>' not specified");
  });
});
