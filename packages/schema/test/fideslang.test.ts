import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_DATA_SUBJECTS,
  BUILT_IN_RIGHTS,
  CATEGORY_MAPPING,
  collectionsForComparison,
  FIDESLANG_DATA_CATEGORIES,
  FIDESLANG_DATA_SUBJECTS,
  FIDESLANG_DATA_USES,
  FIDESLANG_LEGAL_BASES,
  fromFideslang,
  LEGAL_BASIS_MAPPING,
  parseManifest,
  PURPOSE_MAPPING,
  RIGHT_MAPPING,
  SUBJECT_MAPPING,
  toFideslang,
  BUILT_IN_DATA_CATEGORIES,
  BUILT_IN_PURPOSES,
} from '../src/index.js';
import { validInput } from './fixture.js';

const sorted = (cs: ReturnType<typeof collectionsForComparison>) =>
  cs.map((c) => ({ ...c, purposes: [...c.purposes].sort(), subjects: [...c.subjects].sort() })).sort((a, b) => a.category.localeCompare(b.category));

const manifest = parseManifest({
  ...validInput(),
  purposes: [
    { key: 'provide_service', description: 'Run the school.' },
    { key: 'billing', description: 'Take payments.' },
    { key: 'x_research', label: 'Research', description: 'Study how people learn.' },
  ],
  collections: [
    {
      category: 'user.contact.email',
      purposes: ['provide_service', 'billing'],
      legalBases: { provide_service: ['contract'], billing: ['legal_obligation'] },
      retention: ['after_deletion'],
    },
    { category: 'user.financial.transaction', purposes: ['billing'], legalBases: ['legal_obligation'], retention: ['tax'] },
    { category: 'user.behavior.learning_progress', purposes: ['provide_service', 'x_research'], subjects: ['student', 'minor'], retention: ['after_deletion'] },
  ],
});

describe("the mapping is checked against fideslang's published taxonomy", () => {
  it('maps every built-in category, purpose, subject, lawful basis and right', () => {
    expect(Object.keys(CATEGORY_MAPPING).sort()).toEqual(BUILT_IN_DATA_CATEGORIES.map((c) => c.key).sort());
    expect(Object.keys(PURPOSE_MAPPING).sort()).toEqual(Object.keys(BUILT_IN_PURPOSES).sort());
    expect(Object.keys(SUBJECT_MAPPING).sort()).toEqual([...BUILT_IN_DATA_SUBJECTS].sort());
    expect(Object.keys(RIGHT_MAPPING).sort()).toEqual([...BUILT_IN_RIGHTS].sort());
  });

  it('uses only keys fideslang defines', () => {
    for (const m of Object.values(CATEGORY_MAPPING)) if (m.fides) expect(FIDESLANG_DATA_CATEGORIES).toContain(m.fides);
    for (const m of Object.values(PURPOSE_MAPPING)) if (m.fides) expect(FIDESLANG_DATA_USES).toContain(m.fides);
    for (const m of Object.values(SUBJECT_MAPPING)) if (m.fides) expect(FIDESLANG_DATA_SUBJECTS).toContain(m.fides);
    for (const m of Object.values(LEGAL_BASIS_MAPPING)) expect(FIDESLANG_LEGAL_BASES).toContain(m.fides);
    expect([FIDESLANG_DATA_CATEGORIES.length, FIDESLANG_DATA_USES.length, FIDESLANG_DATA_SUBJECTS.length]).toEqual([85, 54, 15]);
  });

  it('gives every mapped DPV term as a w3id.org IRI and says how close each match is', () => {
    const all = [CATEGORY_MAPPING, PURPOSE_MAPPING, SUBJECT_MAPPING, LEGAL_BASIS_MAPPING, RIGHT_MAPPING].flatMap((t) => Object.values(t));
    for (const m of all) {
      if (m.dpv) expect(m.dpv).toMatch(/^https:\/\/w3id\.org\/dpv(\/pd|\/legal\/eu\/gdpr)?#[A-Za-z0-9-]+$/);
      if (m.fides) expect(['equal', 'narrower', 'broader', 'near']).toContain(m.fidesMatch);
    }
    expect(CATEGORY_MAPPING['user.financial'].fidesMatch).toBe('near');
    expect(PURPOSE_MAPPING.marketing.fidesMatch).toBe('near');
    expect(SUBJECT_MAPPING.visitor?.fidesMatch).toBe('near');
    expect(LEGAL_BASIS_MAPPING.consent.gdpr).toBe('https://w3id.org/dpv/legal/eu/gdpr#A6-1-a');
  });
});

describe('toFideslang', () => {
  const yaml = toFideslang(manifest);
  const system = (
    parse(yaml) as {
      system: {
        fides_key: string;
        privacy_declarations: {
          name: string;
          data_use: string;
          data_categories: string[];
          data_subjects: string[];
          legal_basis_for_processing?: string;
          data_shared_with_third_parties: boolean;
        }[];
      }[];
    }
  ).system[0]!;

  it('writes a fides system with one privacy declaration per purpose, in fideslang keys', () => {
    expect(system.fides_key).toBe('example_school');
    expect(system.privacy_declarations.map((d) => d.data_use)).toEqual(['essential.service', 'essential.service.payment_processing', 'essential.service']);
    for (const d of system.privacy_declarations) {
      for (const c of d.data_categories) expect(FIDESLANG_DATA_CATEGORIES).toContain(c);
      for (const s of d.data_subjects) expect(FIDESLANG_DATA_SUBJECTS).toContain(s);
    }
    const billing = system.privacy_declarations[1]!;
    expect(billing).toMatchObject({
      name: 'Billing and payments',
      data_categories: ['user.contact.email', 'user.behavior.purchase_history'],
      legal_basis_for_processing: 'Legal obligations',
      data_shared_with_third_parties: true,
    });
  });

  it('states a lawful basis only when the manifest gives exactly one for the purpose', () => {
    expect(system.privacy_declarations[0]!.legal_basis_for_processing).toBe('Contract');
    expect(system.privacy_declarations[2]!.legal_basis_for_processing).toBeUndefined();
  });
});

describe('round trips', () => {
  it('fromFideslang(toFideslang(m)) gives back the collections and purposes exactly (priv meta)', () => {
    const back = fromFideslang(toFideslang(manifest));
    expect(sorted(back.collections)).toEqual(sorted(collectionsForComparison(manifest.collections)));
    expect(back.purposes.map((p) => p.key)).toEqual(['provide_service', 'billing', 'x_research']);
    expect(back.approximations).toEqual([]);
    // The import merges into a manifest that validates.
    expect(() =>
      parseManifest({
        ...validInput(),
        purposes: back.purposes,
        collections: back.collections.map((c) => ({ ...c, retention: ['after_deletion', 'tax'] })),
        recipients: [],
      }),
    ).not.toThrow();
  });

  it('without priv meta, maps fides keys back and lists every approximation', () => {
    const system = (parse(toFideslang(manifest)) as { system: Record<string, unknown>[] }).system[0]!;
    delete system.meta;
    const back = fromFideslang(`system:\n  - ${JSON.stringify(system)}\n`);
    const categories = back.collections.map((c) => c.category).sort();
    expect(categories).toEqual(['user.behavior', 'user.contact.email']);
    expect(back.approximations).toEqual(
      expect.arrayContaining([
        { fides: 'user.behavior.purchase_history', priv: 'user.behavior' },
        { fides: 'trainee', priv: 'x_trainee' },
      ]),
    );
  });

  it('a fides system with only exactly-mapped keys round-trips without meta', () => {
    const yaml =
      'system:\n  - fides_key: s\n    name: S\n    system_type: Service\n    privacy_declarations:\n      - name: Sign-in\n        data_use: essential.service.authentication\n        data_categories: [user.contact.email, user.name]\n        data_subjects: [customer]\n        legal_basis_for_processing: Contract\n';
    const back = fromFideslang(yaml);
    expect(back.approximations).toEqual([]);
    expect(back.collections).toEqual([
      { category: 'user.contact.email', purposes: ['authentication'], subjects: ['customer'], legalBases: { authentication: ['contract'] } },
      { category: 'user.identity.name', purposes: ['authentication'], subjects: ['customer'], legalBases: { authentication: ['contract'] } },
    ]);
    const again = fromFideslang(
      toFideslang(
        parseManifest({
          ...validInput(),
          purposes: [{ key: 'authentication', description: 'Sign-in' }],
          collections: back.collections,
          retention: [],
          recipients: [],
        }),
      ),
    );
    expect(again.collections).toEqual(back.collections);
  });

  it('refuses text that is not a fides system', () => {
    expect(() => fromFideslang('hello: world')).toThrow(/Expected fideslang YAML/);
  });
});
