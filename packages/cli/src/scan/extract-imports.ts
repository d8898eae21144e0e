import { parseSync } from 'oxc-parser';

/** How a module is pulled in. */
export type ImportVia = 'import' | 'export' | 'dynamic_import' | 'require';

/** One module a file loads at run time: the specifier as written and where. */
export interface ImportRef {
  readonly specifier: string;
  /** 0-based UTF-16 offset into the file's text. */
  readonly offset: number;
  readonly via: ImportVia;
}

/** What {@link extractImports} returns. */
export interface ExtractedImports {
  readonly imports: readonly ImportRef[];
  /** The parser reported syntax errors (what it could read is still returned). */
  readonly parseErrors: number;
}

const SCRIPT_BLOCK = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const ASTRO_FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

interface Block {
  readonly code: string;
  readonly offset: number;
  readonly lang: string;
}

function blocksOf(file: string, text: string): Block[] {
  const ext = file.slice(file.lastIndexOf('.') + 1).toLowerCase();
  if (ext !== 'vue' && ext !== 'svelte' && ext !== 'astro') return [{ code: text, offset: 0, lang: file }];
  const blocks: Block[] = [];
  if (ext === 'astro') {
    const front = ASTRO_FRONTMATTER.exec(text);
    if (front?.[1] !== undefined) blocks.push({ code: front[1], offset: text.indexOf(front[1]), lang: 'x.ts' });
  }
  for (const match of text.matchAll(SCRIPT_BLOCK)) {
    const attrs = match[1] ?? '';
    const code = match[2] ?? '';
    if (/\bsrc\s*=/.test(attrs) || /type\s*=\s*["']?(?!module|text\/javascript)[\w/+-]+/i.test(attrs)) continue;
    const lang = /lang\s*=\s*["']?(ts|tsx|typescript)/i.test(attrs) ? 'x.tsx' : 'x.jsx';
    blocks.push({ code, offset: (match.index ?? 0) + match[0].indexOf('>') + 1, lang });
  }
  return blocks;
}

function literalAt(text: string, start: number, end: number): string | undefined {
  const raw = text.slice(start, end).trim();
  const quote = raw[0];
  if ((quote === '"' || quote === "'" || quote === '`') && raw.endsWith(quote) && raw.length >= 2) {
    const inner = raw.slice(1, -1);
    if (quote === '`' && inner.includes('${')) return undefined;
    return inner;
  }
  return undefined;
}

type AstNode = { type?: string; start?: number; [key: string]: unknown };

function findRequires(program: unknown, found: ImportRef[], base: number): void {
  const stack: unknown[] = [program];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (const child of node) if (child !== null && typeof child === 'object') stack.push(child);
      continue;
    }
    const n = node as AstNode;
    if (n.type === 'CallExpression') {
      const callee = n.callee as AstNode | undefined;
      const arg = (n.arguments as AstNode[] | undefined)?.[0];
      if (callee?.type === 'Identifier' && callee.name === 'require' && arg?.type === 'Literal' && typeof arg.value === 'string') {
        found.push({ specifier: arg.value, offset: base + (n.start ?? 0), via: 'require' });
      }
    } else if (n.type === 'TSImportEqualsDeclaration' && n.importKind !== 'type') {
      const ref = n.moduleReference as AstNode | undefined;
      const expr = ref?.expression as AstNode | undefined;
      if (ref?.type === 'TSExternalModuleReference' && typeof expr?.value === 'string')
        found.push({ specifier: expr.value, offset: base + (n.start ?? 0), via: 'require' });
    }
    for (const key in n) {
      if (key === 'type' || key === 'start' || key === 'end') continue;
      const value = n[key];
      if (value !== null && typeof value === 'object') stack.push(value);
    }
  }
}

/**
 * The modules a JS/TS file (or the scripts of a Vue, Svelte or Astro file) loads at run time, read
 * with oxc's parser: static imports and re-exports (type-only ones do not count: `import type`,
 * and imports whose every name is `type`), dynamic `import('…')` with a literal specifier, and
 * `require('…')` / `import x = require('…')`.
 *
 * @param file - the file name (its extension picks the language: `.ts`, `.tsx`, `.js`, `.vue`, …)
 * @param text - the file's text
 * @returns each import with its offset, and how many syntax errors the parser met
 * @example
 * extractImports('a.ts', "import type { T } from 't';\nimport Stripe from 'stripe';").imports;
 * // [{ specifier: 'stripe', offset: 28, via: 'import' }]
 */
export function extractImports(file: string, text: string): ExtractedImports {
  const imports: ImportRef[] = [];
  let parseErrors = 0;
  for (const block of blocksOf(file, text)) {
    const result = parseSync(block.lang, block.code, { sourceType: 'unambiguous' });
    parseErrors += result.errors.length;
    const module = result.module;
    for (const entry of module.staticImports) {
      if (entry.entries.length > 0 && entry.entries.every((e) => e.isType)) continue;
      imports.push({ specifier: entry.moduleRequest.value, offset: block.offset + entry.start, via: 'import' });
    }
    for (const statement of module.staticExports) {
      const values = statement.entries.filter((e) => e.moduleRequest && !e.isType);
      const first = values[0];
      if (first?.moduleRequest) imports.push({ specifier: first.moduleRequest.value, offset: block.offset + statement.start, via: 'export' });
    }
    for (const dynamic of module.dynamicImports) {
      const specifier = literalAt(block.code, dynamic.moduleRequest.start, dynamic.moduleRequest.end);
      if (specifier !== undefined) imports.push({ specifier, offset: block.offset + dynamic.start, via: 'dynamic_import' });
    }
    if (/\brequire\b/.test(block.code)) findRequires(result.program, imports, block.offset);
  }
  // `import X from 'x'; export { X }` reports 'x' twice at one place; keep one.
  const seen = new Set<string>();
  const unique = imports.filter((i) => {
    const id = `${i.offset}\0${i.specifier}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  unique.sort((a, b) => a.offset - b.offset);
  return { imports: unique, parseErrors };
}

/**
 * The npm package a bare specifier names (`@sentry/nextjs/client` → `@sentry/nextjs`); `undefined`
 * for relative, absolute, `node:` and URL specifiers.
 *
 * @param specifier - as written in the import
 * @returns the package name
 * @example
 * packageOf('@sentry/nextjs/client'); // '@sentry/nextjs'
 * packageOf('./local'); // undefined
 */
export function packageOf(specifier: string): string | undefined {
  if (specifier === '' || specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(specifier))
    return undefined;
  const parts = specifier.split('/');
  if (specifier.startsWith('@')) return parts.length >= 2 && parts[1] ? `${parts[0]}/${parts[1]}` : undefined;
  return parts[0];
}
