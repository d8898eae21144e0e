import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import {
  CATEGORY_MAPPING,
  fromFideslang,
  LEGAL_BASIS_MAPPING,
  parseManifest,
  PURPOSE_MAPPING,
  RIGHT_MAPPING,
  SUBJECT_MAPPING,
  toFideslang,
} from '@priv/schema';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { SEEDS, run, tempDir, writeJson } from './helpers.js';

const KNOWN_IRIS = new Set(
  [CATEGORY_MAPPING, PURPOSE_MAPPING, SUBJECT_MAPPING, RIGHT_MAPPING, LEGAL_BASIS_MAPPING].flatMap((table) =>
    Object.values(table).flatMap((t: { dpv?: string; gdpr?: string }) => [t.dpv, t.gdpr].filter((v): v is string => v !== undefined)),
  ),
);

/** Every `@id` in a JSON-LD value. */
function idsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(idsIn);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (k === '@id' && typeof v === 'string' ? [v] : idsIn(v)));
  }
  return [];
}

describe('priv export --to fideslang', () => {
  it('writes the fides system of the seed, as toFideslang does, and it reads back to the same purposes', async () => {
    const dir = tempDir();
    writeJson(dir, 'privacy.json', SEEDS.codementor);
    const result = await run(dir, 'export', '--to', 'fideslang');
    expect(result.code).toBe(0);
    expect(result.err).toBe('');
    const manifest = parseManifest(SEEDS.codementor);
    expect(result.out.trimEnd()).toBe(toFideslang(manifest).trimEnd());
    await expect(result.out).toMatchFileSnapshot('__snapshots__/export/codementor.fides.yml');
    const back = fromFideslang(result.out);
    expect(back.purposes.map((p) => p.key).sort()).toEqual(
      manifest.purposes
        .filter((p) => manifest.collections.some((c) => c.purposes.includes(p.key)))
        .map((p) => p.key)
        .sort(),
    );
  });

  it('writes to --out and says so on stderr', async () => {
    const dir = tempDir();
    writeJson(dir, 'privacy.json', SEEDS.codetrain);
    const result = await run(dir, 'export', '--to', 'fideslang', '--out', 'fides.yml');
    expect(result).toMatchObject({ code: 0, out: '', err: 'priv: wrote fides.yml\n' });
    expect(readFileSync(join(dir, 'fides.yml'), 'utf8')).toContain('privacy_declarations:');
  });
});

describe('priv export --to dpv', () => {
  it.each(Object.entries(SEEDS))('seed %s: JSON-LD whose every IRI comes from the schema mappings', async (_, seed) => {
    const dir = tempDir();
    writeJson(dir, 'privacy.json', seed);
    const result = await run(dir, 'export', '--to', 'dpv');
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.out) as { '@context': Record<string, string>; '@graph': Record<string, unknown>[] };
    const manifest = parseManifest(seed);
    const controllerId = (doc['@graph'][0] as { '@id': string })['@id'];
    for (const id of idsIn(doc['@graph'].slice(1))) expect(id === controllerId || KNOWN_IRIS.has(id), id).toBe(true);
    const handlings = doc['@graph'].slice(1);
    // One handling per purpose that some collection uses, in the manifest's order.
    expect(handlings.map((h) => h['dct:identifier'])).toEqual(
      manifest.purposes.filter((p) => manifest.collections.some((c) => c.purposes.includes(p.key))).map((p) => p.key),
    );
    expect(
      handlings.every(
        (h) => h['@type'] === 'dpv:PersonalDataHandling' && Array.isArray(h['dpv:hasPersonalData']) && (h['dpv:hasPersonalData'] as unknown[]).length > 0,
      ),
    ).toBe(true);
  });

  it('snapshots the seed codementor and maps its terms to DPV and GDPR IRIs', async () => {
    const dir = tempDir();
    writeJson(dir, 'privacy.json', SEEDS.codementor);
    const result = await run(dir, 'export', '--to', 'dpv');
    expect(result.code).toBe(0);
    await expect(result.out).toMatchFileSnapshot('__snapshots__/export/codementor.dpv.jsonld');
    const graph = (JSON.parse(result.out) as { '@graph': Record<string, unknown>[] })['@graph'];
    const auth = graph.find((h) => h['dct:identifier'] === 'authentication')!;
    expect(auth['dpv:hasPurpose']).toEqual({ '@id': 'https://w3id.org/dpv#IdentityAuthentication' });
    expect(auth['dpv:hasPersonalData']).toContainEqual({ '@id': 'https://w3id.org/dpv/pd#EmailAddress' });
    expect(auth['dpv:hasRight']).toContainEqual({ '@id': 'https://w3id.org/dpv/legal/eu/gdpr#A17' });
    // A purpose DPV has no term for is a typed node with priv's key, not a made-up IRI.
    const tutoring = graph.find((h) => h['dct:identifier'] === 'ai_tutoring')!;
    expect(tutoring['dpv:hasPurpose']).toEqual({ '@type': 'dpv:Purpose', 'dct:title': 'AI tutoring and feedback', 'dct:identifier': 'ai_tutoring' });
  });

  it('states lawful bases as both the DPV core term and the GDPR Art. 6(1) point', async () => {
    const dir = tempDir();
    const seed = { ...SEEDS.codetrain, collections: SEEDS.codetrain.collections.map((c) => ({ ...c, legalBases: ['contract'] })) };
    writeJson(dir, 'privacy.json', seed);
    const result = await run(dir, 'export', '--to', 'dpv');
    expect(result.code).toBe(0);
    const graph = (JSON.parse(result.out) as { '@graph': Record<string, unknown>[] })['@graph'];
    expect(graph[1]!['dpv:hasLegalBasis']).toEqual([{ '@id': 'https://w3id.org/dpv#Contract' }, { '@id': 'https://w3id.org/dpv/legal/eu/gdpr#A6-1-b' }]);
  });
});

describe('priv export errors', () => {
  it('refuses an unknown --to with one line (exit 2)', async () => {
    const dir = tempDir();
    writeJson(dir, 'privacy.json', SEEDS.codetrain);
    const result = await run(dir, 'export', '--to', 'xml');
    expect(result).toEqual({ code: 2, out: '', err: 'priv: --to "xml": use one of fideslang, dpv\n' });
  });

  it('requires --to (exit 2)', async () => {
    const dir = tempDir();
    writeJson(dir, 'privacy.json', SEEDS.codetrain);
    const result = await run(dir, 'export');
    expect(result.code).toBe(2);
    expect(result.err).toContain("required option '--to <target>' not specified");
  });

  it('refuses an invalid manifest with where (exit 2)', async () => {
    const dir = tempDir();
    writeJson(dir, 'privacy.json', { ...SEEDS.codetrain, effectiveDate: '2026-02-30' });
    const result = await run(dir, 'export', '--to', 'dpv');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^priv: privacy\.json:3:3: effectiveDate: .+\n$/);
  });
});

describe('priv export --to dpv, read by a JSON-LD processor (jsonld.js)', () => {
  it.each(Object.entries(SEEDS))('seed %s expands to absolute IRIs in the DPV, GDPR and DCT namespaces only', async (_, seed) => {
    const dir = tempDir();
    writeJson(dir, 'privacy.json', seed);
    const result = await run(dir, 'export', '--to', 'dpv');
    expect(result.code).toBe(0);
    // The context is inline, so no document is ever fetched; a loader that fails proves it.
    const documentLoader = async (url: string): Promise<never> => {
      throw new Error(`no network: ${url}`);
    };
    const expanded = (await jsonld.expand(JSON.parse(result.out), { documentLoader })) as Record<string, unknown>[];
    expect(expanded.length).toBe(
      1 + parseManifest(seed).purposes.filter((p) => parseManifest(seed).collections.some((c) => c.purposes.includes(p.key))).length,
    );
    const keys = new Set<string>();
    const types = new Set<string>();
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) return v.forEach(walk);
      if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          if (!k.startsWith('@')) keys.add(k);
          if (k === '@type') (x as string[]).forEach((t) => types.add(t));
          walk(x);
        }
      }
    };
    walk(expanded);
    for (const k of keys) expect(k, k).toMatch(/^(https:\/\/w3id\.org\/dpv#|http:\/\/purl\.org\/dc\/terms\/)\w+$/);
    for (const t of types)
      expect(t, t).toMatch(/^https:\/\/w3id\.org\/dpv#(DataController|PersonalDataHandling|Purpose|PersonalData|DataSubject|DataSubjectRight)$/);
    for (const id of idsIn(expanded)) expect(id, id).toMatch(/^(https?:\/\/|urn:priv:controller:)\S+$/);
  });
});
