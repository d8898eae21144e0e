import { existsSync } from 'node:fs';
import { extname, isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { safeParseManifest, type ManifestIssue, type PrivacyManifest } from '@priv/schema';
import { CliError } from '../cli-error.js';
import { readTextFile, realFile } from '../read-text-file.js';
import { gitShow, isGitRevisionSpec } from './git-show.js';
import { locatePath, parseJsonWithPositions, type PositionedJson, type TextPosition } from './json-position.js';

/** The manifest file `priv` reads when none is named. */
export const DEFAULT_MANIFEST = 'privacy.json';

const MODULE_EXTENSIONS = new Set(['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts', '.jsx', '.tsx']);

/** Options for reading a manifest. */
export interface ManifestReadOptions {
  /** The folder relative paths (and git) are resolved from. */
  readonly cwd: string;
  /** For a JS/TS module: the export that holds the manifest (default: `default`, then `manifest`, then the only one). */
  readonly exportName?: string;
}

/** A manifest argument read but not yet validated. */
export interface ManifestSource {
  /** What the user typed (for messages). */
  readonly shown: string;
  /** The value: parsed JSON, or the module's export. */
  readonly value: unknown;
  /** For JSON: where each value is, for line and column in messages. */
  readonly json?: PositionedJson;
}

/** One validation problem with its place in the file, when the file is JSON. */
export interface LocatedIssue extends ManifestIssue {
  readonly position?: TextPosition;
}

/** A valid manifest and where it came from. */
export interface LoadedManifest {
  readonly shown: string;
  readonly manifest: PrivacyManifest;
}

function fromJsonText(text: string, shown: string): ManifestSource {
  const json = parseJsonWithPositions(text);
  if ('message' in json) throw new CliError('invalid_json', shown, `${shown}:${json.line}:${json.column}: invalid JSON: ${json.message}`);
  return { shown, value: json.value, json };
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function pickExport(module: Record<string, unknown>, shown: string, exportName: string | undefined): unknown {
  const names = Object.keys(module).filter((k) => k !== '__esModule');
  if (exportName !== undefined) {
    if (!(exportName in module))
      throw new CliError('invalid_module', shown, `${shown}: has no export "${exportName}" (exports: ${names.join(', ') || 'none'})`);
    return module[exportName];
  }
  if (module.default !== undefined) return module.default;
  if (module.manifest !== undefined) return module.manifest;
  const manifests = names.map((name) => ({ name, result: safeParseManifest(module[name]) })).filter((c) => c.result.success);
  const first = manifests[0];
  if (!first)
    throw new CliError(
      'invalid_module',
      shown,
      `${shown}: exports no manifest (exports: ${names.join(', ') || 'none'}); export it as default or as "manifest"`,
    );
  const data = (c: (typeof manifests)[number]) => (c.result.success ? c.result.data : undefined);
  if (manifests.some((c) => !sameJson(data(c), data(first)))) {
    throw new CliError(
      'invalid_module',
      shown,
      `${shown}: exports several different manifests (${manifests.map((c) => c.name).join(', ')}); choose one with --export NAME`,
    );
  }
  return module[first.name];
}

async function fromModule(file: string, shown: string, cwd: string, exportName: string | undefined): Promise<ManifestSource> {
  const real = realFile(file, shown);
  const { createJiti } = await import('jiti');
  const jiti = createJiti(pathToFileURL(`${cwd}/`).href, { moduleCache: false, fsCache: false, interopDefault: false });
  let module: unknown;
  try {
    module = await jiti.import(real);
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new CliError('invalid_module', shown, `${shown}: the module could not be loaded: ${message}`);
  }
  if (module === null || typeof module !== 'object') throw new CliError('invalid_module', shown, `${shown}: the module exports no object`);
  return { shown, value: pickExport(module as Record<string, unknown>, shown, exportName) };
}

/**
 * Reads a manifest argument: a JSON file (any extension but a JS/TS one), a JS/TS module that
 * exports a manifest (loaded with jiti, so TypeScript needs no build step), or `REV:PATH`, a JSON
 * file as it was at a git revision.
 *
 * @param spec - the argument as typed (`privacy.json`, `privacy.ts`, `HEAD~1:privacy.json`)
 * @param options - the working folder and, for a module, the export to use
 * @returns the value, not yet validated, with JSON positions when it is JSON
 * @throws {CliError} for a missing, unreadable, binary or huge file, invalid JSON (with line and column), a module that fails to load or exports no manifest, or a failing `git show`
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * import { readManifestSource } from '@priv/cli';
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
 * const source = await readManifestSource('privacy.json', { cwd });
 * (source.value as { version: string }).version; // '1.0.0'
 */
export async function readManifestSource(spec: string, options: ManifestReadOptions): Promise<ManifestSource> {
  const file = isAbsolute(spec) ? spec : resolve(options.cwd, spec);
  if (!existsSync(file) && isGitRevisionSpec(spec)) {
    if (MODULE_EXTENSIONS.has(extname(spec))) throw new CliError('usage', spec, `${spec}: a git revision must name a JSON manifest, not a module`);
    return fromJsonText(gitShow(spec, options.cwd), spec);
  }
  if (MODULE_EXTENSIONS.has(extname(file).toLowerCase())) return fromModule(file, spec, options.cwd, options.exportName);
  return fromJsonText(readTextFile(file, spec), spec);
}

/**
 * Validates a manifest source and places each problem in the file (line and column for JSON).
 *
 * @param source - from {@link readManifestSource}
 * @returns the manifest, or every problem with its path and position
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * import { locateIssues, readManifestSource } from '@priv/cli';
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
 * writeFileSync(join(cwd, 'privacy.json'), JSON.stringify({ ...input, timeZone: 'europe/berlin' }, null, 2));
 * const checked = locateIssues(await readManifestSource('privacy.json', { cwd }));
 * if (!checked.manifest) checked.issues.forEach((i) => console.log(i.pathText, i.position?.line)); // timeZone 4
 * checked.issues[0]?.pathText; // 'timeZone'
 * checked.issues[0]?.position?.line; // 4
 */
export function locateIssues(source: ManifestSource): { manifest?: PrivacyManifest; issues: readonly LocatedIssue[] } {
  const result = safeParseManifest(source.value);
  if (result.success) return { manifest: result.data, issues: [] };
  const issues = result.error.issues.map((issue) => {
    const position = source.json ? locatePath(source.json, issue.path) : undefined;
    return position ? { ...issue, position } : issue;
  });
  return { issues };
}

/**
 * Formats one located issue on one line: `privacy.json:12:7: recipients[2].key: message (code)`.
 *
 * @param shown - the file name to show
 * @param issue - the problem
 * @returns the line
 * @example
 * formatIssue('privacy.json', { code: 'invalid_type', path: ['version'], pathText: 'version', message: 'Expected string', position: { line: 2, column: 3 } });
 * // 'privacy.json:2:3: version: Expected string (invalid_type)'
 */
export function formatIssue(shown: string, issue: LocatedIssue): string {
  const where = issue.position ? `${shown}:${issue.position.line}:${issue.position.column}` : shown;
  return `${where}: ${issue.pathText}: ${issue.message} (${issue.code})`;
}

/**
 * Reads and validates a manifest argument in one step.
 *
 * @param spec - the argument as typed
 * @param options - as for {@link readManifestSource}
 * @returns the valid manifest
 * @throws {CliError} as {@link readManifestSource}, and `invalid_manifest` naming the first problem (and how many more)
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * import { loadManifest } from '@priv/cli';
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
 * const { manifest } = await loadManifest('privacy.json', { cwd });
 * manifest.controller.name; // 'Example School'
 */
export async function loadManifest(spec: string, options: ManifestReadOptions): Promise<LoadedManifest> {
  const source = await readManifestSource(spec, options);
  const { manifest, issues } = locateIssues(source);
  if (manifest) return { shown: spec, manifest };
  const first = issues[0] as LocatedIssue;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more; run priv validate ${spec})` : '';
  throw new CliError('invalid_manifest', spec, `${formatIssue(spec, first)}${more}`);
}
