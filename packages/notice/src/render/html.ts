import type { Block, Inline, PolicyDocument } from './document.js';

/**
 * Escapes text for HTML element content and quoted attribute values.
 *
 * @param text - any text
 * @returns the text with `&`, `<`, `>`, `"` and `'` replaced by entities, safe in element content and quoted attributes
 * @example
 * escapeHtml('<script>alert("x")</script> & co'); // '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** Only mailto: and http(s): links are written as links; anything else is shown as text. */
const safeHref = (href: string) => /^(https?:\/\/|mailto:)/i.test(href);

function inline(part: Inline): string {
  if (typeof part === 'string') return escapeHtml(part);
  if ('strong' in part) return `<strong>${escapeHtml(part.strong)}</strong>`;
  return safeHref(part.href) ? `<a href="${escapeHtml(part.href)}">${escapeHtml(part.text)}</a>` : escapeHtml(part.text);
}

const line = (parts: readonly Inline[]) => parts.map(inline).join('');

function block(b: Block): string {
  if (b.type === 'paragraph') return `<p>${line(b.content)}</p>`;
  if (b.type === 'subheading') return `<h3>${escapeHtml(b.text)}</h3>`;
  return `<ul>\n${b.items.map((item) => `  <li>${line(item)}</li>`).join('\n')}\n</ul>`;
}

/**
 * Writes a {@link PolicyDocument} as an HTML fragment (an `<article>`, no `<html>` shell), every text
 * escaped, each section a `<section id="...">` the demo app can link to.
 *
 * @param doc - a policy document from `buildPolicyDocument`
 * @returns one `<article class="privacy-policy">` element, every piece of manifest text escaped, only `http(s):` and `mailto:` links
 * @example
 * documentToHtml({ title: 'Privacy <policy>', intro: [], sections: [] });
 * // '<article class="privacy-policy">\n<h1>Privacy &lt;policy&gt;</h1>\n</article>\n'
 */
export function documentToHtml(doc: PolicyDocument): string {
  const parts = ['<article class="privacy-policy">', `<h1>${escapeHtml(doc.title)}</h1>`, ...doc.intro.map((i) => `<p>${line(i)}</p>`)];
  for (const section of doc.sections) {
    parts.push(`<section id="${escapeHtml(section.id)}">`, `<h2>${escapeHtml(section.title)}</h2>`, ...section.blocks.map(block), '</section>');
  }
  parts.push('</article>');
  return `${parts.join('\n')}\n`;
}
