import type { Block, Inline, PolicyDocument } from './document.js';

/**
 * Escapes text for Markdown so that the manifest's words are shown as written, never read as
 * Markdown or HTML (`*`, `_`, `[`, `<` and friends are backslash-escaped). Line breaks become spaces
 * (as Markdown renders a single line break anyway), so text on several lines cannot start a heading,
 * a list or a quote of its own (`"x\n==="` stays one line of text).
 *
 * @param text - Any text from the manifest.
 * @returns The text, safe to put in a Markdown paragraph, list item or heading.
 * @example
 * escapeMarkdown('Hoster <EU> *fast*'); // => 'Hoster \\<EU\\> \\*fast\\*'
 * escapeMarkdown('x\n==='); // => 'x ==='
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\\`*_[\]<>{}#|~]/g, (c) => `\\${c}`)
    .replace(/^([-+]|\d+\.)(\s)/, '\\$1$2');
}

function inline(part: Inline): string {
  if (typeof part === 'string') return escapeMarkdown(part);
  if ('strong' in part) return `**${escapeMarkdown(part.strong)}**`;
  return `[${escapeMarkdown(part.text)}](<${part.href.replace(/[<>\s]/g, encodeURIComponent)}>)`;
}

const line = (parts: readonly Inline[]) => parts.map(inline).join('');

function block(b: Block): string {
  if (b.type === 'paragraph') return line(b.content);
  if (b.type === 'subheading') return `### ${escapeMarkdown(b.text)}`;
  return b.items.map((item) => `- ${line(item)}`).join('\n');
}

/**
 * Writes a {@link PolicyDocument} as Markdown: `#` title, `##` per section, `###` sub-headings,
 * bulleted lists.
 *
 * @param doc - a policy document from `buildPolicyDocument`
 * @returns Markdown text ending in a newline, every piece of manifest text escaped
 * @example
 * documentToMarkdown({ title: 'Privacy policy', intro: [], sections: [{ id: 'contact', title: 'Contact', blocks: [] }] });
 * // '# Privacy policy\n\n## Contact\n'
 */
export function documentToMarkdown(doc: PolicyDocument): string {
  const parts = [`# ${escapeMarkdown(doc.title)}`, ...doc.intro.map(line)];
  for (const section of doc.sections) parts.push(`## ${escapeMarkdown(section.title)}`, ...section.blocks.map(block));
  return `${parts.join('\n\n')}\n`;
}
