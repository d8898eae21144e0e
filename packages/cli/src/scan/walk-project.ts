import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CliError } from '../cli-error.js';

/** What a scan does with a file. */
export type FileRole = 'source' | 'markup' | 'package_json' | 'lockfile' | 'config';

/** A file to scan: its path relative to the root (with `/`), and its role. */
export interface ProjectFile {
  readonly path: string;
  readonly absolute: string;
  readonly role: FileRole;
}

/** Folders never scanned: dependencies, build output, caches, version control. */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set([
  'node_modules',
  'bower_components',
  'jspm_packages',
  'vendor',
  'dist',
  'build',
  'out',
  'coverage',
  'target',
  'tmp',
  'temp',
]);

const SOURCE = new Set(['js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts', 'vue', 'svelte', 'astro']);
const MARKUP = new Set(['html', 'htm', 'ejs', 'hbs', 'handlebars', 'njk', 'liquid', 'php', 'erb']);
const LOCKFILES = new Set(['package-lock.json', 'npm-shrinkwrap.json', 'pnpm-lock.yaml', 'yarn.lock', 'bun.lock']);

/** The most files a scan visits; past it the scan stops with an error rather than run unbounded. */
export const MAX_PROJECT_FILES = 500_000;

/**
 * Whether a path (relative, with `/`) is a test, fixture, mock, story or end-to-end file, whose
 * imports do not show what ships.
 *
 * @param path - relative path
 * @returns `true` for test-like files
 * @example
 * isTestPath('src/__tests__/pay.test.ts'); // true
 * isTestPath('src/pay.ts'); // false
 */
export function isTestPath(path: string): boolean {
  return (
    /(^|\/)(__tests__|__mocks__|__fixtures__|tests?|specs?|e2e|fixtures?|mocks?|cypress|playwright|stories|storybook|examples?|benchmarks?|bench)\//i.test(
      path,
    ) || /\.(test|spec|stories|story|e2e|bench)\.[cm]?[jt]sx?$/i.test(path)
  );
}

function roleOf(name: string, configFiles: ReadonlySet<string>): FileRole | undefined {
  if (name === 'package.json') return 'package_json';
  if (LOCKFILES.has(name)) return 'lockfile';
  if (configFiles.has(name)) return 'config';
  if (name.endsWith('.d.ts') || name.endsWith('.d.mts') || name.endsWith('.d.cts')) return undefined;
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const ext = name.slice(dot + 1).toLowerCase();
  if (SOURCE.has(ext)) return name.includes('.min.') ? undefined : 'source';
  if (MARKUP.has(ext)) return 'markup';
  return undefined;
}

/**
 * The one-line error for a folder that cannot be listed.
 *
 * @param error - the file-system error
 * @param shown - the folder as the user sees it
 * @returns a {@link CliError} (exit 2)
 * @example
 * import { folderError } from './walk-project.js';
 *
 * folderError(Object.assign(new Error(), { code: 'EACCES' }), 'src').message; // 'src: permission denied (folder cannot be read)'
 */
export function folderError(error: unknown, shown: string): CliError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new CliError('not_found', shown, `${shown}: no such folder`);
  if (code === 'EACCES' || code === 'EPERM') return new CliError('unreadable', shown, `${shown}: permission denied (folder cannot be read)`);
  if (code === 'ELOOP') return new CliError('symlink_loop', shown, `${shown}: symbolic link loop`);
  if (code === 'ENOTDIR') return new CliError('not_a_file', shown, `${shown}: not a folder`);
  return new CliError('unreadable', shown, `${shown}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
}

/**
 * Lists the files of a project a scan reads, depth first in name order (so results are stable):
 * sources, markup, `package.json` files, lockfiles and vendor config files. Dot-folders and
 * {@link SKIPPED_FOLDERS} are skipped, and symbolic links are not followed (so a link loop cannot
 * trap the walk).
 *
 * @param root - absolute path of the folder
 * @param shown - the folder as the user typed it
 * @param configFiles - file names that are vendor config files (`vercel.json`)
 * @param onProgress - called every 1,000 files with the count so far
 * @returns the files
 * @throws {CliError} `not_found`, `not_a_file` (root is a file), `unreadable` (a folder that cannot be read, anywhere in the tree), `too_big` past {@link MAX_PROJECT_FILES}
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * import { mkdirSync } from 'node:fs';
 * import { walkProject } from '@priv/cli';
 *
 * const cwd = mkdtempSync(join(tmpdir(), 'priv-example-')); // a project folder; in the CLI: process.cwd()
 * const input = {
 *   version: '1.0.0', effectiveDate: '2026-05-12', timeZone: 'UTC', controller: { name: 'Example School' }, contact: { email: 'privacy@example.com' },
 *   purposes: [{ key: 'provide_service', description: 'Run the school.' }],
 *   collections: [{ category: 'user.contact.email', purposes: ['provide_service'], legalBases: ['contract'], source: 'data_subject', retention: ['after_deletion'] }],
 *   retention: [{ key: 'after_deletion', description: '30 days after deletion.', anchor: 'account_deleted', period: { days: 30 }, bound: 'maximum', action: 'delete' }],
 *   notice: { material: { advanceNotice: { days: 14 }, channels: ['email'] }, minor: { channels: ['page_update'] } },
 * };
 * writeFileSync(join(cwd, 'privacy.json'), JSON.stringify(input, null, 2));
 * mkdirSync(join(cwd, 'node_modules'));
 * writeFileSync(join(cwd, 'node_modules', 'skipped.js'), '');
 * writeFileSync(join(cwd, 'vercel.json'), '{}');
 * writeFileSync(join(cwd, 'app.ts'), 'export {};');
 * walkProject(cwd, '.', new Set(['vercel.json'])).map((f) => `${f.path} ${f.role}`).sort(); // ['app.ts source', 'vercel.json config']: node_modules skipped
 */
export function walkProject(root: string, shown: string, configFiles: ReadonlySet<string>, onProgress?: (count: number) => void): ProjectFile[] {
  try {
    if (!statSync(root).isDirectory()) throw new CliError('not_a_file', shown, `${shown}: not a folder`);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw folderError(error, shown);
  }
  const files: ProjectFile[] = [];
  const stack: string[] = [''];
  let seen = 0;
  while (stack.length > 0) {
    const relative = stack.pop() as string;
    const absolute = relative ? join(root, relative) : root;
    let entries;
    try {
      entries = readdirSync(absolute, { withFileTypes: true });
    } catch (error) {
      throw folderError(error, relative ? `${shown.replace(/\/$/, '')}/${relative}` : shown);
    }
    entries.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
    for (const entry of entries) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) stack.push(path);
        continue;
      }
      if (!entry.isFile()) continue;
      seen += 1;
      if (seen > MAX_PROJECT_FILES) throw new CliError('too_big', shown, `${shown}: more than ${MAX_PROJECT_FILES} files; scan a smaller folder`);
      if (onProgress && seen % 1_000 === 0) onProgress(seen);
      const role = roleOf(entry.name, configFiles);
      if (role) files.push({ path, absolute: join(absolute, entry.name), role });
    }
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return files;
}
