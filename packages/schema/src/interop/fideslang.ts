import { parse, stringify } from 'yaml';
import { legalBasesFor, type Collection } from '../collection.js';
import { parentOf } from '../data-category.js';
import type { LegalBasis } from '../legal-basis.js';
import type { PrivacyManifest } from '../manifest.js';
import { purposeLabel } from '../purpose.js';
import { CATEGORY_MAPPING, LEGAL_BASIS_MAPPING, PURPOSE_MAPPING, SUBJECT_MAPPING, type TermMapping } from './mapping.js';

/** One fides privacy declaration, as `toFideslang` writes it (fideslang's `PrivacyDeclaration` fields). */
export interface FidesPrivacyDeclaration {
  readonly name: string;
  readonly data_use: string;
  readonly data_categories: string[];
  readonly data_subjects: string[];
  readonly legal_basis_for_processing?: string;
  readonly data_shared_with_third_parties: boolean;
  readonly third_parties?: string;
}

/** What priv keeps in the system's `meta.priv`, so `fromFideslang` gives back exactly what was exported. */
interface PrivMeta {
  readonly declarations: { purpose: string; label: string; collections: { category: string; subjects: string[]; legalBases?: LegalBasis[] }[] }[];
}

const fidesOf = (table: Readonly<Record<string, TermMapping>>, key: string, fallback: string) => table[key]?.fides ?? fallback;
const snake = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '') || 'system';

/** The fides category of a priv category: its own mapping, else its nearest mapped ancestor's, else `user`. */
function fidesCategory(key: string): string {
  for (let k: string | undefined = key; k !== undefined; k = parentOf(k)) {
    const mapped = (CATEGORY_MAPPING as Record<string, TermMapping>)[k]?.fides;
    if (mapped) return mapped;
  }
  return 'user';
}

/**
 * The manifest as a fides system (fideslang YAML), with one privacy declaration per purpose: its
 * fides data use, the fides categories and subjects of the data collected for it, its lawful basis
 * (when the manifest states exactly one for that purpose), and whether recipients receive that data.
 * priv's own keys travel in the system's `meta.priv`, so {@link fromFideslang} restores them exactly;
 * without `meta` the import maps fides keys back (see `CATEGORY_MAPPING`).
 *
 * @param manifest - a validated manifest
 * @param options - `fidesKey` for the system (default: the controller's name in snake_case)
 * @returns fideslang YAML: `system: [ { fides_key, name, system_type, privacy_declarations, meta } ]`
 * @example
 * import { parseManifest, toFideslang } from '@priv/schema';
 *
 * const manifest = parseManifest({
 *   version: '1.0.0', effectiveDate: '2026-05-12', timeZone: 'Europe/Berlin',
 *   controller: { name: 'Example School' }, contact: { email: 'privacy@example.com' },
 *   purposes: [{ key: 'provide_service', description: 'Run the school.' }],
 *   collections: [{ category: 'user.contact.email', purposes: ['provide_service'], legalBases: ['contract'], source: 'data_subject', retention: ['after_deletion'] }],
 *   retention: [{ key: 'after_deletion', description: '30 days after deletion.', anchor: 'account_deleted', period: { days: 30 }, bound: 'maximum', action: 'delete' }],
 * });
 * const yaml = toFideslang(manifest);
 * yaml.includes('fides_key: example_school'); // true
 * yaml.includes('data_use: essential.service'); // true: provide_service is fides' essential.service
 */
export function toFideslang(manifest: PrivacyManifest, options: { readonly fidesKey?: string } = {}): string {
  const declarations: FidesPrivacyDeclaration[] = [];
  const meta: PrivMeta = { declarations: [] };
  for (const purpose of manifest.purposes) {
    const collections = manifest.collections.filter((c) => c.purposes.includes(purpose.key));
    if (collections.length === 0) continue;
    const bases = [...new Set(collections.flatMap((c) => legalBasesFor(c, purpose.key) ?? []))];
    const shared = manifest.recipients.filter((r) =>
      collections.some((c) => r.categories.some((k) => c.category === k || c.category.startsWith(`${k}.`) || k.startsWith(`${c.category}.`))),
    );
    declarations.push({
      name: purposeLabel(purpose),
      data_use: fidesOf(PURPOSE_MAPPING, purpose.key, 'essential.service'),
      data_categories: [...new Set(collections.map((c) => fidesCategory(c.category)))],
      data_subjects: [...new Set(collections.flatMap((c) => c.subjects.map((s) => fidesOf(SUBJECT_MAPPING, s, 'customer'))))],
      ...(bases.length === 1 ? { legal_basis_for_processing: LEGAL_BASIS_MAPPING[bases[0]!].fides! } : {}),
      data_shared_with_third_parties: shared.length > 0,
      ...(shared.length > 0 ? { third_parties: shared.map((r) => r.name).join(', ') } : {}),
    });
    meta.declarations.push({
      purpose: purpose.key,
      label: purposeLabel(purpose),
      collections: collections.map((c) => {
        const own = legalBasesFor(c, purpose.key);
        return { category: c.category, subjects: [...c.subjects], ...(own ? { legalBases: own } : {}) };
      }),
    });
  }
  const system = {
    fides_key: options.fidesKey ?? snake(manifest.controller.name),
    name: manifest.controller.name,
    ...(manifest.controller.legalName ? { legal_name: manifest.controller.legalName } : {}),
    system_type: 'Service',
    privacy_declarations: declarations,
    meta: { priv: meta },
  };
  return stringify({ system: [system] });
}

/** What {@link fromFideslang} read: purposes and collections to merge into a manifest, and what it had to approximate. */
export interface FideslangImport {
  readonly purposes: { key: string; label?: string; description: string }[];
  readonly collections: { category: string; purposes: string[]; subjects: string[]; legalBases?: Record<string, LegalBasis[]> }[];
  /** Each fides key that had no exact priv term, and what it became. */
  readonly approximations: { readonly fides: string; readonly priv: string }[];
}

function reverse(table: Readonly<Record<string, TermMapping>>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [priv, mapping] of Object.entries(table))
    if (mapping.fides && mapping.fidesMatch === 'equal' && !out.has(mapping.fides)) out.set(mapping.fides, priv);
  return out;
}

/** The priv term for a fides key: an equal mapping, else the nearest equal-mapped fides ancestor's. */
function backTo(key: string, table: Map<string, string>, approximations: { fides: string; priv: string }[], fallback: (key: string) => string): string {
  for (let k: string | undefined = key; k !== undefined; k = parentOf(k)) {
    const found = table.get(k);
    if (found) {
      if (k !== key) approximations.push({ fides: key, priv: found });
      return found;
    }
  }
  const made = fallback(key);
  approximations.push({ fides: key, priv: made });
  return made;
}

/**
 * Reads a fides system (fideslang YAML, as {@link toFideslang} writes or as fides exports) into priv
 * purposes and collections. With priv's `meta.priv` the original keys come back exactly; otherwise
 * each fides key maps back through the equal mappings, nearest ancestor first, and every key that
 * could not be matched exactly is listed in `approximations` (never silently). Throws `Error` with
 * a message for text that is not a fides system.
 *
 * @param yaml - fideslang YAML with `system: [ ... ]`
 * @returns purposes, collections and the approximations made
 * @throws Error when the text has no `system` list with privacy declarations
 * @example
 * import { fromFideslang, parseManifest, toFideslang } from '@priv/schema';
 *
 * const manifest = parseManifest({
 *   version: '1.0.0', effectiveDate: '2026-05-12', timeZone: 'Europe/Berlin',
 *   controller: { name: 'Example School' }, contact: { email: 'privacy@example.com' },
 *   purposes: [{ key: 'provide_service', description: 'Run the school.' }],
 *   collections: [{ category: 'user.contact.email', purposes: ['provide_service'], legalBases: ['contract'], source: 'data_subject', retention: ['after_deletion'] }],
 *   retention: [{ key: 'after_deletion', description: '30 days after deletion.', anchor: 'account_deleted', period: { days: 30 }, bound: 'maximum', action: 'delete' }],
 * });
 * const back = fromFideslang(toFideslang(manifest));
 * back.collections.map((c) => c.category); // ['user.contact.email']
 * back.approximations; // []
 */
export function fromFideslang(yaml: string): FideslangImport {
  const doc = parse(yaml, { maxAliasCount: 100 }) as { system?: { privacy_declarations?: FidesPrivacyDeclaration[]; meta?: { priv?: PrivMeta } }[] } | null;
  const system = doc?.system?.[0];
  if (!system || !Array.isArray(system.privacy_declarations)) throw new Error('Expected fideslang YAML with "system: [ { privacy_declarations: [...] } ]"');
  const purposes: FideslangImport['purposes'] = [];
  const byCategory = new Map<string, FideslangImport['collections'][number]>();
  const add = (category: string, purpose: string, subjects: string[], bases: LegalBasis[] | undefined) => {
    const c = byCategory.get(category) ?? { category, purposes: [], subjects: [] };
    if (!c.purposes.includes(purpose)) c.purposes.push(purpose);
    for (const s of subjects) if (!c.subjects.includes(s)) c.subjects.push(s);
    if (bases) c.legalBases = { ...c.legalBases, [purpose]: bases };
    byCategory.set(category, c);
  };
  const approximations: { fides: string; priv: string }[] = [];
  const meta = system.meta?.priv;
  if (meta && Array.isArray(meta.declarations)) {
    for (const d of meta.declarations) {
      purposes.push({ key: d.purpose, ...(d.purpose in PURPOSE_MAPPING ? {} : { label: d.label }), description: d.label });
      for (const c of d.collections) add(c.category, d.purpose, c.subjects, c.legalBases);
    }
  } else {
    const uses = reverse(PURPOSE_MAPPING);
    const categories = reverse(CATEGORY_MAPPING);
    const subjects = reverse(SUBJECT_MAPPING);
    const bases = new Map(Object.entries(LEGAL_BASIS_MAPPING).map(([priv, m]) => [m.fides!, priv as LegalBasis]));
    const custom = (key: string) => `x_${key.replace(/[^a-z0-9]+/g, '_')}`;
    for (const d of system.privacy_declarations) {
      const purpose = backTo(d.data_use, uses, approximations, custom);
      if (!purposes.some((p) => p.key === purpose))
        purposes.push({ key: purpose, ...(purpose.startsWith('x_') ? { label: d.name } : {}), description: d.name });
      const basis = d.legal_basis_for_processing ? bases.get(d.legal_basis_for_processing) : undefined;
      const people = (d.data_subjects ?? []).map((s) => backTo(s, subjects, approximations, custom));
      for (const category of d.data_categories ?? [])
        add(
          backTo(category, categories, approximations, () => 'user'),
          purpose,
          people.length > 0 ? people : ['user'],
          basis ? [basis] : undefined,
        );
    }
  }
  return { purposes, collections: [...byCategory.values()], approximations };
}

/**
 * The collections of a manifest in the shape {@link fromFideslang} returns, for comparing round trips.
 *
 * @param collections - a validated manifest's collections
 * @returns category, purposes, subjects and the lawful bases known per purpose of each
 * @example
 * import { collectionsForComparison, parseManifest } from '@priv/schema';
 *
 * const manifest = parseManifest({
 *   version: '1.0.0', effectiveDate: '2026-05-12', timeZone: 'Europe/Berlin',
 *   controller: { name: 'Example School' }, contact: { email: 'privacy@example.com' },
 *   purposes: [{ key: 'provide_service', description: 'Run the school.' }],
 *   collections: [{ category: 'user.contact.email', purposes: ['provide_service'], legalBases: ['contract'], source: 'data_subject', retention: ['after_deletion'] }],
 *   retention: [{ key: 'after_deletion', description: '30 days after deletion.', anchor: 'account_deleted', period: { days: 30 }, bound: 'maximum', action: 'delete' }],
 * });
 * collectionsForComparison(manifest.collections)[0]?.legalBases; // { provide_service: ['contract'] }
 */
export function collectionsForComparison(collections: readonly Collection[]): FideslangImport['collections'] {
  return collections.map((c) => {
    const bases = Object.fromEntries(
      c.purposes.flatMap((p) => {
        const b = legalBasesFor(c, p);
        return b ? [[p, b]] : [];
      }),
    );
    return { category: c.category, purposes: [...c.purposes], subjects: [...c.subjects], ...(Object.keys(bases).length > 0 ? { legalBases: bases } : {}) };
  });
}
