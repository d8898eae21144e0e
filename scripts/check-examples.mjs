#!/usr/bin/env node
// Extracts every ```ts block of each published package's README.md and every TSDoc @example in its
// src/, writes each as a module into packages/<name>/.tmp/examples/ (ignored by git), type-checks them
// all with tsc and runs each with tsx, turning stated values into assertions:
//   expr; // => value      becomes an assertion that expr deep-equals value.
// An example without imports gets `import { <every value export> } from '<the package>'` (the
// context a TSDoc example names implicitly). Prints the counts and each failure.
// Exits 0 (a report) unless --strict, which fails on any example that does not compile, run or match.
// Usage: node scripts/check-examples.mjs [--strict] [--package @priv/x] [--verbose]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { publishedPackages, root } from './lib/packages.mjs';

const strict = process.argv.includes('--strict');
const verbose = process.argv.includes('--verbose');
const only = process.argv.includes('--package') ? process.argv[process.argv.indexOf('--package') + 1] : undefined;
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));

/** `expr; // => value` lines become assertions; everything else stays as written. */
function withAssertions(code) {
  let asserted = 0;
  const lines = code.split('\n').map((line) => {
    const m = /^(\s*)(.+?);\s*\/\/ => (.+)$/.exec(line);
    if (!m || /^\s*(const|let|var|import|export|return|throw)\b/.test(m[2])) return line;
    asserted++;
    return `${m[1]}__expect(${m[2]}, ${m[3]}, ${JSON.stringify(m[3])});`;
  });
  return { code: lines.join('\n'), asserted };
}

const prelude = `import { isDeepStrictEqual as __equal } from 'node:util';
function __expect(actual: unknown, expected: unknown, text: string): void {
  const a = actual instanceof Date ? actual.toISOString() : actual;
  if (!__equal(a, expected)) throw new Error('example states ' + text + ' but got ' + JSON.stringify(a));
}
`;

const summary = [];
let failures = 0;
for (const { dir, pkg } of publishedPackages()) {
  if (only && pkg.name !== only) continue;
  const out = join(dir, '.tmp', 'examples');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const exportsLine = (() => {
    const index = readFileSync(join(dir, 'src', 'index.ts'), 'utf8');
    const names = [...index.matchAll(/export\s*{([^}]*)}/g)].flatMap((m) => m[1].split(',')).map((n) => n.trim()).filter((n) => n && !n.startsWith('type '));
    return `import { ${names.join(', ')} } from '${pkg.name}';\n`;
  })();
  const examples = [];
  const readme = readFileSync(join(dir, 'README.md'), 'utf8');
  for (const m of readme.matchAll(/```ts\n([\s\S]*?)```/g)) examples.push({ from: `README.md:${readme.slice(0, m.index).split('\n').length}`, code: m[1] });
  for (const file of walk(join(dir, 'src')).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/@example\n((?:\s*\*(?!\/).*\n)+?)\s*\*\s*(?:@|\/)/g)) {
      const code = m[1].split('\n').map((l) => l.replace(/^\s*\* ?/, '')).join('\n');
      examples.push({ from: `${relative(dir, file)}:${text.slice(0, m.index).split('\n').length}`, code });
    }
  }
  const files = examples.map((example, i) => {
    const { code, asserted } = withAssertions(example.code);
    const imports = /^\s*import\b/m.test(code) ? '' : exportsLine;
    const name = join(out, `example-${String(i).padStart(3, '0')}.ts`);
    writeFileSync(name, `// ${example.from}\n${imports}${prelude}export {};\n${code}\n`);
    return { ...example, file: name, asserted };
  });
  writeFileSync(join(out, 'tsconfig.json'), JSON.stringify({ extends: '../../../../tsconfig.base.json', compilerOptions: { types: ['node'], noUnusedLocals: false, module: 'ESNext', moduleResolution: 'Bundler' }, include: ['*.ts'] }));
  const checked = spawnSync('node', [tsc, '-p', out, '--pretty', 'false'], { encoding: 'utf8', cwd: dir });
  const typeErrors = new Map();
  for (const line of checked.stdout.split('\n')) {
    const m = /(example-\d+\.ts)\(\d+,\d+\): error (.*)/.exec(line);
    if (m) typeErrors.set(m[1], [...(typeErrors.get(m[1]) ?? []), m[2]]);
  }
  let compiled = 0;
  let ran = 0;
  let asserted = 0;
  for (const example of files) {
    const base = example.file.split('/').pop();
    const errors = typeErrors.get(base);
    if (errors) {
      failures++;
      if (verbose) console.log(`  ${pkg.name} ${example.from}: does not compile: ${errors[0]}`);
      continue;
    }
    compiled++;
    const result = spawnSync('node', ['--import', 'tsx', example.file], { encoding: 'utf8', cwd: dir, timeout: 30_000 });
    if (result.status === 0) {
      ran++;
      asserted += example.asserted;
    } else {
      failures++;
      console.log(`  ${pkg.name} ${example.from}: ${(result.stderr.split('\n').find((l) => /Error/.test(l)) ?? result.stderr).trim().slice(0, 300)}`);
    }
  }
  summary.push(`${pkg.name}: ${files.length} examples, ${compiled} compile, ${ran} run, ${asserted} stated values asserted`);
  rmSync(join(dir, '.tmp'), { recursive: true, force: true });
}
for (const line of summary) console.log(`examples: ${line}`);
if (strict && failures > 0) {
  console.error(`examples: ${failures} example(s) do not compile or run`);
  process.exit(1);
}
