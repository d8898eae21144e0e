import { defineManifest, manifestJsonSchema } from '@priv/schema';
import { describe, expect, it } from 'vitest';
import { renderPolicyMarkdown } from '../src/index.js';

/**
 * Every field of the manifest is either rendered (with the text that shows it, checked on a manifest
 * that sets every field) or listed here as deliberately not rendered, with the reason. A new schema
 * field that is in neither list fails the first test, so it cannot be forgotten.
 */
const NOT_RENDERED: Record<string, string> = {
  $schema: 'an editor hint, not part of the policy',
  timeZone: 'the zone deadlines are counted in; a rule counted in another zone says so',
  'categories[].key': 'an identifier; the label is published',
  'categories[].description': "documents the key for the team; the collection's own description is what is published",
  'events[].key': 'an identifier; the description is published',
  'purposes[].key': 'an identifier; the label is published',
  'recipients[].key': 'an identifier; the name is published',
  'retention[].key': 'an identifier; the description is published',
};

const RENDERED: Record<string, string> = {
  version: 'Version ks-1',
  effectiveDate: 'effective 12 May 2026',
  'controller.name': '**Kitchen Sink School** (Kitchen Sink Ltd), operated by KS Ops, is responsible for your data.',
  'controller.legalName': '(Kitchen Sink Ltd)',
  'controller.operatedBy': 'operated by KS Ops',
  'controller.website': 'Website: [https://ks.example]',
  'contact.email': 'Email: [privacy@ks.example]',
  'contact.url': 'Web: [https://ks.example/privacy]',
  'contact.supportTicket': 'Support ticket: Privacy inquiry',
  'contact.other': 'Post: 1 KS Street',
  frameworks: 'Written for: GDPR, FERPA, State law KS.',
  labels: 'State law KS',
  'categories[].label': '**Notebooks**',
  'events[].description': 'after the course was completed',
  'purposes[].label': '**KS Purpose**',
  'purposes[].description': 'To run the KS thing.',
  'purposes[].parent': 'Part of: Provide the service.',
  'collections[].category': '**Notebooks** — Your notebooks, KS.',
  'collections[].description': 'Your notebooks, KS.',
  'collections[].purposes': 'Used for: KS Purpose, Provide the service.',
  'collections[].legalBases': 'Lawful basis: consent (GDPR Art. 6(1)(a)).',
  'collections[].source': 'Where it comes from: from public sources.',
  'collections[].subjects': 'About donors only.',
  'collections[].retention': 'Applies to: Notebooks.',
  'collections[].retentionStatement': '**Notebooks** — As long as the KS course runs.',
  'collections[].optional': 'Only if you use the optional feature.',
  notCollected: '- Card number',
  'recipients[].name': '**KS Cloud** (hosting)',
  'recipients[].role': 'A processor acting on our instructions.',
  'recipients[].services': '(hosting)',
  'recipients[].categories': 'Receives: Notebooks.',
  'recipients[].excludedCategories': 'Never receives: Email address.',
  'recipients[].collectsDirectly': 'Collects directly from you: Card number.',
  'recipients[].purposes': 'For: KS Purpose.',
  'recipients[].subjects': 'Only data about donors.',
  'recipients[].optOutUrl': 'Opt out: [https://ks.example/opt-out]',
  'recipients[].description': 'KS cloud desc.',
  'recipients[].region': 'Region: EU.',
  'recipients[].transferMechanism': 'Transfers rely on standard contractual clauses.',
  'recipients[].trainsModelsOnData': 'Does not train models on your data.',
  'recipients[].optional': 'Optional; on unless you turn it off.',
  'recipients[].enabledByDefault': 'on unless you turn it off',
  'recipients[].condition': 'Only: when KS is on.',
  'recipients[].selfHosted': 'Runs on our own infrastructure.',
  'recipients[].contractuallyBound': 'Bound by contract to use the data only for the service it provides.',
  'recipients[].privacyPolicyUrl': 'Its privacy policy: [https://kscloud.example/privacy]',
  'cookies[].name': '**ks\\_session** (analytics',
  'cookies[].category': '(analytics,',
  'cookies[].storage': 'local storage',
  'cookies[].purpose': '— KS cookie purpose.',
  'cookies[].lifetime': 'kept for 30 days',
  'cookies[].lifetime.duration': 'kept for 30 days',
  'cookies[].provider': 'set by KS Cloud',
  'rights[].right': '**To be informed**',
  'rights[].description': 'KS right desc.',
  'rights[].channels': 'How: by email',
  'rights[].channels[].method': 'by email',
  'rights[].channels[].address': '[rights@ks.example](<mailto:rights@ks.example>)',
  'rights[].channels[].location': '(KS settings page)',
  'rights[].response.within': 'We respond within 1 month',
  'rights[].response.extension.by': 'by up to 2 months',
  'rights[].response.extension.withNotice': 'and will tell you',
  'rights[].response.usually': '(usually within 1 week)',
  'rights[].export.packaging': 'You receive a ZIP archive',
  'rights[].export.parts[].content': 'KS notebooks export (',
  'rights[].export.parts[].formats': '(JSON, CSV;',
  'rights[].export.parts[].categories': 'covers Notebooks',
  'rights[].export.machineReadable': 'It is machine-readable.',
  'rights[].jurisdictions': 'Applies in: the European Economic Area.',
  'rights[].limits': 'Limits: Not for KS backups.',
  'retention[].description': '**KS rule desc.**',
  'retention[].anchor': 'after the course was completed',
  'retention[].period': 'Anonymised at the latest 90 days after the course was completed',
  'retention[].bound': 'Kept at least 2 years after the transaction took place',
  'retention[].minimum': 'Kept at least 10 days.',
  'retention[].gracePeriod': 'For the first 5 days this can be undone.',
  'retention[].action': 'Anonymised at the latest',
  'retention[].storage': '(backups)',
  'retention[].alignTo': 'Counted from the end of the fiscal year',
  'retention[].fiscalYearEnd': 'fiscal year (30/6)',
  'retention[].fiscalYearEnd.month': '(30/6)',
  'retention[].fiscalYearEnd.day': '(30/6)',
  'retention[].timeZone': 'Days are counted in Asia/Tokyo time.',
  'retention[].reason': 'Why: KS law.',
  'dataLocation.storedIn': 'Your data is stored in the European Economic Area.',
  'dataLocation.transfers[].to': 'It may be transferred to US',
  'dataLocation.transfers[].mechanism': 'on the basis of standard contractual clauses.',
  'dataLocation.transfers[].description': 'KS transfer desc.',
  'dataLocation.description': 'KS location desc.',
  'age.minimumAge': 'You must be at least 13 to use the service.',
  'age.parentalConsentBelow': 'If you are under 16, you need consent',
  'age.consentFrom': 'consent from your guardian.',
  'age.minorBelow': 'We treat anyone under 18 as a minor.',
  'age.onUnderageDiscovered': 'If we find an account of someone under 13, we suspend the account.',
  'age.educationalAccounts.managedBy': 'Accounts may be managed by a teacher',
  'age.educationalAccounts.mayConsent': 'who may give the consent a minor needs',
  'age.educationalAccounts.limitedData': 'with limited data collection',
  'age.educationalAccounts.description': 'KS edu desc.',
  'age.minorRestrictedPurposes': 'We never use data of minors for ks purpose.',
  'age.parentsMayRequestAccessOrDeletion': "Parents may ask to see or delete their child's data.",
  'age.description': 'KS age desc.',
  'notice.material.advanceNotice': 'We announce material changes by email at least 30 days before they take effect.',
  'notice.material.channels': 'We announce material changes by email',
  'notice.material.mayUse': 'We may also tell you by a notice in the app.',
  'notice.material.description': 'KS material desc.',
  'notice.minor.advanceNotice': 'We announce minor changes by an update of this page at least 1 week before',
  'notice.minor.channels': 'minor changes by an update of this page',
  'notice.minor.mayUse': 'We may also tell you by email.',
  'notice.minor.description': 'KS minor desc.',
  'notice.continuedUseMeansAcceptance': 'you accept the updated policy',
  'notice.publicationDayCounts': 'The day we publish a change counts as a day of notice.',
  'notice.materialExamples': 'Material changes include: KS new recipient.',
  'notice.minorExamples': 'Minor changes include: KS typo.',
  'breach.notifyUsersWithin': 'If a breach affects your data, we will tell you within 72 hours.',
  'breach.notifyAuthorityWithin': 'We will tell the supervisory authority within 48 hours.',
  'breach.description': 'KS breach desc.',
  'redaction.kinds': 'we remove email addresses and phone numbers',
  'redaction.before': 'Before text reaches KS Cloud',
  'redaction.description': 'KS redaction desc.',
  'commitments[].kind': 'We do not use third-party advertising trackers.',
  'commitments[].statement': 'KS promise.',
};

const kitchenSink = defineManifest({
  version: 'ks-1',
  effectiveDate: '2026-05-12',
  timeZone: 'Europe/Berlin',
  controller: { name: 'Kitchen Sink School', legalName: 'Kitchen Sink Ltd', operatedBy: 'KS Ops', website: 'https://ks.example' },
  contact: { email: 'privacy@ks.example', url: 'https://ks.example/privacy', supportTicket: 'Privacy inquiry', other: 'Post: 1 KS Street' },
  frameworks: ['GDPR', 'FERPA', 'x_state_law'],
  labels: { x_state_law: 'State law KS' },
  categories: [{ key: 'user.content.notebook', label: 'Notebooks', description: 'Jupyter notebooks.' }],
  events: [{ key: 'course_completed', description: 'The course was completed' }],
  purposes: [
    { key: 'provide_service', description: 'Run the school.' },
    { key: 'x_ks', label: 'KS Purpose', description: 'To run the KS thing.', parent: 'provide_service' },
  ],
  collections: [
    {
      category: 'user.content.notebook',
      description: 'Your notebooks, KS.',
      purposes: ['x_ks', 'provide_service'],
      legalBases: { x_ks: ['consent'], provide_service: ['consent'] },
      source: 'public_sources',
      subjects: ['donor'],
      retention: ['ks_rule'],
      retentionStatement: 'As long as the KS course runs.',
      optional: true,
    },
    { category: 'user.contact.email', purposes: ['provide_service'], retention: ['ks_tax'] },
  ],
  notCollected: ['user.payment.card_number'],
  recipients: [
    {
      key: 'ks_cloud',
      name: 'KS Cloud',
      role: 'processor',
      services: ['hosting'],
      categories: ['user.content.notebook'],
      excludedCategories: ['user.contact.email'],
      collectsDirectly: ['user.payment.card_number'],
      purposes: ['x_ks'],
      subjects: ['donor'],
      optOutUrl: 'https://ks.example/opt-out',
      description: 'KS cloud desc.',
      region: 'EU',
      transferMechanism: 'standard_contractual_clauses',
      trainsModelsOnData: false,
      optional: true,
      enabledByDefault: true,
      condition: 'when KS is on.',
      selfHosted: true,
      contractuallyBound: true,
      privacyPolicyUrl: 'https://kscloud.example/privacy',
    },
  ],
  cookies: [
    {
      name: 'ks_session',
      category: 'analytics',
      storage: 'local_storage',
      purpose: 'KS cookie purpose.',
      lifetime: { duration: { days: 30 } },
      provider: 'ks_cloud',
    },
  ],
  rights: [
    {
      right: 'be_informed',
      description: 'KS right desc.',
      channels: [{ method: 'email', address: 'rights@ks.example', location: 'KS settings page' }],
      response: { within: { months: 1 }, extension: { by: { months: 2 }, withNotice: true }, usually: { weeks: 1 } },
      export: {
        packaging: 'zip',
        parts: [{ content: 'KS notebooks export', formats: ['json', 'csv'], categories: ['user.content.notebook'] }],
        machineReadable: true,
      },
      jurisdictions: ['EEA'],
      limits: ['Not for KS backups.'],
    },
  ],
  retention: [
    {
      key: 'ks_rule',
      description: 'KS rule desc.',
      anchor: 'course_completed',
      period: { days: 90 },
      bound: 'maximum',
      minimum: { days: 10 },
      gracePeriod: { days: 5 },
      action: 'anonymise',
      storage: 'backups',
      timeZone: 'Asia/Tokyo',
      reason: 'KS law',
    },
    {
      key: 'ks_tax',
      description: 'KS tax desc.',
      anchor: 'transaction_date',
      period: { years: 2 },
      bound: 'minimum',
      action: 'delete',
      alignTo: 'fiscal_year_end',
      fiscalYearEnd: { month: 6, day: 30 },
    },
  ],
  dataLocation: {
    storedIn: ['EEA'],
    transfers: [{ to: ['US'], mechanism: 'standard_contractual_clauses', description: 'KS transfer desc.' }],
    description: 'KS location desc.',
  },
  age: {
    minimumAge: 13,
    parentalConsentBelow: 16,
    consentFrom: ['guardian'],
    minorBelow: 18,
    onUnderageDiscovered: 'suspend_account',
    educationalAccounts: { managedBy: ['teacher'], mayConsent: true, limitedData: true, description: 'KS edu desc.' },
    minorRestrictedPurposes: ['x_ks'],
    parentsMayRequestAccessOrDeletion: true,
    description: 'KS age desc.',
  },
  notice: {
    material: { advanceNotice: { days: 30 }, channels: ['email'], mayUse: ['in_app'], description: 'KS material desc.' },
    minor: { advanceNotice: { weeks: 1 }, channels: ['page_update'], mayUse: ['email'], description: 'KS minor desc.' },
    continuedUseMeansAcceptance: true,
    publicationDayCounts: true,
    materialExamples: ['KS new recipient'],
    minorExamples: ['KS typo'],
  },
  breach: { notifyUsersWithin: { hours: 72 }, notifyAuthorityWithin: { hours: 48 }, description: 'KS breach desc.' },
  redaction: { kinds: ['email', 'phone'], before: ['ks_cloud'], description: 'KS redaction desc.' },
  commitments: [{ kind: 'no_third_party_advertising_trackers' }, { kind: 'x_ks_promise', statement: 'KS promise.' }],
});

/** Every field path of the JSON Schema, duration units folded into their duration, containers left out. */
function fieldPaths(): string[] {
  const out = new Set<string>();
  const walk = (node: unknown, path: string): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n) => walk(n, path));
    const schema = node as Record<string, unknown>;
    for (const [name, child] of Object.entries((schema.properties ?? {}) as Record<string, unknown>)) {
      const p = path ? `${path}.${name}` : name;
      out.add(p);
      walk(child, p);
    }
    if (schema.items) walk(schema.items, `${path}[]`);
    for (const key of ['anyOf', 'allOf']) walk(schema[key], path);
  };
  walk(manifestJsonSchema(), '');
  const units = /\.(years|months|weeks|days|hours)$/;
  const all = [...out].filter((p) => !units.test(p));
  return all.filter((p) => !all.some((q) => q.startsWith(`${p}.`) || q.startsWith(`${p}[].`)));
}

describe('render coverage', () => {
  const md = renderPolicyMarkdown(kitchenSink);

  it('lists every field of the schema as rendered or deliberately not rendered', () => {
    const unlisted = fieldPaths().filter((p) => !(p in RENDERED) && !(p in NOT_RENDERED));
    expect(unlisted).toEqual([]);
  });

  it.each(Object.entries(RENDERED))('renders %s', (_path, fragment) => {
    expect(md).toContain(fragment);
  });

  it('does not render the fields it says it does not', () => {
    expect(md).not.toContain('course_completed');
    expect(md).not.toContain('ks_cloud');
    expect(md).not.toContain('Jupyter notebooks.');
  });
});
