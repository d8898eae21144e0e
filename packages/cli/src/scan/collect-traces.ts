import { readFileSync } from 'node:fs';
import { CliError } from '../cli-error.js';
import { describeFsError } from '../read-text-file.js';
import type { CatalogIndex } from './catalog.js';
import { compareEvidence, type Evidence } from './evidence.js';
import { extractImports, packageOf } from './extract-imports.js';
import { lineIndex } from './line-index.js';
import { readLockfile, readPackageJson } from './read-dependencies.js';
import { isTestPath, walkProject, type ProjectFile } from './walk-project.js';

/** The package whose calls keep a redaction promise. */
export const REDACT_PACKAGE = '@priv/redact';

/** The largest source file read; bigger ones are almost always bundles and are counted as skipped. */
export const MAX_SOURCE_BYTES = 2_000_000;

/** Options for {@link collectTraces}. */
export interface CollectOptions {
  /** Count test files, fixtures, mocks and stories too (default: no). */
  readonly includeTests?: boolean;
  /** Called with a count of files read, now and then (for a progress line). */
  readonly onProgress?: (filesRead: number, filesTotal: number) => void;
}

/** Every trace of a catalog vendor in a project, and the counts a report shows. */
export interface ProjectTraces {
  readonly evidence: readonly Evidence[];
  /** Where the project imports `@priv/redact`. */
  readonly redactImports: readonly { readonly file: string; readonly line: number; readonly column: number }[];
  readonly filesScanned: number;
  readonly sourceFiles: number;
  /** Sources that name a catalog SDK or `@priv/redact` in a string literal, and so were parsed. */
  readonly parsedFiles: number;
  readonly testFilesIgnored: number;
  /** Files over {@link MAX_SOURCE_BYTES}, not read. */
  readonly skippedLarge: readonly string[];
  /** Files the parser met syntax errors in (their readable imports still count). */
  readonly parseErrorFiles: readonly string[];
  /** `package.json` files that are not valid JSON. */
  readonly invalidPackageJson: readonly string[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function hostMatcher(catalog: CatalogIndex): { pattern: RegExp; vendorOf: Map<string, string> } {
  const vendorOf = new Map<string, string>();
  for (const vendor of catalog.catalog.vendors) for (const host of vendor.hosts) vendorOf.set(host, vendor.id);
  const hosts = [...vendorOf.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return { pattern: new RegExp(`(?<![\\w.-])(${hosts.join('|')})(?![\\w-])`, 'g'), vendorOf };
}

const BARE_LITERAL = /["'`](@[a-z0-9][\w.-]*\/[\w.-]+|[a-z0-9][\w.-]*)/gi;

/**
 * Whether a text has a string literal that names a catalog SDK or `@priv/redact`. A file without
 * one cannot import either, so the parser (the judge of what really is an import) is spared for it;
 * this is what keeps a 10,000-file scan within seconds.
 *
 * @param text - a source file's text
 * @param catalog - the vendor catalog
 * @returns `true` when the file needs parsing
 * @example
 * mentionsCatalogPackage("import x from './x'; const s = 'react';", shippedCatalog()); // false
 * mentionsCatalogPackage("import Stripe from 'stripe';", shippedCatalog()); // true
 */
export function mentionsCatalogPackage(text: string, catalog: CatalogIndex): boolean {
  BARE_LITERAL.lastIndex = 0;
  for (let match = BARE_LITERAL.exec(text); match; match = BARE_LITERAL.exec(text)) {
    const name = match[1] as string;
    if (name === REDACT_PACKAGE || catalog.sdkFor(name)) return true;
  }
  return false;
}

function read(file: ProjectFile): string {
  try {
    return readFileSync(file.absolute, 'utf8');
  } catch (error) {
    const described = describeFsError(error, file.path);
    throw new CliError(described.code, file.path, described.message);
  }
}

/**
 * Walks a project and collects every trace of a catalog vendor: imports, requires and dynamic
 * imports (parsed, type-only ones left out), `package.json` dependencies, lockfile entries, script
 * URLs and vendor config files, each with file, line and column; and where `@priv/redact` is
 * imported.
 *
 * @param root - absolute path of the project folder
 * @param shown - the folder as typed
 * @param catalog - the vendor catalog
 * @param options - tests included or not, progress callback
 * @returns the traces and counts
 * @throws {CliError} for a folder or file that cannot be read (exit 2)
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * import { collectTraces, shippedCatalog } from '@priv/cli';
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
 * writeFileSync(join(cwd, 'pay.ts'), "import Stripe from 'stripe';\nexport const stripe = new Stripe('sk_test');\n");
 * const traces = collectTraces(cwd, '.', shippedCatalog());
 * traces.evidence.some((e) => e.vendor === 'stripe'); // true
 */
export function collectTraces(root: string, shown: string, catalog: CatalogIndex, options: CollectOptions = {}): ProjectTraces {
  const configFiles = new Map<string, string>();
  for (const vendor of catalog.catalog.vendors) for (const name of vendor.configFiles) configFiles.set(name, vendor.id);
  const files = walkProject(root, shown, new Set(configFiles.keys()), options.onProgress ? (n) => options.onProgress?.(0, n) : undefined);
  const hosts = hostMatcher(catalog);
  const evidence: Evidence[] = [];
  const redactImports: { file: string; line: number; column: number }[] = [];
  const skippedLarge: string[] = [];
  const parseErrorFiles: string[] = [];
  const invalidPackageJson: string[] = [];
  let sourceFiles = 0;
  let parsedFiles = 0;
  let testFilesIgnored = 0;
  let done = 0;
  for (const file of files) {
    done += 1;
    if (options.onProgress && done % 250 === 0) options.onProgress(done, files.length);
    if (!options.includeTests && isTestPath(file.path)) {
      testFilesIgnored += 1;
      continue;
    }
    if (file.role === 'config') {
      const name = file.path.slice(file.path.lastIndexOf('/') + 1);
      evidence.push({ vendor: configFiles.get(name) as string, file: file.path, line: 1, column: 1, via: 'config_file' });
      continue;
    }
    const text = read(file);
    if (text.length > MAX_SOURCE_BYTES) {
      skippedLarge.push(file.path);
      continue;
    }
    if (file.role === 'package_json') {
      const found = readPackageJson(file.path, text, catalog);
      if (found) evidence.push(...found);
      else invalidPackageJson.push(file.path);
      continue;
    }
    if (file.role === 'lockfile') {
      evidence.push(...readLockfile(file.path, text, catalog));
      continue;
    }
    let at: ReturnType<typeof lineIndex> | undefined;
    const position = (offset: number) => (at ??= lineIndex(text))(offset);
    if (file.role === 'source') sourceFiles += 1;
    if (file.role === 'source' && mentionsCatalogPackage(text, catalog)) {
      parsedFiles += 1;
      const { imports, parseErrors } = extractImports(file.path, text);
      if (parseErrors > 0) parseErrorFiles.push(file.path);
      for (const ref of imports) {
        const name = packageOf(ref.specifier);
        if (!name) continue;
        if (name === REDACT_PACKAGE) {
          redactImports.push({ file: file.path, ...position(ref.offset) });
          continue;
        }
        const sdk = catalog.sdkFor(name);
        if (sdk) evidence.push({ vendor: sdk.vendor.id, package: name, sdk, file: file.path, ...position(ref.offset), via: ref.via });
      }
    }
    const seenHosts = new Set<string>();
    hosts.pattern.lastIndex = 0;
    for (const match of text.matchAll(hosts.pattern)) {
      const host = match[1] as string;
      const vendor = hosts.vendorOf.get(host) as string;
      if (seenHosts.has(vendor)) continue;
      seenHosts.add(vendor);
      evidence.push({ vendor, host, file: file.path, ...position(match.index ?? 0), via: 'script_url' });
    }
  }
  evidence.sort(compareEvidence);
  return { evidence, redactImports, filesScanned: files.length, sourceFiles, parsedFiles, testFilesIgnored, skippedLarge, parseErrorFiles, invalidPackageJson };
}
