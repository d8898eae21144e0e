import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { manifestJsonSchema, safeParseManifest, type PrivacyManifestInput } from '../src/index.js';
import { validInput } from './fixture.js';

/**
 * The JSON Schema and parseManifest must agree on every field-level rule. Each mutation changes one
 * field of a valid manifest; both validators judge it. `field` mutations must get the same verdict
 * from both. `cross` mutations break a rule that spans fields (a reference, a duplicate, a
 * contradiction): the JSON Schema cannot see those, so it accepts and parseManifest refuses, as the
 * README documents. Any other outcome fails the test.
 */
type Manifest = PrivacyManifestInput & Record<string, unknown>;
interface Mutation {
  readonly name: string;
  readonly kind: 'field' | 'cross';
  readonly apply: (m: Manifest) => void;
}

const set = (path: (string | number)[], value: unknown) => (m: Manifest) => {
  let node: Record<string | number, unknown> = m;
  for (const part of path.slice(0, -1)) node = node[part] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
};

const DATES = [
  '2025-02-30',
  '2025-13-01',
  '2025-00-10',
  '2025-04-31',
  '0000-01-01',
  '2025-02-29',
  '2024-02-29',
  '2000-02-29',
  '1900-02-29',
  '2021-08',
  '2021-13',
  '2021-8',
  '2026-05-12T00:00',
  ' 2026-05-12',
  '',
];
const ZONES = ['Europe/Berlin', 'UTC', 'Asia/Kolkata', 'Mars/Base', 'europe/berlin', 'Europe/Berlin ', '', 'GMT+1', 'America/Los_Angeles'];
const URLS = [
  'https://example.com',
  'http://example.com/privacy?x=1#y',
  'https://münchen.de',
  'https://例え.jp/p',
  'javascript:alert(1)',
  'ftp://example.com',
  'https://',
  'https://exa mple.com',
  'https://example.com:99999',
  'https://example.com:8080/x',
  'mailto:a@b.co',
  '//example.com',
  'https://-bad.example',
  '',
];
const TEXTS = ['', '   ', '\n', 'ok', ' fine '];
const EMAILS = ['privacy@example.com', 'not-an-email', 'a@b', 'a@b.co', '', 'privacy@münchen.de'];
const DURATIONS: unknown[] = [{}, { days: -1 }, { days: 1.5 }, { days: 0 }, { weeks: 2, hours: 3 }, { days: '3' }, { minutes: 3 }, 'indefinite', 30];
const KEYS = ['provide_service', 'Provide', '', 'x', '1abc', 'a'.repeat(65)];
const OPEN = ['GDPR', 'FERPA', 'GPDR', 'x_state_law', 'x_', 'X_BAD', 'gdpr'];
const CATEGORIES = ['user.contact.email', 'user.contact.', 'User.contact', 'user..email', ''];

const mutations: Mutation[] = [
  ...DATES.map((d): Mutation => ({ name: `effectiveDate ${JSON.stringify(d)}`, kind: 'field', apply: set(['effectiveDate'], d) })),
  ...ZONES.map((z): Mutation => ({ name: `timeZone ${JSON.stringify(z)}`, kind: 'field', apply: set(['timeZone'], z) })),
  ...ZONES.map((z): Mutation => ({ name: `retention timeZone ${JSON.stringify(z)}`, kind: 'field', apply: set(['retention', 0, 'timeZone'], z) })),
  ...URLS.map((u): Mutation => ({ name: `controller.website ${JSON.stringify(u)}`, kind: 'field', apply: set(['controller', 'website'], u) })),
  ...URLS.map(
    (u): Mutation => ({ name: `recipient privacyPolicyUrl ${JSON.stringify(u)}`, kind: 'field', apply: set(['recipients', 0, 'privacyPolicyUrl'], u) }),
  ),
  ...URLS.map((u): Mutation => ({ name: `contact.url ${JSON.stringify(u)}`, kind: 'field', apply: set(['contact', 'url'], u) })),
  ...TEXTS.map((t): Mutation => ({ name: `purpose description ${JSON.stringify(t)}`, kind: 'field', apply: set(['purposes', 0, 'description'], t) })),
  ...TEXTS.map((t): Mutation => ({ name: `controller.name ${JSON.stringify(t)}`, kind: 'field', apply: set(['controller', 'name'], t) })),
  ...TEXTS.map((t): Mutation => ({ name: `retention description ${JSON.stringify(t)}`, kind: 'field', apply: set(['retention', 0, 'description'], t) })),
  ...EMAILS.map((e): Mutation => ({ name: `contact.email ${JSON.stringify(e)}`, kind: 'field', apply: set(['contact', 'email'], e) })),
  ...DURATIONS.map((d): Mutation => ({ name: `retention period ${JSON.stringify(d)}`, kind: 'field', apply: set(['retention', 0, 'period'], d) })),
  ...DURATIONS.map((d): Mutation => ({ name: `advance notice ${JSON.stringify(d)}`, kind: 'field', apply: set(['notice', 'material', 'advanceNotice'], d) })),
  ...OPEN.map((f): Mutation => ({ name: `framework ${JSON.stringify(f)}`, kind: 'field', apply: set(['frameworks'], [f]) })),
  ...OPEN.map(
    (f): Mutation => ({ name: `subject ${JSON.stringify(f.toLowerCase())}`, kind: 'field', apply: set(['collections', 0, 'subjects'], [f.toLowerCase()]) }),
  ),
  ...KEYS.map(
    (k): Mutation => ({
      name: `retention key ${JSON.stringify(k)} (used nowhere)`,
      kind: /^[a-z][a-z0-9_]{0,63}$/.test(k) ? 'cross' : 'field',
      apply: (m) => {
        m.retention!.push({ ...m.retention![0]!, key: k });
      },
    }),
  ),
  ...CATEGORIES.map(
    (c): Mutation => ({ name: `notCollected ${JSON.stringify(c)}`, kind: c === 'user.contact.email' ? 'cross' : 'field', apply: set(['notCollected'], [c]) }),
  ),
  { name: 'contact {}', kind: 'field', apply: set(['contact'], {}) },
  { name: 'breach {}', kind: 'field', apply: set(['breach'], {}) },
  { name: 'dataLocation {}', kind: 'field', apply: set(['dataLocation'], {}) },
  { name: 'unknown key', kind: 'field', apply: set(['colour'], 'blue') },
  { name: 'unknown key in a collection', kind: 'field', apply: set(['collections', 0, 'colour'], 'blue') },
  { name: 'version 3', kind: 'field', apply: set(['version'], 3) },
  { name: 'version with a space', kind: 'field', apply: set(['version'], '1 0') },
  { name: 'purposes []', kind: 'field', apply: set(['purposes'], []) },
  { name: 'collections []', kind: 'field', apply: set(['collections'], []) },
  { name: 'legalBases "contract"', kind: 'field', apply: set(['collections', 0, 'legalBases'], 'contract') },
  { name: 'legalBases []', kind: 'field', apply: set(['collections', 0, 'legalBases'], []) },
  { name: 'legalBases ["contarct"]', kind: 'field', apply: set(['collections', 0, 'legalBases'], ['contarct']) },
  { name: 'legalBases by purpose', kind: 'field', apply: set(['collections', 0, 'legalBases'], { provide_service: ['contract'] }) },
  { name: 'legalBases by an undeclared purpose', kind: 'cross', apply: set(['collections', 0, 'legalBases'], { billing: ['contract'] }) },
  { name: 'legalBases by a key that is not snake_case', kind: 'field', apply: set(['collections', 0, 'legalBases'], { 'Provide-Service': ['contract'] }) },
  { name: 'cookie by category only', kind: 'field', apply: set(['cookies'], [{ category: 'analytics' }]) },
  { name: 'cookie of an unknown category', kind: 'field', apply: set(['cookies'], [{ category: 'tracking' }]) },
  { name: 'cookie lifetime 7', kind: 'field', apply: set(['cookies'], [{ category: 'analytics', lifetime: 7 }]) },
  {
    name: 'cookie lifetime { duration: { days: -1 } }',
    kind: 'field',
    apply: set(['cookies'], [{ category: 'analytics', lifetime: { duration: { days: -1 } } }]),
  },
  { name: 'age {}', kind: 'field', apply: set(['age'], {}) },
  { name: 'age 26', kind: 'field', apply: set(['age'], { minimumAge: 26 }) },
  { name: 'age 12.5', kind: 'field', apply: set(['age'], { minimumAge: 12.5 }) },
  { name: 'jurisdiction EEA', kind: 'field', apply: set(['rights'], [{ right: 'access', jurisdictions: ['EEA'] }]) },
  { name: 'jurisdiction Europe', kind: 'field', apply: set(['rights'], [{ right: 'access', jurisdictions: ['Europe'] }]) },
  {
    name: 'right channel address javascript:',
    kind: 'field',
    apply: set(['rights'], [{ right: 'access', channels: [{ method: 'email', address: 'javascript:alert(1)' }] }]),
  },
  {
    name: 'right channel address email',
    kind: 'field',
    apply: set(['rights'], [{ right: 'access', channels: [{ method: 'email', address: 'privacy@example.com' }] }]),
  },
  { name: 'custom commitment without statement', kind: 'field', apply: set(['commitments'], [{ kind: 'x_mine' }]) },
  { name: 'built-in commitment without statement', kind: 'field', apply: set(['commitments'], [{ kind: 'no_cookies' }]) },
  { name: 'labels with a built-in key', kind: 'field', apply: set(['labels'], { GDPR: 'x' }) },
  {
    name: 'custom purpose without label',
    kind: 'field',
    apply: (m) => {
      m.purposes.push({ key: 'x_mine', description: 'Mine.' });
    },
  },
  {
    name: 'custom purpose with label',
    kind: 'field',
    apply: (m) => {
      m.purposes.push({ key: 'x_mine', label: 'Mine', description: 'Mine.' });
    },
  },
  {
    name: 'minimum on a minimum rule',
    kind: 'field',
    apply: (m) => {
      m.retention![1] = { ...m.retention![1]!, minimum: { days: 1 } };
    },
  },
  {
    name: 'grace on an indefinite rule',
    kind: 'field',
    apply: (m) => {
      m.retention![0] = { ...m.retention![0]!, period: 'indefinite', gracePeriod: { days: 1 } };
    },
  },
  {
    name: 'fiscalYearEnd without alignTo',
    kind: 'field',
    apply: (m) => {
      m.retention![1] = { ...m.retention![1]!, fiscalYearEnd: { month: 6, day: 30 } };
    },
  },
  { name: 'onUnderageDiscovered without minimumAge', kind: 'field', apply: set(['age'], { onUnderageDiscovered: 'delete_account' }) },
  {
    name: 'fiscal year end 04-31',
    kind: 'field',
    apply: (m) => {
      m.retention![1] = { ...m.retention![1]!, alignTo: 'fiscal_year_end', fiscalYearEnd: { month: 4, day: 31 } };
    },
  },
  {
    name: 'fiscal year end 02-29',
    kind: 'field',
    apply: (m) => {
      m.retention![1] = { ...m.retention![1]!, alignTo: 'fiscal_year_end', fiscalYearEnd: { month: 2, day: 29 } };
    },
  },
  {
    name: 'fiscal year end 02-30',
    kind: 'field',
    apply: (m) => {
      m.retention![1] = { ...m.retention![1]!, alignTo: 'fiscal_year_end', fiscalYearEnd: { month: 2, day: 30 } };
    },
  },
  // Rules that span fields: parseManifest only.
  { name: 'undeclared purpose', kind: 'cross', apply: set(['collections', 0, 'purposes'], ['marketing']) },
  { name: 'undeclared retention rule', kind: 'cross', apply: set(['collections', 0, 'retention'], ['nope']) },
  {
    name: 'duplicate purpose',
    kind: 'cross',
    apply: (m) => {
      m.purposes.push({ ...m.purposes[0]! });
    },
  },
  { name: 'recipient receives an uncollected category', kind: 'cross', apply: set(['recipients', 0, 'categories'], ['user.contact.phone']) },
  {
    name: 'minimum longer than the maximum',
    kind: 'cross',
    apply: (m) => {
      m.retention![0] = { ...m.retention![0]!, minimum: { years: 5 } };
    },
  },
  {
    name: 'grace longer than the period',
    kind: 'cross',
    apply: (m) => {
      m.retention![0] = { ...m.retention![0]!, gracePeriod: { years: 1 } };
    },
  },
  { name: 'minorBelow under minimumAge', kind: 'cross', apply: set(['age'], { minimumAge: 16, minorBelow: 13 }) },
  { name: 'parentalConsentBelow at minimumAge', kind: 'cross', apply: set(['age'], { minimumAge: 13, parentalConsentBelow: 13 }) },
  { name: 'duplicate jurisdiction', kind: 'cross', apply: set(['rights'], [{ right: 'access', jurisdictions: ['EU', 'EU'] }]) },
  { name: 'duplicate notice channel', kind: 'cross', apply: set(['notice', 'material', 'channels'], ['email', 'email']) },
  {
    name: 'no cookies promised, cookies listed',
    kind: 'cross',
    apply: (m) => {
      m.commitments = [{ kind: 'no_cookies' }];
      m.cookies = [{ category: 'analytics' }];
    },
  },
  {
    name: 'unknown export category',
    kind: 'cross',
    apply: set(['rights'], [{ right: 'portability', export: { packaging: 'zip', parts: [{ content: 'All', formats: ['json'], categories: ['user.nope'] }] } }]),
  },
];

describe('the JSON Schema agrees with parseManifest', () => {
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
  const validate = ajv.compile(manifestJsonSchema());

  it(`judges at least 100 mutated manifests (${mutations.length})`, () => {
    expect(mutations.length).toBeGreaterThanOrEqual(100);
  });

  it.each(mutations.map((m) => [m.name, m] as const))('%s', (_name, mutation) => {
    const manifest = structuredClone(validInput()) as Manifest;
    mutation.apply(manifest);
    const bySchema = validate(manifest) === true;
    const byParse = safeParseManifest(manifest).success;
    if (mutation.kind === 'field') expect({ bySchema, byParse }, JSON.stringify(validate.errors?.slice(0, 2))).toEqual({ bySchema: byParse, byParse });
    else expect({ bySchema, byParse }).toEqual({ bySchema: true, byParse: false });
  });
});
