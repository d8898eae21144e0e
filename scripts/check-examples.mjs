#!/usr/bin/env node
// Extracts every ```ts block of each published package's README.md and every TSDoc @example in its
// src/, writes each as a module into packages/<name>/.tmp/examples/ (ignored by git), type-checks them
// all with tsc and runs each with tsx, turning stated values into assertions:
//   expr; // => value      becomes an assertion that expr deep-equals value;
//   expr; // value         too, when the comment starts with a literal ('text', 42, true, null,
//                          undefined, [...], {...}); words after it (`// false: segments, not
//                          prefixes`) are the explanation. A Date is compared by its ISO string;
//                          a text ending in '...' states how the value starts.
// An example without imports gets `import { <every value export> } from '<the package>'` (the
// context a TSDoc example names implicitly). A TSDoc example of a module-internal function imports
// it by its relative path (`import { byShape } from './by-shape.js'`), resolved from its source file.
// A README block whose first line is `// (continues the example above)` runs after the block before it
// (the names it uses are defined there). Prints the counts and each failure. Exits 1 when any example does not compile, run or match its
// stated values (a gate); --report prints the same and exits 0.
// Usage: node scripts/check-examples.mjs [--report] [--package @priv/x]... [--only <file part>] [--verbose]
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { publishedPackages, root } from './lib/packages.mjs';

const report = process.argv.includes('--report');
const verbose = process.argv.includes('--verbose');
const valuesOf = (flag) => process.argv.flatMap((a, i) => (a === flag && process.argv[i + 1] ? [process.argv[i + 1]] : []));
const onlyPackages = valuesOf('--package');
const onlyFiles = valuesOf('--only');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));

/** The value a comment states: its longest leading part that evaluates as a literal, or none. */
function statedValue(comment) {
  const text = comment.replace(/^=>\s*/, '').trim();
  if (!/^(['"`[{\d-]|true\b|false\b|null\b|undefined\b)/.test(text)) return undefined;
  const cuts = [text.length, ...[...text.matchAll(/[:;,(—]|\s(?:when|if|because|the|a|so|as|or|after|until|since|not)\s/g)].map((m) => m.index).reverse()];
  for (const cut of cuts) {
    const candidate = text.slice(0, cut).trim();
    if (!candidate) continue;
    try {
      const value = new Function(`"use strict"; return (${candidate});`)();
      if (typeof value === 'function') continue;
      if (typeof value === 'string' && value.includes('...')) {
        // An abbreviated text: 'Version 2026-05-12, ...' states how the text starts; '<a>...<b>' states nothing exact.
        const head = value.slice(0, -3);
        return value.endsWith('...') && !head.includes('...') ? { literal: candidate, json: JSON.stringify(head), startsWith: true } : undefined;
      }
      return { literal: candidate, json: value === undefined ? 'undefined' : JSON.stringify(value) };
    } catch {}
  }
  return undefined;
}

/** `expr; // => value` and `expr; // <literal> ...` lines become assertions; everything else stays as written. */
function withAssertions(code) {
  let asserted = 0;
  const lines = code.split('\n').map((line) => {
    const m = /^(\s*)([^/].*?);\s*\/\/ (.+)$/.exec(line);
    if (
      !m ||
      /^\s*(const|let|var|import|export|return|throw|await\s+using|using|if|for|while|case|type|interface|function|class|declare)\b/.test(m[2]) ||
      /^\s*\}/.test(m[2])
    )
      return line;
    if (/^\s*(readonly\s+)?[\w$]+\??\s*:/.test(m[2])) return line; // a property's declaration, not a value
    const stated = statedValue(m[3]);
    if (!stated) return line;
    asserted++;
    return `${m[1]}__expect${stated.startsWith ? 'Start' : ''}(${m[2]}, ${stated.json}, ${JSON.stringify(stated.literal)});`;
  });
  return { code: lines.join('\n'), asserted };
}

/** Relative imports of a TSDoc example resolve from its source file (module-internal functions). */
const withSourceImports = (code, file) =>
  file ? code.replace(/(from\s+|import\()(['"])(\.{1,2}\/[^'"]+)\2/g, (_, head, q, spec) => `${head}${q}${resolve(dirname(file), spec)}${q}`) : code;

/** Runs `node --import tsx file` for each example, two at a time. */
async function runAll(examples, cwd) {
  const results = new Map();
  let next = 0;
  const worker = async () => {
    while (next < examples.length) {
      const example = examples[next++];
      results.set(
        example,
        await new Promise((done) => {
          const child = spawn('node', ['--import', 'tsx', example.file], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
          let stderr = '';
          child.stderr.on('data', (d) => (stderr += d));
          // Generous: an example that starts PGlite (PostgreSQL in WebAssembly) takes 5-40 s on a loaded machine.
          let timedOut = false;
          const timer = setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
          }, 120_000);
          child.on('close', (status) => {
            clearTimeout(timer);
            done({ status, stderr: timedOut ? `Error: timed out after 120 s\n${stderr}` : stderr });
          });
        }),
      );
    }
  };
  await Promise.all([worker(), worker()]);
  return results;
}

const prelude = `import { isDeepStrictEqual as __equal } from 'node:util';
function __expect(actual: unknown, expected: unknown, text: string): void {
  const a = actual instanceof Date ? actual.toISOString() : actual;
  if (!__equal(a, expected)) throw new Error('example states ' + text + ' but got ' + JSON.stringify(a));
}
function __expectStart(actual: unknown, start: string, text: string): void {
  if (typeof actual !== 'string' || !actual.startsWith(start)) throw new Error('example states ' + text + ' but got ' + JSON.stringify(actual));
}
`;

const summary = [];
let failures = 0;
for (const { dir, pkg } of publishedPackages()) {
  if (onlyPackages.length > 0 && !onlyPackages.includes(pkg.name)) continue;
  const out = join(dir, '.tmp', 'examples');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const exportsLine = (() => {
    const index = readFileSync(join(dir, 'src', 'index.ts'), 'utf8');
    const names = [...index.matchAll(/export\s*{([^}]*)}/g)]
      .flatMap((m) => m[1].split(','))
      .map((n) => n.trim())
      .filter((n) => n && !n.startsWith('type '));
    return `import { ${names.join(', ')} } from '${pkg.name}';\n`;
  })();
  const examples = [];
  const readme = readFileSync(join(dir, 'README.md'), 'utf8');
  // A README block that begins `// (continues the example above)` runs after the block before it.
  for (const m of readme.matchAll(/```ts\n([\s\S]*?)```/g)) {
    const previous = examples.at(-1);
    const code = /^\/\/ \(continues the example above\)/.test(m[1]) && previous ? `${previous.code}\n${m[1]}` : m[1];
    examples.push({ from: `README.md:${readme.slice(0, m.index).split('\n').length}`, code });
  }
  for (const file of walk(join(dir, 'src')).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/@example\n((?:\s*\*(?!\/).*\n)+?)\s*\*\s*(?:@|\/)/g)) {
      const code = m[1]
        .split('\n')
        .map((l) => l.replace(/^\s*\* ?/, ''))
        .join('\n');
      examples.push({ from: `${relative(dir, file)}:${text.slice(0, m.index).split('\n').length}`, code, source: file });
    }
  }
  const chosen = onlyFiles.length > 0 ? examples.filter((e) => onlyFiles.some((part) => e.from.includes(part))) : examples;
  if (chosen.length === 0) {
    rmSync(join(dir, '.tmp'), { recursive: true, force: true });
    continue;
  }
  const files = chosen.map((example, i) => {
    const { code, asserted } = withAssertions(withSourceImports(example.code, example.source));
    const imports = /^\s*import\b/m.test(code) ? '' : exportsLine;
    const name = join(out, `example-${String(i).padStart(3, '0')}.ts`);
    writeFileSync(name, `// ${example.from}\n${imports}${prelude}export {};\n${code}\n`);
    return { ...example, file: name, asserted };
  });
  writeFileSync(
    join(out, 'tsconfig.json'),
    JSON.stringify({
      extends: '../../../../tsconfig.base.json',
      compilerOptions: { types: ['node'], noUnusedLocals: false, module: 'ESNext', moduleResolution: 'Bundler' },
      include: ['*.ts'],
    }),
  );
  const checked = spawnSync('node', [tsc, '-p', out, '--pretty', 'false'], { encoding: 'utf8', cwd: dir });
  const typeErrors = new Map();
  for (const line of checked.stdout.split('\n')) {
    const m = /(example-\d+\.ts)\(\d+,\d+\): error (.*)/.exec(line);
    if (m) typeErrors.set(m[1], [...(typeErrors.get(m[1]) ?? []), m[2]]);
  }
  let compiled = 0;
  let ran = 0;
  let asserted = 0;
  const compiling = files.filter((example) => {
    const errors = typeErrors.get(example.file.split('/').pop());
    if (errors) {
      failures++;
      console.log(`  ${pkg.name} ${example.from}: does not compile: ${errors[0]}${verbose ? `\n    ${errors.slice(1).join('\n    ')}` : ''}`);
    }
    return !errors;
  });
  compiled = compiling.length;
  const results = await runAll(compiling, dir);
  for (const example of compiling) {
    const result = results.get(example);
    if (result.status === 0) {
      ran++;
      asserted += example.asserted;
    } else {
      failures++;
      const lines = result.stderr.split('\n');
      const at = lines.findIndex((l) => /^\w*Error\b.*?:/.test(l.trim()));
      const thrown =
        at >= 0
          ? lines
              .slice(at, at + 4)
              .filter((l) => !/^\s+at /.test(l))
              .join(' ')
          : result.stderr;
      console.log(`  ${pkg.name} ${example.from}: ${thrown.trim().slice(0, 500)}`);
    }
  }
  summary.push(`${pkg.name}: ${files.length} examples, ${compiled} compile, ${ran} run, ${asserted} stated values asserted`);
  rmSync(join(dir, '.tmp'), { recursive: true, force: true });
}
for (const line of summary) console.log(`examples: ${line}`);
if (failures > 0) {
  console.error(`examples: ${failures} example(s) do not compile, run or match their stated values`);
  if (!report) process.exit(1);
}
