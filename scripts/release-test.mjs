#!/usr/bin/env node
// A real release, end to end, against a local registry: the way RELEASING.md says we release.
//  1. copies this checkout (tracked and new files, no build output) into a temporary git repository;
//  2. there: installs from the lockfile, `changeset version`, then `changeset publish` to Verdaccio
//     6.8 on 127.0.0.1 (storage in the temporary folder; started and stopped here). Nothing is
//     built beforehand: each package's `prepack` must build it;
//  3. a fresh consumer installs every published `@priv/*` package BY VERSION from that registry
//     (`@priv:registry`), zod (the oldest of the peer range, or --zod) and its tools from the real one;
//  4. it checks each tarball (LICENSE, no dist maps, one zod) and runs scripts/release/example.js as
//     ESM, as CJS, bundled for the browser with esbuild and run in Chromium, and in @edge-runtime/vm.
// Usage: node scripts/release-test.mjs [--zod 4.0.0] [--keep]
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publishedPackages, root, run } from './lib/packages.mjs';

const VERDACCIO = '6.8.0';
const EDGE_VM = '5.0.0';
const label = 'release';
const started = Date.now();
const arg = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const zodVersion = arg('--zod') ?? '4.0.0';
const esbuildVersion = JSON.parse(
  readFileSync(createRequire(createRequire(join(root, 'package.json')).resolve('tsup')).resolve('esbuild/package.json'), 'utf8'),
).version;
const log = (line) => console.log(`release: [${Math.round((Date.now() - started) / 1000)} s] ${line}`);

// Verdaccio is a tool, not a workspace dependency: installed once into .tools/, pinned.
const tools = join(root, '.tools', 'verdaccio');
const verdaccioBin = join(tools, 'node_modules', 'verdaccio', 'bin', 'verdaccio');
const installed = existsSync(join(tools, 'node_modules', 'verdaccio', 'package.json'))
  ? JSON.parse(readFileSync(join(tools, 'node_modules', 'verdaccio', 'package.json'), 'utf8')).version
  : null;
if (installed !== VERDACCIO) {
  log(`installing verdaccio@${VERDACCIO} into .tools/verdaccio (first run only)`);
  mkdirSync(tools, { recursive: true });
  run('npm', ['install', '--prefix', tools, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', `verdaccio@${VERDACCIO}`], root, { label });
}

const work = mkdtempSync(join(tmpdir(), 'priv-release-'));
let registry;
const cleanup = () => {
  if (registry && registry.exitCode === null) registry.kill('SIGTERM');
  if (!process.argv.includes('--keep')) rmSync(work, { recursive: true, force: true });
};
process.on('exit', cleanup);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
// Bounded: the whole test must finish in 20 minutes.
setTimeout(() => {
  console.error('release: gave up after 20 minutes');
  process.exit(1);
}, 20 * 60_000).unref();

// 1. A copy of the checkout, as a fresh clone would have it (plus uncommitted files).
const repo = join(work, 'repo');
mkdirSync(repo);
const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
  .stdout.split('\0')
  .filter(Boolean);
for (const file of listed) if (existsSync(join(root, file))) cpSync(join(root, file), join(repo, file), { recursive: true });
symlinkSync(join(root, '.tools'), join(repo, '.tools')); // the pinned pnpm, not installed again
const git = (...args) => run('git', ['-c', 'user.name=release-test', '-c', 'user.email=release-test@localhost', ...args], repo, { label });
git('init', '-q', '-b', 'main');
git('add', '-A');
git('commit', '-qm', 'snapshot for the release test');
run('bash', ['scripts/pnpm.sh', 'install', '--frozen-lockfile', '--prefer-offline', '--reporter=silent'], repo, { label });
log(`copied the checkout (${listed.length} files) and installed it`);

// 2. Versions from the changesets.
const pendingChangesets = readdirSync(join(repo, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md');
if (pendingChangesets.length === 0) throw new Error('release: no changesets to release');
run('bash', ['scripts/pnpm.sh', 'exec', 'changeset', 'version'], repo, { label });
const packages = publishedPackages().map(({ dir }) => {
  const copy = join(repo, 'packages', dir.split('/').pop());
  return { dir: copy, pkg: JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8')) };
});
for (const { pkg, dir } of packages) {
  if (pkg.version === '0.0.0') throw new Error(`release: changeset version left ${pkg.name} at 0.0.0`);
  if (!existsSync(join(dir, 'CHANGELOG.md'))) throw new Error(`release: changeset version wrote no CHANGELOG.md for ${pkg.name}`);
  if (existsSync(join(dir, 'dist'))) throw new Error(`release: ${pkg.name} has a dist/ before publishing; prepack is not tested`);
}
log(`changeset version: ${packages.map(({ pkg }) => `${pkg.name}@${pkg.version}`).join(', ')}`);

// 3. Verdaccio on loopback, storage here, @priv/* local only.
const port = await new Promise((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = server.address();
    server.close(() => resolve(free));
  });
});
const url = `http://127.0.0.1:${port}/`;
writeFileSync(
  join(work, 'verdaccio.yaml'),
  [
    `storage: ${join(work, 'storage')}`,
    'auth:',
    '  htpasswd:',
    `    file: ${join(work, 'htpasswd')}`,
    '    max_users: 1',
    'uplinks:',
    '  npmjs:',
    '    url: https://registry.npmjs.org/',
    'packages:',
    "  '@priv/*':",
    '    access: $all',
    '    publish: $authenticated',
    "  '**':",
    '    access: $all',
    '    proxy: npmjs',
    'server:',
    '  keepAliveTimeout: 0',
    'log: { type: stdout, format: pretty, level: warn }',
    '',
  ].join('\n'),
);
registry = spawn(process.execPath, [verdaccioBin, '--config', join(work, 'verdaccio.yaml'), '--listen', `127.0.0.1:${port}`], {
  stdio: ['ignore', 'pipe', 'pipe'],
});
let registryLog = '';
registry.stdout.on('data', (d) => (registryLog += d));
registry.stderr.on('data', (d) => (registryLog += d));
const walk = (dir, prefix = '') =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
const fail = (message) => {
  console.error(`release: ${message}\n--- verdaccio log ---\n${registryLog.slice(-4000)}`);
  process.exit(1);
};
for (let attempt = 0; ; attempt++) {
  if (attempt === 60) fail('verdaccio did not answer /-/ping within 30 s');
  if (registry.exitCode !== null) fail(`verdaccio exited with ${registry.exitCode}`);
  const ok = await fetch(`${url}-/ping`).then(
    (r) => r.ok,
    () => false,
  );
  if (ok) break;
  await new Promise((r) => setTimeout(r, 500));
}
const user = await fetch(`${url}-/user/org.couchdb.user:release`, {
  method: 'PUT',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ name: 'release', password: 'release-test-only', email: 'release@localhost' }),
}).then((r) => r.json());
if (!user.token) fail(`could not create a registry user: ${JSON.stringify(user)}`);
const host = `//127.0.0.1:${port}/`;
writeFileSync(join(repo, '.npmrc'), `registry=${url}\n${host}:_authToken=${user.token}\n`);
log(`verdaccio ${VERDACCIO} on ${url}`);

// 4. Publish. prepack builds every package (turbo, in dependency order).
const publishEnv = { ...process.env, npm_config_registry: url, NPM_CONFIG_USERCONFIG: join(repo, '.npmrc'), CI: '1' };
const published = run('bash', ['scripts/pnpm.sh', 'exec', 'changeset', 'publish'], repo, { label, env: publishEnv });
const publishedIntegrity = new Map();
for (const { pkg } of packages) {
  const meta = await fetch(`${url}${pkg.name.replace('/', '%2f')}`).then((r) => (r.ok ? r.json() : null));
  if (!meta?.versions?.[pkg.version]) fail(`${pkg.name}@${pkg.version} is not in the registry after changeset publish:\n${published}`);
  publishedIntegrity.set(pkg.name, meta.versions[pkg.version].dist?.integrity);
  const tags = run('git', ['tag', '--list', `${pkg.name}@${pkg.version}`], repo, { label }).trim();
  if (!tags) fail(`changeset publish made no git tag ${pkg.name}@${pkg.version}`);
}
log(`changeset publish: ${packages.length} packages in the registry, tagged`);

// 5. A fresh consumer, outside any workspace.
const app = join(work, 'consumer');
mkdirSync(app);
const dependencies = Object.fromEntries(packages.map(({ pkg }) => [pkg.name, pkg.version]));
writeFileSync(
  join(app, 'package.json'),
  JSON.stringify(
    {
      name: 'priv-release-consumer',
      private: true,
      type: 'module',
      dependencies: { ...dependencies, zod: zodVersion, esbuild: esbuildVersion, '@edge-runtime/vm': EDGE_VM },
    },
    null,
    2,
  ),
);
writeFileSync(join(app, '.npmrc'), `@priv:registry=${url}\n`);
run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--prefer-offline'], app, {
  label,
  env: { ...process.env, NPM_CONFIG_USERCONFIG: join(app, '.npmrc') },
});
const lock = JSON.parse(readFileSync(join(app, 'package-lock.json'), 'utf8'));
const zods = Object.keys(lock.packages).filter((p) => p.endsWith('node_modules/zod'));
if (zods.length !== 1 || lock.packages['node_modules/zod'].version !== zodVersion)
  fail(`expected one zod ${zodVersion}, got ${zods.map((p) => `${p}@${lock.packages[p].version}`).join(', ')}`);
for (const { pkg } of packages) {
  const entry = lock.packages[`node_modules/${pkg.name}`];
  // The tarball is proven by its integrity, which must be the one the local registry holds. npm may
  // leave `resolved` out of the lock when the tarball came from its content-addressed cache (the same
  // bytes published by an earlier run on another port); when it is there, it must point here.
  const expected = publishedIntegrity.get(pkg.name);
  const fromHere =
    entry?.version === pkg.version && expected && entry.integrity === expected && (entry.resolved === undefined || entry.resolved.startsWith(url));
  if (!fromHere) fail(`${pkg.name} did not come from the local registry at ${pkg.version} (registry integrity ${expected}): ${JSON.stringify(entry)}`);
  const dir = join(app, 'node_modules', ...pkg.name.split('/'));
  if (!existsSync(join(dir, 'LICENSE'))) fail(`${pkg.name}: the tarball has no LICENSE`);
  for (const file of walk(join(dir, 'dist')).filter((f) => /\.(c?js|map|d\.c?ts)$/.test(f))) {
    if (file.endsWith('.map')) fail(`${pkg.name}: the tarball ships ${file}`);
    const text = readFileSync(join(dir, 'dist', file), 'utf8');
    if (/sourceMappingURL/.test(text)) fail(`${pkg.name}: dist/${file} points to a source map that is not shipped`);
  }
}
log(`consumer installed ${packages.length} packages by version from the local registry, zod ${zodVersion} from npm (one copy), LICENSE in each`);

// 6. The example, four ways.
const example = readFileSync(join(root, 'scripts', 'release', 'example.js'), 'utf8');
const modules = { schema: '@priv/schema', retention: '@priv/retention', age: '@priv/age', redact: '@priv/redact' };
writeFileSync(join(app, 'example.js'), example);
writeFileSync(join(app, 'example.cjs'), `${example.replace('export function runExample', 'function runExample')}\nmodule.exports = { runExample };\n`);
const imports = Object.entries(modules)
  .map(([key, name]) => `import * as ${key} from '${name}';`)
  .join('\n');
const bag = `{ ${Object.keys(modules).join(', ')} }`;
writeFileSync(join(app, 'esm.js'), `${imports}\nimport { runExample } from './example.js';\nconsole.log(JSON.stringify(runExample(${bag})));\n`);
writeFileSync(
  join(app, 'cjs.cjs'),
  `${Object.entries(modules)
    .map(([key, name]) => `const ${key} = require('${name}');`)
    .join('\n')}\nconst { runExample } = require('./example.cjs');\nconsole.log(JSON.stringify(runExample(${bag})));\n`,
);
writeFileSync(
  join(app, 'browser.js'),
  `${imports}\nimport { runExample } from './example.js';\nglobalThis.__privResult = JSON.stringify(runExample(${bag}));\n`,
);

const expected = (out, how) => {
  const result = JSON.parse(out.trim().split('\n').pop());
  if (result.text !== 'mail me at [EMAIL_1] or call [PHONE_1]') fail(`${how}: unexpected result ${out}`);
  log(`example ran as ${how}: ${JSON.stringify(result)}`);
};
expected(run('node', ['esm.js'], app, { label }), 'ESM (node)');
expected(run('node', ['cjs.cjs'], app, { label }), 'CJS (node)');

const esbuild = createRequire(join(app, 'package.json'))('esbuild');
const bundle = await esbuild.build({
  entryPoints: [join(app, 'browser.js')],
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  logLevel: 'silent',
});
const code = bundle.outputFiles[0].text;
// A require call with a module name, or an import of a Node built-in, left in the bundle (the words
// 'require(' or 'node:' inside a string of a bundled dependency are not one).
if (/(?<![\w.$])require\(\s*["'`]|(?:from|import\()\s*["'`]node:/.test(code)) fail('the browser bundle still needs require() or a Node built-in');
log(`browser bundle (esbuild ${esbuildVersion}, iife, minified): ${(code.length / 1024).toFixed(1)} KB`);

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromiumPath)) fail(`no Chromium at ${chromiumPath} (apps/demo/scripts/e2e.sh installs Debian's; run it first or set CHROMIUM_PATH)`);
const { chromium } = createRequire(join(root, 'apps', 'demo', 'package.json'))('playwright-core');
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  timeout: 60_000,
});
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setContent('<!doctype html><title>priv</title>');
  await page.addScriptTag({ content: code });
  const result = await page.evaluate(() => globalThis.__privResult ?? null);
  if (!result) fail(`the bundle did not run in Chromium: ${errors.join('; ')}`);
  expected(result, 'a browser bundle in Chromium');
} finally {
  await browser.close();
}

const { EdgeVM } = createRequire(join(app, 'package.json'))('@edge-runtime/vm');
const edge = new EdgeVM();
edge.evaluate(code);
expected(edge.evaluate('globalThis.__privResult'), `@edge-runtime/vm ${EDGE_VM}`);

log('passed');
registry.kill('SIGTERM');
process.exit(0);
