#!/usr/bin/env node
// Lints the built CLI package: publint and arethetypeswrong, like scripts/lint-package.mjs, and
// checks that the bundles import nothing but Node built-ins and declared dependencies. (The shared
// linter forbids Node built-ins because the libraries must run in browsers; the CLI runs on Node.)
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const bin = (name) => join(import.meta.dirname, '..', '..', '..', 'node_modules', '.bin', name);
const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`${pkg.name}: ${cmd.split('/').pop()} ${args.join(' ')} failed`);
    process.exit(result.status ?? 1);
  }
};

run(bin('publint'), ['--strict']);
run(bin('attw'), ['--pack', '.', '--profile', 'node16']);

const allowed = new Set(Object.keys(pkg.dependencies ?? {}));
const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const problems = [];
for (const file of readdirSync('dist').filter((f) => /\.(c?js)$/.test(f))) {
  const code = readFileSync(join('dist', file), 'utf8');
  if (file === 'bin.js' && !code.startsWith('#!/usr/bin/env node\n')) problems.push('bin.js: does not start with #!/usr/bin/env node');
  const specifiers = [
    ...code.matchAll(/^\s*(?:import|export)\b[^;'"]*?\bfrom\s*["']([^"'$]+)["']/gm),
    ...code.matchAll(/^\s*import\s*["']([^"'$]+)["']/gm),
    ...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g),
    ...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
  ].map((m) => m[1]);
  for (const spec of specifiers) {
    if (spec.startsWith('.')) continue;
    const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
    if (!builtins.has(spec) && !builtins.has(name) && !allowed.has(name)) problems.push(`${file}: imports "${spec}", which is not in dependencies`);
  }
}
if (problems.length > 0) {
  console.error(`${pkg.name}: ${problems.length} import problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`${pkg.name}: publint, attw and import checks passed`);
