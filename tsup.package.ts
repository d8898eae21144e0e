import { readFileSync } from 'node:fs';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';
import ts from 'typescript';

/**
 * Marks the initialiser of every top-level `const`/`let`/`var` as pure, so a bundler drops it when the
 * binding is unused (zod schemas, lookup tables, `Object.freeze(...)`): every call and `new` in it that
 * runs at module load gets a `/* @__PURE__ *\/` annotation, which esbuild keeps in the output. Function
 * bodies are left alone (they do not run at load). Top-level expression statements are not touched: a
 * module that must do something when loaded keeps doing it.
 */
export function annotatePure(source: string, fileName: string): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const starts: number[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      // `a().b()` starts at the same place as `a()`: wrap the inner call in parentheses so each call
      // carries its own annotation.
      starts.push(node.getStart(file));
    }
    ts.forEachChild(node, visit);
  };
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) if (declaration.initializer) visit(declaration.initializer);
  }
  if (starts.length === 0) return source;
  // Calls that share a start (a chain) are nested: outermost first in `starts`. Insert from the end.
  const edits = new Map<number, number>();
  for (const start of starts) edits.set(start, (edits.get(start) ?? 0) + 1);
  const ends = new Map<number, number[]>();
  const collectEnds = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && (edits.get(node.getStart(file)) ?? 0) > 1) {
      const list = ends.get(node.getStart(file)) ?? [];
      list.push(node.getEnd());
      ends.set(node.getStart(file), list);
    }
    ts.forEachChild(node, collectEnds);
  };
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) if (declaration.initializer) collectEnds(declaration.initializer);
  }
  // Build the insertions: at a start shared by n nested calls, `/*PURE*/ (` n-1 times then `/*PURE*/`;
  // after the end of each inner call, `)`.
  const inserts: { at: number; text: string; order: number }[] = [];
  for (const [start, count] of edits) {
    if (count === 1) {
      inserts.push({ at: start, text: '/* @__PURE__ */ ', order: 1 });
      continue;
    }
    const chainEnds = (ends.get(start) ?? []).sort((a, b) => b - a); // outermost (largest end) first
    let text = '';
    for (let i = 0; i < chainEnds.length; i++) text += i < chainEnds.length - 1 ? '/* @__PURE__ */ (' : '/* @__PURE__ */ ';
    inserts.push({ at: start, text, order: 1 });
    for (const end of chainEnds.slice(1)) inserts.push({ at: end, text: ')', order: 0 });
  }
  inserts.sort((a, b) => b.at - a.at || a.order - b.order);
  let out = source;
  for (const { at, text } of inserts) out = out.slice(0, at) + text + out.slice(at);
  return out;
}

/**
 * Keeps one output file per source module: every relative import stays an import (external), with its
 * extension rewritten for the format (`./x.js` in ESM, `./x.cjs` in CJS), so `sideEffects: false` lets
 * a bundler drop whole modules a user never reaches. Also applies {@link annotatePure}.
 */
function perModule(): Plugin {
  return {
    name: 'priv-per-module',
    setup(build) {
      const extension = build.initialOptions.format === 'cjs' ? '.cjs' : '.js';
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        // Data files (JSON) are inlined into the module that imports them.
        if (args.path.endsWith('.json')) return undefined;
        return { path: args.path.replace(/\.(?:js|ts)$/, '') + extension, external: true };
      });
      build.onLoad({ filter: /\.ts$/ }, (args) => ({
        contents: annotatePure(readFileSync(args.path, 'utf8'), args.path),
        loader: 'ts',
      }));
    },
  };
}

/**
 * The one build every `@priv/*` package uses: ESM + CJS, one output file per module of `src/` (so
 * bundlers tree-shake by module), with `.d.ts` and `.d.cts` for `src/index.ts`, for Node 20+, browsers
 * and edge runtimes (platform `neutral`: no Node built-ins). No source maps are shipped: the output is
 * not minified and keeps the source's module layout, so stack traces read as they are.
 */
export default defineConfig({
  entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.d.ts'],
  format: ['esm', 'cjs'],
  dts: { entry: 'src/index.ts' },
  clean: true,
  sourcemap: false,
  target: 'es2022',
  platform: 'neutral',
  bundle: true,
  splitting: false,
  treeshake: false,
  esbuildPlugins: [perModule()],
});
