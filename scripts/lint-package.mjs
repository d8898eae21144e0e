#!/usr/bin/env node
// Lints one built package (run from its folder): publint, arethetypeswrong, and checks of what the
// tarball holds and what its code imports:
//  - the built modules import nothing but the package's declared dependencies and peers (so no Node
//    built-ins: the packages must run in browsers and edge runtimes too);
//  - every declared dependency and peer is imported by some built module or its types (no unused
//    dependency: a peer used for types only, like zod in @priv/retention, is still needed);
//  - the tarball has LICENSE, README.md and dist/index.{js,cjs,d.ts,d.cts}; package.json names a
//    repository, homepage and bugs, and has a `prepack` that builds;
//  - a built file has at most one sourceMappingURL line, and only to a map the tarball ships;
//  - no bare `import "dependency"` is left in a built module (esbuild warns every consumer about it).
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const bin = (name) => join(import.meta.dirname, '..', 'node_modules', '.bin', name);
// Packing here must not rebuild: this runs after `build`.
const env = { ...process.env, npm_config_ignore_scripts: 'true' };
const run = (cmd, args, capture = false) => {
  const result = spawnSync(cmd, args, { stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', env, encoding: 'utf8' });
  if (result.status !== 0) {
    console.error(`${pkg.name}: ${cmd.split('/').pop()} ${args.join(' ')} failed`);
    process.exit(result.status ?? 1);
  }
  return result.stdout;
};

run(bin('publint'), ['--strict']);
run(bin('attw'), ['--pack', '.', '--profile', 'node16']);

const problems = [];
const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const imported = new Set();
const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
const built = walk('dist');
for (const file of built.filter((f) => /\.(c?js|d\.c?ts)$/.test(f))) {
  const code = readFileSync(file, 'utf8');
  const specifiers = [
    ...code.matchAll(/^\s*(?:import|export)\b[^;'"]*?\bfrom\s*["']([^"'$]+)["']/gm),
    ...code.matchAll(/^\s*import\s*["']([^"'$]+)["']/gm),
    ...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g),
    ...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
  ].map((m) => m[1]);
  for (const m of code.matchAll(/^import\s*["']([^."'][^"']*)["'];?$/gm)) {
    problems.push(`${file}: bare \`import "${m[1]}"\` (an import used only for types? write \`import type\`): bundlers warn about it`);
  }
  for (const spec of specifiers) {
    if (spec.startsWith('.')) continue;
    const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
    imported.add(name);
    if (builtins.has(spec) || builtins.has(name)) problems.push(`${file}: imports the Node built-in "${spec}"`);
    else if (!declared.has(name)) problems.push(`${file}: imports "${spec}", which is neither a dependency nor a peer`);
  }
}
for (const name of declared) if (!imported.has(name)) problems.push(`declares "${name}" but no built module imports it`);

const packed = JSON.parse(run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], true))[0].files.map((f) => f.path);
for (const file of ['LICENSE', 'README.md', 'package.json', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts']) {
  if (!packed.includes(file)) problems.push(`the tarball has no ${file}`);
}
for (const file of built.filter((f) => /\.(c?js|d\.c?ts)$/.test(f))) {
  const maps = [...readFileSync(file, 'utf8').matchAll(/^\/\/# sourceMappingURL=(.*)$/gm)].map((m) => m[1]);
  if (maps.length > 1) problems.push(`${file}: ${maps.length} sourceMappingURL lines`);
  for (const map of maps) {
    const target = relative('.', join(file, '..', map));
    if (!map.startsWith('data:') && !packed.includes(target)) problems.push(`${file}: sourceMappingURL points to ${map}, which the tarball does not ship`);
  }
}
if (!pkg.repository?.url || !pkg.homepage || !pkg.bugs?.url) problems.push('package.json needs repository, homepage and bugs');
if (!/prepack\.sh|\bbuild\b|tsup/.test(pkg.scripts?.prepack ?? '')) problems.push('package.json needs a `prepack` script that builds');
if (pkg.sideEffects !== false) problems.push('package.json needs "sideEffects": false');

if (problems.length > 0) {
  console.error(`${pkg.name}: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`${pkg.name}: publint, attw, imports, dependencies, tarball contents and metadata checks passed (${packed.length} files)`);
