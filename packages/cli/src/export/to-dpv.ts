import {
  ancestorsOf,
  CATEGORY_MAPPING,
  LEGAL_BASIS_MAPPING,
  legalBasesFor,
  PURPOSE_MAPPING,
  purposeLabel,
  RIGHT_MAPPING,
  SUBJECT_MAPPING,
  type PrivacyManifest,
  type TermMapping,
} from '@priv/schema';

/** A JSON-LD node reference or a typed node standing for a term DPV has no IRI for. */
type DpvTerm = { readonly '@id': string } | { readonly '@type': string; readonly 'dct:title': string };

const CONTEXT = {
  dpv: 'https://w3id.org/dpv#',
  pd: 'https://w3id.org/dpv/pd#',
  'eu-gdpr': 'https://w3id.org/dpv/legal/eu/gdpr#',
  dct: 'http://purl.org/dc/terms/',
} as const;

const lookup = (table: Readonly<Record<string, TermMapping>>, key: string): string | undefined => (Object.hasOwn(table, key) ? table[key]?.dpv : undefined);

/** The DPV term of a data category: its own IRI, else the nearest ancestor's (a broader, still true, term), else a plain `dpv:PersonalData` node titled with priv's key. */
function categoryTerm(key: string): DpvTerm {
  for (const candidate of [key, ...ancestorsOf(key)]) {
    const iri = lookup(CATEGORY_MAPPING, candidate);
    if (iri) return { '@id': iri };
  }
  return { '@type': 'dpv:PersonalData', 'dct:title': key };
}

const termOr = (table: Readonly<Record<string, TermMapping>>, key: string, type: string): DpvTerm => {
  const iri = lookup(table, key);
  return iri ? { '@id': iri } : { '@type': type, 'dct:title': key };
};

const unique = (terms: readonly DpvTerm[]): DpvTerm[] => {
  const seen = new Map<string, DpvTerm>();
  for (const t of terms) seen.set(JSON.stringify(t), t);
  return [...seen.values()];
};

/**
 * The manifest as a W3C DPV 2.2 JSON-LD document: one `dpv:PersonalDataHandling` per declared
 * purpose that some collection uses, with its controller, personal data, data subjects and lawful bases (the DPV
 * core basis and the GDPR Art. 6(1) point), and the rights the policy grants (GDPR articles from
 * DPV's EU GDPR extension). Terms come from `@priv/schema`'s mappings only; a category without its
 * own DPV term is exported as its nearest mapped ancestor (broader, never narrower), and a term with
 * no DPV counterpart becomes a typed node (`dpv:Purpose`, `dpv:DataSubject`, `dpv:DataSubjectRight`,
 * `dpv:PersonalData`) titled with priv's key, so nothing is dropped and nothing is claimed.
 *
 * @param manifest - a validated manifest
 * @returns the JSON-LD document, pretty-printed, ending in one newline
 * @example
 * import { parseManifest } from '@priv/schema';
 * import { toDpvJsonLd } from '@priv/cli';
 *
 * const manifest = parseManifest({
 *   version: '1.0.0', effectiveDate: '2026-05-12', timeZone: 'UTC', controller: { name: 'Example School' }, contact: { email: 'privacy@example.com' },
 *   purposes: [{ key: 'provide_service', description: 'Run the school.' }],
 *   collections: [{ category: 'user.contact.email', purposes: ['provide_service'], legalBases: ['contract'], source: 'data_subject', retention: ['after_deletion'] }],
 *   retention: [{ key: 'after_deletion', description: '30 days after deletion.', anchor: 'account_deleted', period: { days: 30 }, bound: 'maximum', action: 'delete' }],
 * });
 * const doc = JSON.parse(toDpvJsonLd(manifest));
 * doc['@graph'][1]['@type']; // 'dpv:PersonalDataHandling' (the first node is the controller)
 */
export function toDpvJsonLd(manifest: PrivacyManifest): string {
  const controllerId = manifest.controller.website ?? `urn:priv:controller:${encodeURIComponent(manifest.controller.name)}`;
  const rights = unique(manifest.rights.map((r) => termOr(RIGHT_MAPPING, r.right, 'dpv:DataSubjectRight')));
  const handlings = manifest.purposes.flatMap((purpose) => {
    const collections = manifest.collections.filter((c) => c.purposes.includes(purpose.key));
    if (collections.length === 0) return [];
    const bases = [...new Set(collections.flatMap((c) => legalBasesFor(c, purpose.key) ?? []))];
    const purposeTerm = termOr(PURPOSE_MAPPING, purpose.key, 'dpv:Purpose');
    return [
      {
        '@type': 'dpv:PersonalDataHandling',
        'dct:identifier': purpose.key,
        'dct:title': purposeLabel(purpose),
        'dpv:hasDataController': { '@id': controllerId },
        'dpv:hasPurpose': 'dct:title' in purposeTerm ? { ...purposeTerm, 'dct:title': purposeLabel(purpose), 'dct:identifier': purpose.key } : purposeTerm,
        'dpv:hasPersonalData': unique(collections.map((c) => categoryTerm(c.category))),
        'dpv:hasDataSubject': unique(collections.flatMap((c) => c.subjects.map((s) => termOr(SUBJECT_MAPPING, s, 'dpv:DataSubject')))),
        ...(bases.length > 0
          ? { 'dpv:hasLegalBasis': bases.flatMap((b) => [{ '@id': LEGAL_BASIS_MAPPING[b].dpv! }, { '@id': LEGAL_BASIS_MAPPING[b].gdpr }]) }
          : {}),
        ...(rights.length > 0 ? { 'dpv:hasRight': rights } : {}),
      },
    ];
  });
  const controller = { '@id': controllerId, '@type': 'dpv:DataController', 'dct:title': manifest.controller.name };
  const doc = { '@context': CONTEXT, '@graph': [controller, ...handlings] };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
