import { describe, expect, it } from 'vitest';
import { documentToMarkdown, escapeMarkdown } from '../src/index.js';

describe('escapeMarkdown on text with line breaks', () => {
  it('keeps multi-line text one line, so it cannot become a heading, list or quote', () => {
    expect(escapeMarkdown('x\n===')).toBe('x ===');
    expect(escapeMarkdown('a\r\n- b\r> c\n# d')).toBe('a - b \\> c \\# d');
  });

  it('a manifest text cannot add a section to the rendered policy', () => {
    const markdown = documentToMarkdown({
      title: 'Privacy policy',
      intro: [['We keep data\nWe sell nothing\n===\n## Sold to everyone']],
      sections: [],
    });
    const headings = markdown.split('\n').filter((l) => /^#{1,6} |^(=+|-+)\s*$/.test(l));
    expect(headings).toEqual(['# Privacy policy']);
  });
});
