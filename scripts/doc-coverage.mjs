#!/usr/bin/env node
// Reports the public functions (every function exported from a published package's src/index.ts)
// whose TSDoc lacks @param (for each parameter), @returns (when they return something) or @example,
// and @throws where the body has a `throw`. Prints counts per package and the names missing each tag.
// Exits 1 on any gap (a gate; --report prints the same and exits 0).
// Usage: node scripts/doc-coverage.mjs [--report] [--list]
import { join } from 'node:path';
import ts from 'typescript';
import { publishedPackages } from './lib/packages.mjs';

const strict = !process.argv.includes('--report');
const list = process.argv.includes('--list');
const packages = publishedPackages();
const entries = packages.map(({ dir }) => join(dir, 'src', 'index.ts'));
const program = ts.createProgram(entries, {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  target: ts.ScriptTarget.ES2022,
  noEmit: true,
  skipLibCheck: true,
});
const checker = program.getTypeChecker();

const hasThrow = (node) => {
  let found = false;
  const visit = (n) => {
    if (found) return;
    if (ts.isThrowStatement(n)) found = true;
    else if (!(ts.isFunctionLike(n) && n !== node)) ts.forEachChild(n, visit);
  };
  if (node.body) visit(node.body);
  return found;
};

let total = 0;
let gaps = 0;
const totals = { param: 0, returns: 0, example: 0, throws: 0 };
for (const [i, { pkg }] of packages.entries()) {
  const source = program.getSourceFile(entries[i]);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) continue;
  const missing = { param: [], returns: [], example: [], throws: [] };
  let functions = 0;
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.declarations?.find(
      (d) => ts.isFunctionDeclaration(d) || (ts.isVariableDeclaration(d) && d.initializer && ts.isArrowFunction(d.initializer)),
    );
    if (!declaration) continue;
    const fn = ts.isFunctionDeclaration(declaration) ? declaration : declaration.initializer;
    const docNode = ts.isFunctionDeclaration(declaration) ? declaration : declaration.parent.parent;
    functions++;
    const tags = ts.getJSDocTags(docNode).map((t) => t.tagName.text);
    const name = exported.name;
    const documentedParams = new Set(
      ts
        .getJSDocTags(docNode)
        .filter(ts.isJSDocParameterTag)
        .map((t) => t.name.getText()),
    );
    if (fn.parameters.some((p) => !documentedParams.has(p.name.getText()))) missing.param.push(name);
    const signature = checker.getSignatureFromDeclaration(fn);
    const returnType = signature && checker.typeToString(checker.getReturnTypeOfSignature(signature));
    if (returnType !== 'void' && !tags.includes('returns') && !tags.includes('return')) missing.returns.push(name);
    if (!tags.includes('example')) missing.example.push(name);
    if (hasThrow(fn) && !tags.includes('throws')) missing.throws.push(name);
  }
  total += functions;
  const line = Object.entries(missing)
    .map(([tag, names]) => `${names.length} without @${tag}`)
    .join(', ');
  console.log(`docs: ${pkg.name}: ${functions} public functions; ${line}`);
  for (const [tag, names] of Object.entries(missing)) {
    totals[tag] += names.length;
    gaps += names.length;
    if (list && names.length > 0) console.log(`  @${tag} missing: ${names.join(', ')}`);
  }
}
console.log(
  `docs: ${total} public functions in all; ${Object.entries(totals)
    .map(([tag, n]) => `${n} without @${tag}`)
    .join(', ')} (functions that throw)`,
);
if (strict && gaps > 0) process.exit(1);
