import { seedManifests } from '@priv/examples';
import { describe, expect, it } from 'vitest';
import { buildPolicyDocument, renderPolicyHtml, renderPolicyMarkdown } from '../src/index.js';
import { base, next } from './fixture.js';

describe('rendered seed policies', () => {
  for (const seed of seedManifests) {
    it(`${seed.id} ${seed.title}: Markdown`, async () => {
      await expect(renderPolicyMarkdown(seed.manifest)).toMatchFileSnapshot(`./rendered/${seed.id}.md`);
    });
    it(`${seed.id} ${seed.title}: HTML`, async () => {
      await expect(renderPolicyHtml(seed.manifest)).toMatchFileSnapshot(`./rendered/${seed.id}.html`);
    });
  }
});

describe('policy rendering', () => {
  it("keeps the seeds' order of sections", () => {
    const ids = buildPolicyDocument(base).sections.map((s) => s.id);
    expect(ids).toEqual([
      'what-we-collect',
      'why-we-use-it',
      'who-we-share-it-with',
      'cookies',
      'your-rights',
      'how-long-we-keep-it',
      'security',
      'children',
      'changes',
      'contact',
    ]);
  });

  it('escapes text in HTML and Markdown', () => {
    const hostile = next({
      controller: { name: '<script>alert("x")</script> & Co' },
      purposes: [
        { key: 'authentication', description: '*bold* [link](javascript:alert(1)) <b>' },
        { key: 'ai_tutoring', description: 'x' },
        { key: 'security', description: 'y' },
      ],
    });
    const html = renderPolicyHtml(hostile);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(html).toContain('*bold* [link](javascript:alert(1)) &lt;b&gt;');
    const md = renderPolicyMarkdown(hostile);
    expect(md).toContain('\\*bold\\* \\[link\\](javascript:alert(1)) \\<b\\>');
    expect(md).toContain('# Privacy policy — \\<script\\>alert("x")\\</script\\> & Co');
  });

  it('says what the fixture promises about changes and breaches', () => {
    const md = renderPolicyMarkdown(base);
    expect(md).toContain('We announce material changes by email at least 14 days before they take effect.');
    // publicationDayCounts is left at its default: the policy states no counting rule, so none is published.
    expect(md).not.toContain('Notice counts');
    expect(md).toContain('If a breach affects your data, we will tell you within 72 hours.');
  });
});
