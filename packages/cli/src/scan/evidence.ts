import type { ResolvedSdk } from './catalog.js';

/** How a vendor shows up in a project. */
export type EvidenceVia =
  | 'import'
  | 'export'
  | 'dynamic_import'
  | 'require'
  | 'dependency'
  | 'optional_dependency'
  | 'peer_dependency'
  | 'dev_dependency'
  | 'lockfile'
  | 'script_url'
  | 'config_file';

/** One trace of a vendor in a project, with its place (path relative to the scanned folder, `/` separators). */
export interface Evidence {
  readonly vendor: string;
  /** The npm package, for SDK evidence. */
  readonly package?: string;
  /** The host, for a script URL or endpoint. */
  readonly host?: string;
  readonly sdk?: ResolvedSdk;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly via: EvidenceVia;
}

const WEAK: ReadonlySet<EvidenceVia> = new Set(['dev_dependency', 'lockfile']);

/**
 * Whether a trace shows the vendor is used by what ships: imports, runtime dependencies, script
 * URLs and config files do; a dev dependency or a lockfile entry (often transitive) alone does not.
 *
 * @param evidence - a trace
 * @returns `true` for shipping evidence
 * @example
 * isShipping({ vendor: 'stripe', file: 'package.json', line: 5, column: 5, via: 'dependency' }); // true
 */
export function isShipping(evidence: Evidence): boolean {
  return !WEAK.has(evidence.via);
}

/**
 * Orders traces by file, line and column.
 *
 * @param a - one trace
 * @param b - another
 * @returns negative, zero or positive
 * @example
 * traces.sort(compareEvidence);
 */
export function compareEvidence(a: Evidence, b: Evidence): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}
