import {
  commitmentStatement,
  formatPolicyDate,
  LEGAL_BASIS_ARTICLE,
  legalBasesFor,
  purposeLabel,
  type Collection,
  type LegalBasis,
  type PrivacyManifest,
  type Recipient,
  type RetentionRule,
  type Right,
} from '@priv/schema';
import { h3, link, p, strong, ul, type Block, type Inline, type PolicyDocument, type PolicySection } from './document.js';
import {
  capital,
  categoryLabel,
  duration,
  eventWords,
  frameworkWords,
  groupLabel,
  joinWords,
  jurisdictionWords,
  RIGHT_WORDS,
  ROLE_WORDS,
  SOURCE_WORDS,
  SUBJECT_WORDS,
  TRANSFER_WORDS,
  valueWords,
  words,
} from './words.js';

const CHANNEL = { email: 'email', in_app: 'a notice in the app', page_update: 'an update of this page' } as const;
const STORAGE = { cookie: 'cookie', local_storage: 'local storage', session_storage: 'session storage', indexed_db: 'IndexedDB' } as const;
const FORMAT = { json: 'JSON', csv: 'CSV', pdf: 'PDF', text: 'text', original_files: 'original files' } as const;
const METHOD = {
  self_service: 'yourself in the product',
  email: 'by email',
  support_ticket: 'with a support ticket',
  web_form: 'with a web form',
  phone: 'by phone',
  post: 'by post',
} as const;

/** Commitments published in the sharing section and the cookie section rather than under security. */
const SHARING_COMMITMENTS = new Set<string>(['no_sale_of_data', 'no_sharing_for_marketing', 'no_sharing']);
const COOKIE_COMMITMENTS = new Set<string>(['no_cookies']);

const hasCommitment = (m: PrivacyManifest, kind: string) => m.commitments.find((c) => c.kind === kind);
const subjectWords = (m: PrivacyManifest, subjects: readonly string[]) => joinWords(subjects.map((s) => valueWords(m, s, SUBJECT_WORDS)));
const onlyUsers = (subjects: readonly string[]) => subjects.length === 1 && subjects[0] === 'user';
const basisWords = (b: LegalBasis) => `${words(b)} (${LEGAL_BASIS_ARTICLE[b]})`;
const purposeOf = (m: PrivacyManifest, key: string) => m.purposes.find((x) => x.key === key) ?? { key, description: key };

/** Whether the lawful bases of a collection cannot be told apart by purpose (a list of several for several purposes). */
const basesByCollectionOnly = (c: Collection) => Array.isArray(c.legalBases) && c.purposes.some((purpose) => legalBasesFor(c, purpose) === undefined);

function collectSection(m: PrivacyManifest): PolicySection {
  const groups = new Map<string, Inline[][]>();
  for (const c of m.collections) {
    const group = groupLabel(m, c.category);
    const item: Inline[] = [strong(categoryLabel(m, c.category))];
    if (c.description) item.push(` — ${c.description}`);
    const details: string[] = [];
    details.push(`Used for: ${c.purposes.map((k) => purposeLabel(purposeOf(m, k))).join(', ')}.`);
    if (!onlyUsers(c.subjects)) details.push(`About ${subjectWords(m, c.subjects)} only.`);
    if (c.source) details.push(`Where it comes from: ${valueWords(m, c.source, SOURCE_WORDS)}.`);
    if (c.optional) details.push('Only if you use the optional feature.');
    if (basesByCollectionOnly(c) && Array.isArray(c.legalBases)) details.push(`Lawful bases for this data: ${c.legalBases.map(basisWords).join(', ')}.`);
    if (details.length > 0) item.push(`${c.description ? ' ' : ' — '}${details.join(' ')}`);
    groups.set(group, [...(groups.get(group) ?? []), item]);
  }
  const blocks: Block[] = [];
  for (const [group, items] of groups) blocks.push(h3(group), ul(items));
  if (m.notCollected.length > 0) {
    blocks.push(h3('What we do not collect'), ul(m.notCollected.map((key) => [`${categoryLabel(m, key)}`])));
  }
  return { id: 'what-we-collect', title: 'What we collect', blocks };
}

/** "Lawful basis: ..." for one purpose, from the collections whose bases are known per purpose. */
function purposeBasis(m: PrivacyManifest, purpose: string): string {
  const byBases = new Map<string, string[]>();
  for (const c of m.collections) {
    const bases = legalBasesFor(c, purpose);
    if (!bases || bases.length === 0) continue;
    const key = bases.map(basisWords).join(', ');
    byBases.set(key, [...(byBases.get(key) ?? []), categoryLabel(m, c.category)]);
  }
  if (byBases.size === 0) return '';
  if (byBases.size === 1) return ` Lawful basis: ${[...byBases.keys()][0]}.`;
  return ` Lawful basis: ${[...byBases].map(([bases, labels]) => `${bases} for ${joinWords(labels)}`).join('; ')}.`;
}

function purposeSection(m: PrivacyManifest): PolicySection {
  const items = m.purposes.map((purpose): Inline[] => {
    const parent = purpose.parent ? ` Part of: ${purposeLabel(purposeOf(m, purpose.parent))}.` : '';
    return [strong(purposeLabel(purpose)), ` — ${purpose.description}${parent}${purposeBasis(m, purpose.key)}`];
  });
  const blocks: Block[] = [ul(items)];
  if (m.age && m.age.minorRestrictedPurposes.length > 0) {
    const labels = m.age.minorRestrictedPurposes.map((k) => purposeLabel(purposeOf(m, k)).toLowerCase());
    blocks.push(p(`We never use data of minors for ${joinWords(labels)}.`));
  }
  return { id: 'why-we-use-it', title: 'Why we use it', blocks };
}

function recipientItem(m: PrivacyManifest, r: Recipient): Inline[] {
  const services = r.services.map((x) => words(x).replace(/\b(ai|api|cdn|dns)\b/g, (w) => w.toUpperCase()));
  const out: Inline[] = [strong(r.name), ` (${services.join(', ')})`];
  if (r.role) out.push(` — ${capital(ROLE_WORDS[r.role] ?? words(r.role))}.`);
  const parts: string[] = [];
  if (r.description) parts.push(r.description);
  if (r.categories.length > 0) parts.push(`Receives: ${r.categories.map((k) => categoryLabel(m, k)).join(', ')}.`);
  if (r.subjects) parts.push(`Only data about ${subjectWords(m, r.subjects)}.`);
  if (r.purposes?.length) parts.push(`For: ${r.purposes.map((k) => purposeLabel(purposeOf(m, k))).join(', ')}.`);
  if (r.collectsDirectly?.length) parts.push(`Collects directly from you: ${r.collectsDirectly.map((k) => categoryLabel(m, k)).join(', ')}.`);
  if (r.excludedCategories?.length) parts.push(`Never receives: ${r.excludedCategories.map((k) => categoryLabel(m, k)).join(', ')}.`);
  if (r.optional) parts.push(r.enabledByDefault ? 'Optional; on unless you turn it off.' : 'Optional; only if you turn the feature on.');
  if (r.condition) parts.push(`Only: ${r.condition}`);
  if (r.trainsModelsOnData === false) parts.push('Does not train models on your data.');
  if (r.trainsModelsOnData === true) parts.push('May train models on your data.');
  if (r.selfHosted) parts.push('Runs on our own infrastructure.');
  if (r.contractuallyBound) parts.push('Bound by contract to use the data only for the service it provides.');
  if (r.region) parts.push(`Region: ${r.region}.`);
  if (r.transferMechanism) parts.push(`Transfers rely on ${TRANSFER_WORDS[r.transferMechanism] ?? words(r.transferMechanism)}.`);
  if (parts.length > 0) out.push(`${r.role ? ' ' : ' — '}${parts.join(' ')}`);
  if (r.privacyPolicyUrl) out.push(' Its privacy policy: ', link(r.privacyPolicyUrl, r.privacyPolicyUrl), '.');
  if (r.optOutUrl) out.push(' Opt out: ', link(r.optOutUrl, r.optOutUrl), '.');
  return out;
}

function sharingSection(m: PrivacyManifest): PolicySection | undefined {
  const blocks: Block[] = m.commitments.filter((c) => SHARING_COMMITMENTS.has(c.kind)).map((c) => p(commitmentStatement(c)));
  if (m.recipients.length > 0) blocks.push(ul(m.recipients.map((r) => recipientItem(m, r))));
  if (m.redaction) {
    const targets = m.redaction.before.map((key) => m.recipients.find((r) => r.key === key)?.name ?? words(key));
    blocks.push(
      p(
        `Before text reaches ${joinWords(targets)}, we remove ${joinWords(m.redaction.kinds.map((k) => (k === 'card' ? 'card numbers' : k === 'phone' ? 'phone numbers' : 'email addresses')))}.${m.redaction.description ? ` ${m.redaction.description}` : ''}`,
      ),
    );
  }
  // No recipients and no promise: the policy is silent about sharing, and so is this text.
  if (blocks.length === 0) return undefined;
  return { id: 'who-we-share-it-with', title: 'Who we share it with', blocks };
}

function locationSection(m: PrivacyManifest): PolicySection | undefined {
  const d = m.dataLocation;
  if (!d) return undefined;
  const items: Inline[][] = [];
  if (d.storedIn?.length) items.push([`Your data is stored in ${joinWords(d.storedIn.map(jurisdictionWords))}.`]);
  for (const t of d.transfers ?? []) {
    const mechanism = t.mechanism ? ` on the basis of ${TRANSFER_WORDS[t.mechanism] ?? words(t.mechanism)}` : '';
    items.push([`It may be transferred to ${joinWords(t.to.map(jurisdictionWords))}${mechanism}.${t.description ? ` ${t.description}` : ''}`]);
  }
  const blocks: Block[] = [];
  if (d.description) blocks.push(p(d.description));
  if (items.length > 0) blocks.push(ul(items));
  return { id: 'where-we-keep-it', title: 'Where your data is kept', blocks };
}

function cookieSection(m: PrivacyManifest): PolicySection | undefined {
  const promises = m.commitments.filter((c) => COOKIE_COMMITMENTS.has(c.kind)).map((c) => p(commitmentStatement(c)));
  // An empty list is silence: "we do not use cookies" comes only from the no_cookies commitment.
  if (m.cookies.length === 0) return promises.length > 0 ? { id: 'cookies', title: 'Cookies', blocks: promises } : undefined;
  const items = m.cookies.map((c): Inline[] => {
    const facts: string[] = [];
    if (c.name) facts.push(words(c.category));
    if (c.storage) facts.push(STORAGE[c.storage]);
    if (c.lifetime)
      facts.push(
        `kept ${c.lifetime === 'session' ? 'until you close the browser' : c.lifetime === 'persistent' ? 'until removed' : `for ${duration(c.lifetime.duration)}`}`,
      );
    if (c.provider !== 'first_party') facts.push(`set by ${m.recipients.find((r) => r.key === c.provider)?.name ?? words(c.provider)}`);
    const head = strong(c.name ?? `${capital(words(c.category))} cookies`);
    return [head, facts.length > 0 ? ` (${facts.join(', ')})` : '', c.purpose ? ` — ${c.purpose}` : ''].filter((x) => x !== '');
  });
  return { id: 'cookies', title: 'Cookies', blocks: [...promises, ul(items)] };
}

function responseWords(r: Right): string {
  const response = r.response;
  if (!response) return '';
  let text = ` We respond within ${duration(response.within)}`;
  if (response.usually) text += ` (usually within ${duration(response.usually)})`;
  if (response.extension)
    text += `; for complex requests we may extend this${response.extension.by ? ` by up to ${duration(response.extension.by)}` : ''}${response.extension.withNotice ? ' and will tell you' : ''}`;
  return `${text}.`;
}

function rightItem(m: PrivacyManifest, r: Right): Inline[] {
  const out: Inline[] = [strong(valueWords(m, r.right, RIGHT_WORDS))];
  if (r.description) out.push(` — ${r.description}`);
  if (r.channels.length > 0) {
    out.push(r.description ? ' How: ' : ' — How: ');
    r.channels.forEach((c, i) => {
      if (i > 0) out.push('; ');
      out.push(METHOD[c.method]);
      if (c.address)
        out.push(' at ', c.address.includes('@') && !/^https?:/i.test(c.address) ? link(c.address, `mailto:${c.address}`) : link(c.address, c.address));
      if (c.location) out.push(` (${c.location})`);
    });
    out.push('.');
  }
  const tail = `${responseWords(r)}${r.jurisdictions ? ` Applies in: ${joinWords(r.jurisdictions.map(jurisdictionWords))}.` : ''}`;
  if (tail) out.push(tail);
  if (r.limits?.length) out.push(` Limits: ${r.limits.map((l) => l.replace(/\.$/, '')).join('; ')}.`);
  if (r.export) {
    const parts = r.export.parts.map((part) => {
      const covers = part.categories?.length ? `; covers ${part.categories.map((k) => categoryLabel(m, k)).join(', ')}` : '';
      return `${part.content} (${part.formats.map((f) => FORMAT[f]).join(', ')}${covers})`;
    });
    out.push(
      ` You receive ${r.export.packaging === 'zip' ? 'a ZIP archive' : 'a file'} with: ${parts.join('; ')}.${r.export.machineReadable ? ' It is machine-readable.' : ''}`,
    );
  }
  return out;
}

function rightsSection(m: PrivacyManifest): PolicySection | undefined {
  // No rights listed: the policy states none, so this text states none either (no claim about the law).
  if (m.rights.length === 0) return undefined;
  return { id: 'your-rights', title: 'Your rights', blocks: [ul(m.rights.map((r) => rightItem(m, r)))] };
}

function retentionWords(m: PrivacyManifest, r: RetentionRule): string {
  const after = `after ${eventWords(m, r.anchor)}`;
  const action = r.action === 'delete' ? 'deleted' : r.action === 'anonymise' ? 'anonymised' : 'archived';
  const scope = r.storage === 'all' ? '' : ` (${r.storage === 'active' ? 'active systems' : r.storage})`;
  let text: string;
  if (r.period === 'indefinite') {
    const form = r.action === 'anonymise' ? ' in anonymised form' : r.action === 'archive' ? ' in an archive' : '';
    text = `Kept${form} with no fixed end${scope}.`;
  } else if (r.bound === 'minimum') text = `Kept at least ${duration(r.period)} ${after}${scope}, then ${action}.`;
  else if (r.period.days === 0 && Object.keys(r.period).length === 1) text = `${capital(action)} immediately ${after}${scope}.`;
  else text = `${capital(action)} at the latest ${duration(r.period)} ${after}${scope}.`;
  if (r.minimum) text += ` Kept at least ${duration(r.minimum)}.`;
  if (r.gracePeriod) text += ` For the first ${duration(r.gracePeriod)} this can be undone.`;
  if (r.alignTo === 'fiscal_year_end')
    text += ` Counted from the end of the fiscal year${r.fiscalYearEnd ? ` (${r.fiscalYearEnd.day}/${r.fiscalYearEnd.month})` : ''}.`;
  if (r.timeZone && r.timeZone !== m.timeZone) text += ` Days are counted in ${r.timeZone} time.`;
  if (r.reason) text += ` Why: ${r.reason.replace(/\.$/, '')}.`;
  return text;
}

function retentionSection(m: PrivacyManifest): PolicySection | undefined {
  const items = m.retention.map((r): Inline[] => {
    const covers = m.collections.filter((c) => c.retention.includes(r.key)).map((c) => categoryLabel(m, c.category));
    return [strong(r.description), ` ${retentionWords(m, r)}`, covers.length > 0 ? ` Applies to: ${covers.join(', ')}.` : ''].filter((x) => x !== '');
  });
  for (const c of m.collections) {
    if (c.retentionStatement) items.push([strong(categoryLabel(m, c.category)), ` — ${c.retentionStatement}`]);
  }
  // No rule and no statement: the policy does not say how long, and neither does this text.
  if (items.length === 0) return undefined;
  return { id: 'how-long-we-keep-it', title: 'How long we keep it', blocks: [ul(items)] };
}

function securitySection(m: PrivacyManifest): PolicySection | undefined {
  const items: Inline[][] = m.commitments
    .filter((c) => !SHARING_COMMITMENTS.has(c.kind) && !COOKIE_COMMITMENTS.has(c.kind))
    .map((c) => [commitmentStatement(c)]);
  if (m.breach?.notifyUsersWithin) items.push([`If a breach affects your data, we will tell you within ${duration(m.breach.notifyUsersWithin)}.`]);
  if (m.breach?.notifyAuthorityWithin) items.push([`We will tell the supervisory authority within ${duration(m.breach.notifyAuthorityWithin)}.`]);
  if (m.breach?.description) items.push([m.breach.description]);
  if (items.length === 0) return undefined;
  return { id: 'security', title: 'Security and commitments', blocks: [ul(items)] };
}

function childrenSection(m: PrivacyManifest): PolicySection | undefined {
  const a = m.age;
  // No age rules: the policy says nothing about age, so neither does this text.
  if (!a) return undefined;
  const items: Inline[][] = [];
  // A minimum of 0 is no minimum: never "at least 0".
  const minimum = a.minimumAge !== undefined && a.minimumAge > 0 ? a.minimumAge : undefined;
  if (minimum !== undefined) items.push([`You must be at least ${minimum} to use the service.`]);
  if (a.parentalConsentBelow !== undefined) {
    items.push([
      `If you are under ${a.parentalConsentBelow}, you need ${a.consentFrom ? `consent from your ${joinWords(a.consentFrom, 'or')}` : 'parental consent'}.`,
    ]);
  } else if (a.consentFrom) {
    items.push([`Consent for a minor is given by a ${joinWords(a.consentFrom, 'or')}.`]);
  }
  if (a.minorBelow !== undefined) items.push([`We treat anyone under ${a.minorBelow} as a minor.`]);
  if (a.onUnderageDiscovered && minimum !== undefined) {
    const discovered = { delete_account: 'delete the account', delete_data: 'delete the data', suspend_account: 'suspend the account' }[a.onUnderageDiscovered];
    items.push([`If we find an account of someone under ${minimum}, we ${discovered}.`]);
  }
  if (a.educationalAccounts) {
    const e = a.educationalAccounts;
    items.push([
      `Accounts may be managed by a ${joinWords(e.managedBy, 'or')}${e.mayConsent ? ', who may give the consent a minor needs' : ''}${e.limitedData ? ', with limited data collection' : ''}.${e.description ? ` ${e.description}` : ''}`,
    ]);
  }
  if (a.parentsMayRequestAccessOrDeletion) items.push(["Parents may ask to see or delete their child's data."]);
  const blocks: Block[] = [];
  if (a.description) blocks.push(p(a.description));
  if (items.length > 0) blocks.push(ul(items));
  if (blocks.length === 0) return undefined;
  return { id: 'children', title: 'Children', blocks };
}

function changesSection(m: PrivacyManifest): PolicySection {
  const n = m.notice;
  const version = p(`This version (${m.version}) takes effect ${m.effectiveDate.length === 7 ? 'in' : 'on'} ${formatPolicyDate(m.effectiveDate)}.`);
  if (!n) return { id: 'changes', title: 'Changes to this policy', blocks: [version] };
  const promise = (what: string, c: typeof n.material): string | undefined => {
    const via = c.channels.length > 0 ? ` by ${joinWords(c.channels.map((x) => CHANNEL[x]))}` : '';
    const may = c.mayUse?.length ? `We may also tell you by ${joinWords(c.mayUse.map((x) => CHANNEL[x]))}.` : '';
    const advance = c.advanceNotice ? ` at least ${duration(c.advanceNotice)} before they take effect` : '';
    // Nothing promised for this class of change: say nothing, rather than "no separate notice".
    if (!via && !advance) return may ? `${capital(what)}: ${may.charAt(0).toLowerCase()}${may.slice(1)}` : undefined;
    return `We announce ${what}${via}${advance}.${may ? ` ${may}` : ''}`;
  };
  const items: Inline[][] = [promise('material changes', n.material), n.material.description, promise('minor changes', n.minor), n.minor.description]
    .filter((x): x is string => x !== undefined)
    .map((x) => [x]);
  // The counting rule is published only when the policy makes the publication day count (the
  // default, notice from the next day, is how @priv/notice counts, not a sentence of the policy).
  if (n.publicationDayCounts && (n.material.advanceNotice || n.minor.advanceNotice)) items.push(['The day we publish a change counts as a day of notice.']);
  if (n.continuedUseMeansAcceptance) items.push(['If you keep using the service after a change takes effect, you accept the updated policy.']);
  const blocks: Block[] = [];
  if (items.length > 0) blocks.push(ul(items));
  if (n.materialExamples?.length) blocks.push(p(`Material changes include: ${n.materialExamples.join('; ')}.`));
  if (n.minorExamples?.length) blocks.push(p(`Minor changes include: ${n.minorExamples.join('; ')}.`));
  blocks.push(version);
  return { id: 'changes', title: 'Changes to this policy', blocks };
}

function contactSection(m: PrivacyManifest): PolicySection {
  const who: Inline[] = [strong(m.controller.name)];
  if (m.controller.legalName) who.push(` (${m.controller.legalName})`);
  if (m.controller.operatedBy) who.push(`, operated by ${m.controller.operatedBy},`);
  who.push(' is responsible for your data.');
  if (m.controller.website) who.push(' Website: ', link(m.controller.website, m.controller.website), '.');
  const ways: Inline[][] = [];
  if (m.contact.email) ways.push(['Email: ', link(m.contact.email, `mailto:${m.contact.email}`)]);
  if (m.contact.url) ways.push(['Web: ', link(m.contact.url, m.contact.url)]);
  if (m.contact.supportTicket) ways.push([`Support ticket: ${m.contact.supportTicket}`]);
  if (m.contact.other) ways.push([m.contact.other]);
  return { id: 'contact', title: 'Contact', blocks: [p(...who), ul(ways)] };
}

/**
 * Builds the policy as structured text from a manifest, in the seeds' order of sections: what we
 * collect, why, who we share it with, where the data is kept, cookies, your rights, how long we
 * keep it, security, children, changes, contact. A section the manifest has nothing for is left
 * out: silence stays silence ("we do not share", "we do not use cookies" come only from the
 * `no_sharing` / `no_cookies` commitments, never from an empty list). Pure; render it with
 * `documentToMarkdown` or `documentToHtml`, or use {@link renderPolicyMarkdown}.
 *
 * @param m - a validated manifest (`parseManifest`)
 * @returns the policy as sections of paragraphs and lists
 * @example
 * import { buildPolicyDocument } from '@priv/notice';
 * import { defineManifest, type PrivacyManifestInput } from '@priv/schema';
 *
 * const input = {
 *   version: '2026-05-12', effectiveDate: '2026-05-12', timeZone: 'UTC',
 *   controller: { name: 'CodeMentor AI' }, contact: { email: 'support@learnpython.academy' },
 *   purposes: [{ key: 'provide_service', description: 'To provide the service you paid for.' }],
 *   collections: [
 *     { category: 'user.contact.email', purposes: ['provide_service'], legalBases: ['contract'], source: 'data_subject', retention: ['backups_after_deletion'] },
 *     { category: 'user.technical.ip_address', purposes: ['provide_service'], legalBases: ['legitimate_interests'], source: 'automatic', retention: ['backups_after_deletion'] },
 *   ],
 *   recipients: [{ key: 'vercel', name: 'Vercel', role: 'sub_processor', services: ['hosting'], categories: ['user.technical.ip_address'] }],
 *   rights: [{ right: 'erasure', description: 'Delete your account.', channels: [{ method: 'email', address: 'support@learnpython.academy' }], response: { within: { days: 30 } } }],
 *   retention: [{ key: 'backups_after_deletion', description: '30 days in backups after deletion.', anchor: 'account_deleted', period: { days: 30 }, bound: 'maximum', action: 'delete', storage: 'backups' }],
 *   notice: { material: { advanceNotice: { days: 14 }, channels: ['email'] }, minor: { channels: ['page_update'] } },
 *   breach: { notifyUsersWithin: { hours: 72 } },
 * } satisfies PrivacyManifestInput;
 * const v1 = defineManifest(input);
 * buildPolicyDocument(v1).sections.map((s) => s.id).slice(0, 3); // ['what-we-collect', 'why-we-use-it', 'who-we-share-it-with']
 */
export function buildPolicyDocument(m: PrivacyManifest): PolicyDocument {
  const intro = [
    [`Version ${m.version}, effective ${formatPolicyDate(m.effectiveDate)}.`],
    ...(m.frameworks.length > 0 ? [[`Written for: ${m.frameworks.map((f) => frameworkWords(m, f)).join(', ')}.`]] : []),
  ];
  const sections = [
    collectSection(m),
    purposeSection(m),
    sharingSection(m),
    locationSection(m),
    cookieSection(m),
    rightsSection(m),
    retentionSection(m),
    securitySection(m),
    childrenSection(m),
    changesSection(m),
    contactSection(m),
  ].filter((s): s is PolicySection => s !== undefined);
  return { title: `Privacy policy — ${m.controller.name}`, intro, sections };
}
