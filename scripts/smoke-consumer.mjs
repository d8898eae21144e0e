#!/usr/bin/env node
// Consumer smoke test: packs every publishable package with pnpm, installs the tarballs into a
// temporary project OUTSIDE the workspace, and checks each package from ESM (import), from CJS
// (require), and from TypeScript under moduleResolution "bundler" and "node16".
// A package that only works inside the workspace fails here.
// zod is a peer: the app installs the zod it is given (`--zod 4.0.0`; default: the workspace's), so
// CI runs this on the oldest and the newest zod 4 of the peer range (scripts/test.sh).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const pnpm = join(root, 'scripts', 'pnpm.sh');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

function run(cmd, args, cwd) {
  const result = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) {
    console.error(`smoke: ${cmd} ${args.join(' ')} (in ${cwd}) failed:\n${result.stdout}\n${result.stderr}`);
    process.exit(1);
  }
  return result.stdout;
}

const zodArg = process.argv.indexOf('--zod');
const zodVersion =
  zodArg === -1
    ? JSON.parse(readFileSync(join(root, 'node_modules', '.pnpm', 'node_modules', 'zod', 'package.json'), 'utf8')).version
    : process.argv[zodArg + 1];
// Packing must not rebuild (this runs after the build; the registry release test runs prepack).
process.env.npm_config_ignore_scripts = 'true';

const packages = readdirSync(join(root, 'packages'))
  .map((dir) => ({ dir: join(root, 'packages', dir), pkg: JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')) }))
  .filter(({ pkg }) => !pkg.private);

const work = mkdtempSync(join(tmpdir(), 'priv-smoke-'));
const tarballs = join(work, 'tarballs');
mkdirSync(tarballs);
const files = {};
for (const { dir, pkg } of packages) {
  run('bash', [pnpm, 'pack', '--pack-destination', tarballs], dir);
  const file = readdirSync(tarballs).find((f) => f.startsWith(pkg.name.replace('@', '').replace('/', '-') + '-'));
  files[pkg.name] = join(tarballs, file);
}

const app = join(work, 'app');
mkdirSync(app);
const fileDeps = Object.fromEntries(Object.entries(files).map(([name, file]) => [name, `file:${file}`]));
writeFileSync(
  join(app, 'package.json'),
  JSON.stringify({ name: 'priv-smoke-app', private: true, dependencies: { ...fileDeps, zod: zodVersion }, overrides: fileDeps }, null, 2),
);
run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], app);

const names = Object.keys(files);
const installedZod = JSON.parse(readFileSync(join(app, 'node_modules', 'zod', 'package.json'), 'utf8')).version;
if (installedZod !== zodVersion) throw new Error(`smoke: asked for zod ${zodVersion}, npm installed ${installedZod}`);
for (const name of names) {
  const nested = join(app, 'node_modules', ...name.split('/'), 'node_modules', 'zod');
  if (
    readdirSync(join(app, 'node_modules', ...name.split('/'))).includes('node_modules') &&
    readdirSync(join(app, 'node_modules', ...name.split('/'), 'node_modules')).includes('zod')
  ) {
    throw new Error(`smoke: ${name} got its own zod (${nested}): zod must be a peer, one copy per app`);
  }
}
console.log(`smoke: zod ${installedZod}, one copy`);
writeFileSync(
  join(app, 'check.mjs'),
  `import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
for (const name of ${JSON.stringify(names)}) {
  const esm = await import(name);
  const cjs = require(name);
  const esmKeys = Object.keys(esm).filter((k) => k !== 'default').sort();
  const cjsKeys = Object.keys(cjs).sort();
  if (esmKeys.length === 0) throw new Error(name + ': ESM build exports nothing');
  if (JSON.stringify(esmKeys) !== JSON.stringify(cjsKeys)) throw new Error(name + ': ESM and CJS exports differ');
  console.log('smoke: ' + name + ' loads from ESM and CJS (' + esmKeys.length + ' exports)');
}
const { parseManifest, ManifestValidationError, PrivError } = require('@priv/schema');
// One error design: every exported error class extends PrivError (from the one @priv/schema).
// Not checked: @priv/calendar sits below @priv/schema in the graph (its CalendarError carries the same
// code/path/pathText itself), and @priv/cli is an application whose errors end as one line and an exit code.
for (const name of ${JSON.stringify(names.filter((n) => n !== '@priv/calendar' && n !== '@priv/cli'))}) {
  for (const [key, value] of Object.entries(require(name))) {
    if (typeof value === 'function' && value.prototype instanceof Error && value !== PrivError && !(value.prototype instanceof PrivError)) {
      throw new Error(name + ': ' + key + ' does not extend PrivError');
    }
  }
}
console.log('smoke: every exported error class extends PrivError');
try { parseManifest({ version: 1 }); throw new Error('parseManifest accepted a bad manifest'); }
catch (e) { if (!(e instanceof ManifestValidationError)) throw e; }
`,
);
console.log(run('node', ['check.mjs'], app).trimEnd());

// The CLI from the packed tarball, as `npx priv`: exit codes 0 (help) and 2 (missing manifest).
if (files['@priv/cli']) {
  run('npx', ['--no-install', 'priv', '--version'], app);
  const missing = spawnSync('npx', ['--no-install', 'priv', 'validate', 'missing.json'], { cwd: app, encoding: 'utf8' });
  if (missing.status !== 2 || missing.stderr.trim() !== 'priv: missing.json: no such file') {
    console.error(`smoke: npx priv validate missing.json: expected exit 2 and one line, got ${missing.status}:\n${missing.stderr}`);
    process.exit(1);
  }
  console.log('smoke: npx priv runs from the packed tarball');
}

// Type-check a consumer under both resolution modes, importing every package.
const source = [
  ...names.map((name, i) => `import * as pkg${i} from '${name}';`),
  `import { parseManifest, type PrivacyManifest, type ManifestIssue } from '@priv/schema';`,
  `export const loaded: object[] = [${names.map((_, i) => `pkg${i}`).join(', ')}];`,
  `export function check(input: unknown): PrivacyManifest { return parseManifest(input); }`,
  `export type Issue = ManifestIssue['pathText'];`,
].join('\n');
for (const [mode, module] of [
  ['bundler', 'esnext'],
  ['node16', 'node16'],
]) {
  const dir = join(app, `ts-${mode}`);
  mkdirSync(dir);
  writeFileSync(join(dir, mode === 'node16' ? 'index.mts' : 'index.ts'), source);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, module, moduleResolution: mode, target: 'es2022', skipLibCheck: false, types: [] },
      include: ['*.ts', '*.mts'],
    }),
  );
  run('node', [tsc, '-p', dir], app);
  // The same import through require() under node16 (a .cts file) resolves the .d.cts types.
  if (mode === 'node16') {
    writeFileSync(
      join(dir, 'index.cts'),
      names.map((n, i) => `import pkg${i} = require('${n}');`).join('\n') + `\nexport const n = [${names.map((_, i) => `pkg${i}`).join(', ')}].length;\n`,
    );
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, module, moduleResolution: mode, target: 'es2022', types: [] },
        include: ['*.mts', '*.cts'],
      }),
    );
    run('node', [tsc, '-p', dir], app);
  }
  console.log(`smoke: types check under moduleResolution ${mode}`);
}
rmSync(work, { recursive: true, force: true });
console.log(`smoke: ${names.length} packages work outside the workspace with zod ${installedZod}`);
