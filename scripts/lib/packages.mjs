// Shared by the release scripts: which packages are published, and packing them the way npm would.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');
export const pnpm = join(root, 'scripts', 'pnpm.sh');

/** Every `packages/*` with a package.json that is not private, in dependency order (foundations first). */
export function publishedPackages() {
  const found = readdirSync(join(root, 'packages'))
    .filter((dir) => existsSync(join(root, 'packages', dir, 'package.json')))
    .map((dir) => ({ dir: join(root, 'packages', dir), pkg: JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')) }))
    .filter(({ pkg }) => !pkg.private);
  const names = new Set(found.map(({ pkg }) => pkg.name));
  const internal = ({ pkg }) => Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies }).filter((n) => names.has(n));
  const ordered = [];
  const placed = new Set();
  for (let round = 0; round <= found.length && ordered.length < found.length; round++) {
    for (const entry of found) {
      if (placed.has(entry.pkg.name) || !internal(entry).every((n) => placed.has(n))) continue;
      ordered.push(entry);
      placed.add(entry.pkg.name);
    }
  }
  if (ordered.length < found.length) throw new Error('packages depend on each other in a cycle');
  return ordered;
}

/** Runs a command; on failure prints its output and exits. Returns stdout. */
export function run(cmd, args, cwd, { env, label = 'priv' } = {}) {
  const result = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', env: env ?? process.env, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    console.error(`${label}: ${cmd} ${args.join(' ')} (in ${cwd}) failed:\n${result.stdout}\n${result.stderr}`);
    process.exit(1);
  }
  return result.stdout;
}

/** Packs a package with pnpm (workspace ranges rewritten as on publish) and returns the tarball path. */
export function pack({ dir, pkg }, destination, label) {
  mkdirSync(destination, { recursive: true });
  run('bash', [pnpm, 'pack', '--pack-destination', destination], dir, { label });
  const prefix = `${pkg.name.replace('@', '').replace('/', '-')}-${pkg.version}.tgz`;
  const file = readdirSync(destination).find((f) => f === prefix);
  if (!file) throw new Error(`${pkg.name}: pnpm pack wrote no ${prefix}`);
  return join(destination, file);
}
