/** A run of text: plain, strong, or a link. Text is always plain text, escaped by the renderers. */
export type Inline = string | { readonly strong: string } | { readonly text: string; readonly href: string };

/** A block of a section: a paragraph, a bulleted list (each item a line of inlines), or a sub-heading. */
export type Block =
  | { readonly type: 'paragraph'; readonly content: readonly Inline[] }
  | { readonly type: 'list'; readonly items: readonly (readonly Inline[])[] }
  | { readonly type: 'subheading'; readonly text: string };

/** One section of the policy, such as "What we collect". */
export interface PolicySection {
  /** A stable id, used as the HTML anchor: `what-we-collect`. */
  readonly id: string;
  readonly title: string;
  readonly blocks: readonly Block[];
}

/** The policy as structured text, before it becomes Markdown or HTML. */
export interface PolicyDocument {
  readonly title: string;
  readonly intro: readonly (readonly Inline[])[];
  readonly sections: readonly PolicySection[];
}

/** Shorthands for building blocks. */
export const p = (...content: Inline[]): Block => ({ type: 'paragraph', content });
export const ul = (items: readonly (readonly Inline[])[]): Block => ({ type: 'list', items });
export const h3 = (text: string): Block => ({ type: 'subheading', text });
export const strong = (text: string): Inline => ({ strong: text });
export const link = (text: string, href: string): Inline => ({ text, href });
