#!/usr/bin/env node
// Size budgets, measured the way a user pays them: every published package is packed (as npm would
// publish it) and unpacked into a temporary node_modules; then an app that imports one or more names
// from it is bundled with esbuild (browser, ESM, minified, tree-shaken) and gzipped (-9).
//  - "priv" is the app with zod's code left out: priv's own code plus any other dependency it pulls in
//    (libphonenumber-js's metadata, date-fns). zod is replaced by a one-line module
//    (`export const z = globalThis.zod`), so neither its code nor one `import ... from "zod"` line per
//    priv module (which `external` would leave behind) is counted. This is what the budgets in
//    scripts/size-budgets.json limit. Every other value export is measured too, against its
//    package's default budget.
//  - "+zod" is what bundling zod in adds on top (reported, never budgeted: an app that already uses
//    zod pays it once).
// Usage: node scripts/size.mjs [--write-readme] [--json]
//   --write-readme  rewrites the table between the size markers in README.md
// Runs after `turbo run build`; packing does not rebuild (lifecycle scripts off).
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pack, publishedPackages, root, run } from './lib/packages.mjs';

const esbuild = createRequire(createRequire(join(root, 'package.json')).resolve('tsup'))('esbuild');
const budgets = JSON.parse(readFileSync(join(root, 'scripts', 'size-budgets.json'), 'utf8'));
const writeReadme = process.argv.includes('--write-readme');
const label = 'size';

const work = mkdtempSync(join(tmpdir(), 'priv-size-'));
const modules = join(work, 'node_modules');
const packages = publishedPackages();
process.env.npm_config_ignore_scripts = 'true';
for (const entry of packages) {
  const tarball = pack(entry, join(work, 'tarballs'), label);
  const target = join(modules, ...entry.pkg.name.split('/'));
  mkdirSync(target, { recursive: true });
  run('tar', ['-xzf', tarball, '-C', target, '--strip-components=1'], work, { label });
}

const zodStub = {
  name: 'zod-stub',
  setup(build) {
    build.onResolve({ filter: /^zod(?:\/.*)?$/ }, (args) => ({ path: args.path, namespace: 'zod-stub' }));
    build.onLoad({ filter: /.*/, namespace: 'zod-stub' }, () => ({ contents: 'export const z = globalThis.zod;', loader: 'js' }));
  },
};

/** gzip -9 size of an app importing `names` from `name`, bundled with or without zod. */
async function measure(name, names, { withZod }) {
  const result = await esbuild.build({
    stdin: { contents: `import { ${names.join(', ')} } from '${name}';\nglobalThis.__used = [${names.join(', ')}];\n`, resolveDir: work, loader: 'js' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    treeShaking: true,
    // The packed packages from `work/node_modules`; their dependencies from the workspace.
    nodePaths: [join(root, 'node_modules'), ...packages.map(({ dir }) => join(dir, 'node_modules'))],
    plugins: withZod ? [] : [zodStub],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/** The runtime (value) exports of a packed package, read by loading its CJS build. */
function valueExports(name) {
  const nodePath = [join(root, 'node_modules'), ...packages.map(({ dir }) => join(dir, 'node_modules'))].join(':');
  const script = `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(join(modules, ...name.split('/')))}))))`;
  const out = run('node', ['-e', script], work, { label, env: { ...process.env, NODE_PATH: nodePath } });
  return JSON.parse(out)
    .filter((key) => key !== '__esModule')
    .sort();
}

const rows = [];
const listed = new Set(budgets.entries.map((e) => `${e.package}:${e.import.join(',')}`));
for (const entry of budgets.entries) rows.push({ ...entry, headline: true });
// A command-line tool (a package with `bin`, such as @priv/cli) runs on Node, not in a browser bundle: not measured.
for (const { pkg } of packages.filter(({ pkg }) => !pkg.bin)) {
  for (const key of valueExports(pkg.name)) {
    if (!listed.has(`${pkg.name}:${key}`))
      rows.push({ package: pkg.name, import: [key], budgetKB: budgets.defaultBudgetKB[pkg.name] ?? budgets.defaultBudgetKB['*'], headline: false });
  }
}

const failures = [];
for (const row of rows) {
  const own = await measure(row.package, row.import, { withZod: false });
  const all = await measure(row.package, row.import, { withZod: true });
  Object.assign(row, { own, zod: Math.max(0, all.gzip - own.gzip), ok: own.gzip <= row.budgetKB * 1024 });
  if (!row.ok && !row.pending) failures.push(row);
}
const zodAlone = await measure('zod', ['z'], { withZod: true });

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const line = (row) =>
  `| \`${row.package}\` | \`${row.import.join(', ')}\` | ${kb(row.own.gzip)} | ${kb(row.budgetKB * 1024)} | ${row.ok ? 'ok' : row.pending ? 'over (pending)' : '**over**'} | ${kb(row.zod)} | ${!row.ok && row.pending ? row.pending.replace(/\|/g, '\\|') : ''} |`;
const table = [
  '| package | import | priv code (min+gzip, zod not counted) | budget | | zod it pulls in | why over |',
  '| --- | --- | ---: | ---: | --- | ---: | --- |',
  ...rows.filter((r) => r.headline).map(line),
].join('\n');

for (const row of rows) {
  const mark = row.ok ? '  ' : row.pending ? '..' : '!!';
  const note = !row.ok && row.pending ? ` (over, pending: ${row.pending})` : '';
  console.log(
    `${mark} ${row.package} { ${row.import.join(', ')} }: ${kb(row.own.gzip)} gzip (${kb(row.own.min)} min), budget ${row.budgetKB} KB${note}; zod adds ${kb(row.zod)}`,
  );
}
console.log(`size: zod alone (import { z } from 'zod'): ${kb(zodAlone.gzip)} gzip`);
console.log(`\n${table}\n`);
if (process.argv.includes('--json')) writeFileSync(join(root, '.tmp-size.json'), JSON.stringify(rows, null, 2));

if (writeReadme) {
  const readme = join(root, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const start = '<!-- size:start -->';
  const end = '<!-- size:end -->';
  const body = `${start}\n${table}\n\nzod itself (\`import { z } from 'zod'\`, 4.x) is ${kb(zodAlone.gzip)} min+gzip; an app that uses zod already pays it once. Measured by \`node scripts/size.mjs\` (esbuild, browser, minified, gzip -9, over the packed tarballs); every other export is checked against ${budgets.defaultBudgetKB['*']} KB (${Object.entries(
    budgets.defaultBudgetKB,
  )
    .filter(([k]) => k !== '*')
    .map(([k, v]) => `${v} KB in \`${k}\``)
    .join(', ')}). \"over (pending)\" is reported but does not fail CI (see scripts/size-budgets.json).\n${end}`;
  if (!text.includes(start)) throw new Error('README.md has no size markers');
  writeFileSync(readme, text.replace(new RegExp(`${start}[\\s\\S]*?${end}`), body));
}

rmSync(work, { recursive: true, force: true });
if (failures.length > 0) {
  console.error(
    `size: ${failures.length} import(s) over budget:\n  ${failures.map((r) => `${r.package} { ${r.import.join(', ')} }: ${kb(r.own.gzip)} > ${r.budgetKB} KB`).join('\n  ')}`,
  );
  process.exit(1);
}
console.log(`size: ${rows.length} imports within budget`);
