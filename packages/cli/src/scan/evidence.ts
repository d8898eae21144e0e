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
 * import { mkdtempSync, writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * import { collectTraces, compareEvidence, shippedCatalog } from '@priv/cli';
 *
 * // A project that charges cards with Stripe, and a manifest that names no recipient.
 * const cwd = mkdtempSync(join(tmpdir(), 'priv-example-'));
 * const input = {
 *   version: '1.0.0', effectiveDate: '2026-05-12', timeZone: 'UTC', controller: { name: 'Example School' }, contact: { email: 'privacy@example.com' },
 *   purposes: [{ key: 'provide_service', description: 'Run the school.' }],
 *   collections: [{ category: 'user.contact.email', purposes: ['provide_service'], legalBases: ['contract'], source: 'data_subject', retention: ['after_deletion'] }],
 *   retention: [{ key: 'after_deletion', description: '30 days after deletion.', anchor: 'account_deleted', period: { days: 30 }, bound: 'maximum', action: 'delete' }],
 * };
 * writeFileSync(join(cwd, 'privacy.json'), JSON.stringify(input, null, 2));
 * writeFileSync(join(cwd, 'pay.ts'), "import Stripe from 'stripe';\nexport const stripe = new Stripe('sk_test');\n");
 * const traces = [...collectTraces(cwd, '.', shippedCatalog()).evidence];
 * traces.sort(compareEvidence); // stable order: by file, then position
 * traces[0]?.vendor; // 'stripe'
 */
export function compareEvidence(a: Evidence, b: Evidence): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}
