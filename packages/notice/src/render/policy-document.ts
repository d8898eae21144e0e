import { LEGAL_BASIS_ARTICLE, purposeLabel, type PrivacyManifest, type RetentionRule, type Right } from '@priv/schema';
import { h3, link, p, strong, ul, type Block, type Inline, type PolicyDocument, type PolicySection } from './document.js';
import { capital, categoryLabel, duration, eventWords, groupLabel, joinWords, words } from './words.js';

const CHANNEL = { email: 'email', in_app: 'a notice in the app', page_update: 'an update of this page' } as const;
const STORAGE = { cookie: 'cookie', local_storage: 'local storage', session_storage: 'session storage', indexed_db: 'IndexedDB' } as const;
const FORMAT = { json: 'JSON', csv: 'CSV', pdf: 'PDF', text: 'text', original_files: 'original files' } as const;
const METHOD = { self_service: 'yourself in the product', email: 'by email', support_ticket: 'with a support ticket', web_form: 'with a web form' } as const;

function collectSection(m: PrivacyManifest): PolicySection {
  const groups = new Map<string, Inline[][]>();
  for (const c of m.collections) {
    const group = groupLabel(m, c.category);
    const item: Inline[] = [strong(categoryLabel(m, c.category))];
    if (c.description) item.push(` — ${c.description}`);
    if (c.optional) item.push(' (only if you use the optional feature)');
    groups.set(group, [...(groups.get(group) ?? []), item]);
  }
  const blocks: Block[] = [];
  for (const [group, items] of groups) blocks.push(h3(group), ul(items));
  if (m.notCollected.length > 0) {
    blocks.push(h3('What we do not collect'), ul(m.notCollected.map((key) => [`${categoryLabel(m, key)}`])));
  }
  return { id: 'what-we-collect', title: 'What we collect', blocks };
}

function purposeSection(m: PrivacyManifest): PolicySection {
  const items = m.purposes.map((purpose): Inline[] => {
    const bases = [...new Set(m.collections.filter((c) => c.purposes.includes(purpose.key)).flatMap((c) => c.legalBases))];
    const basis = bases.length > 0 ? ` Lawful basis: ${bases.map((b) => `${words(b)} (${LEGAL_BASIS_ARTICLE[b]})`).join(', ')}.` : '';
    return [strong(purposeLabel(purpose)), ` — ${purpose.description}${basis}`];
  });
  const blocks: Block[] = [ul(items)];
  if (m.age && m.age.minorRestrictedPurposes.length > 0) {
    const labels = m.age.minorRestrictedPurposes.map((k) => purposeLabel(m.purposes.find((x) => x.key === k) ?? { key: k, description: k }).toLowerCase());
    blocks.push(p(`We never use data of minors for ${joinWords(labels)}.`));
  }
  return { id: 'why-we-use-it', title: 'Why we use it', blocks };
}

function sharingSection(m: PrivacyManifest): PolicySection {
  const promises = m.commitments.filter((c) => c.kind === 'no_sale_of_data' || c.kind === 'no_sharing_for_marketing').map((c) => p(c.statement));
  const items = m.recipients.map((r): Inline[] => {
    const parts: string[] = [];
    if (r.description) parts.push(r.description);
    if (r.categories.length > 0) parts.push(`Receives: ${r.categories.map((k) => categoryLabel(m, k)).join(', ')}.`);
    if (r.collectsDirectly?.length) parts.push(`Collects directly from you: ${r.collectsDirectly.map((k) => categoryLabel(m, k)).join(', ')}.`);
    if (r.excludedCategories?.length) parts.push(`Never receives: ${r.excludedCategories.map((k) => categoryLabel(m, k)).join(', ')}.`);
    if (r.optional) parts.push(r.enabledByDefault ? 'Optional; on unless you turn it off.' : 'Optional; only if you turn the feature on.');
    if (r.condition) parts.push(`Only: ${r.condition}`);
    if (r.trainsModelsOnData === false) parts.push('Does not train models on your data.');
    if (r.selfHosted) parts.push('Runs on our own infrastructure.');
    if (r.contractuallyBound) parts.push('Bound by contract to use the data only for the service it provides.');
    if (r.region) parts.push(`Region: ${r.region}.`);
    const services = r.services.map((x) => words(x).replace(/\b(ai|api|cdn|dns)\b/g, (w) => w.toUpperCase()));
    const head: Inline[] = [strong(r.name), ` (${services.join(', ')})`];
    return parts.length > 0 ? [...head, ` — ${parts.join(' ')}`] : head;
  });
  const blocks: Block[] = [...promises, items.length > 0 ? ul(items) : p('We do not share your personal data with anyone.')];
  if (m.redaction) {
    const targets = m.redaction.before.map((key) => m.recipients.find((r) => r.key === key)?.name ?? words(key));
    blocks.push(p(`Before text reaches ${joinWords(targets)}, we remove ${joinWords(m.redaction.kinds.map((k) => (k === 'card' ? 'card numbers' : k === 'phone' ? 'phone numbers' : 'email addresses')))}.${m.redaction.description ? ` ${m.redaction.description}` : ''}`));
  }
  return { id: 'who-we-share-it-with', title: 'Who we share it with', blocks };
}

function cookieSection(m: PrivacyManifest): PolicySection {
  if (m.cookies.length === 0) return { id: 'cookies', title: 'Cookies', blocks: [p('We do not use cookies or similar browser storage.')] };
  const items = m.cookies.map((c): Inline[] => {
    const lifetime = c.lifetime === 'session' ? 'until you close the browser' : c.lifetime === 'persistent' ? 'until removed' : `for ${duration(c.lifetime.duration)}`;
    const provider = c.provider === 'first_party' ? '' : `, set by ${m.recipients.find((r) => r.key === c.provider)?.name ?? words(c.provider)}`;
    return [strong(c.name), ` (${words(c.category)}, ${STORAGE[c.storage]}, kept ${lifetime}${provider}) — ${c.purpose}`];
  });
  return { id: 'cookies', title: 'Cookies', blocks: [ul(items)] };
}

function responseWords(r: Right): string {
  const response = r.response;
  if (!response) return '';
  let text = ` We respond within ${duration(response.within)}`;
  if (response.usually) text += ` (usually within ${duration(response.usually)})`;
  if (response.extension) text += `; for complex requests we may extend this${response.extension.by ? ` by up to ${duration(response.extension.by)}` : ''}${response.extension.withNotice ? ' and will tell you' : ''}`;
  return `${text}.`;
}

function rightsSection(m: PrivacyManifest): PolicySection {
  if (m.rights.length === 0) return { id: 'your-rights', title: 'Your rights', blocks: [p('This policy lists no rights of its own; the law of where you live still applies.')] };
  const items = m.rights.map((r): Inline[] => {
    const how: Inline[] = [r.description ? ' How: ' : ' — How: '];
    r.channels.forEach((c, i) => {
      if (i > 0) how.push('; ');
      how.push(METHOD[c.method]);
      if (c.address) how.push(' at ', c.address.includes('@') && !c.address.startsWith('http') ? link(c.address, `mailto:${c.address}`) : link(c.address, c.address));
      if (c.location) how.push(` (${c.location})`);
    });
    how.push('.');
    const where = r.jurisdictions ? ` Applies in: ${r.jurisdictions.join(', ')}.` : '';
    const out: Inline[] = [strong(capital(words(r.right))), r.description ? ` — ${r.description}` : '', ...how, `${responseWords(r)}${where}`];
    if (r.export) {
      const parts = r.export.parts.map((part) => `${part.content} (${part.formats.map((f) => FORMAT[f]).join(', ')})`);
      out.push(` You receive ${r.export.packaging === 'zip' ? 'a ZIP archive' : 'a file'} with: ${parts.join('; ')}.${r.export.machineReadable ? ' It is machine-readable.' : ''}`);
    }
    return out.filter((x) => x !== '');
  });
  return { id: 'your-rights', title: 'Your rights', blocks: [ul(items)] };
}

function retentionWords(m: PrivacyManifest, r: RetentionRule): string {
  const after = `after ${eventWords(m, r.anchor)}`;
  const action = r.action === 'delete' ? 'deleted' : r.action === 'anonymise' ? 'anonymised' : 'archived';
  const scope = r.storage === 'all' ? '' : ` (${r.storage === 'active' ? 'active systems' : r.storage})`;
  let text: string;
  if (r.period === 'indefinite') text = `Kept with no fixed end${scope}.`;
  else if (r.bound === 'minimum') text = `Kept at least ${duration(r.period)} ${after}${scope}, then ${action}.`;
  else if (r.period.days === 0 && Object.keys(r.period).length === 1) text = `${capital(action)} immediately ${after}${scope}.`;
  else text = `${capital(action)} at the latest ${duration(r.period)} ${after}${scope}.`;
  if (r.minimum) text += ` Kept at least ${duration(r.minimum)}.`;
  if (r.gracePeriod) text += ` For the first ${duration(r.gracePeriod)} this can be undone.`;
  if (r.alignTo === 'fiscal_year_end') text += ' Counted from the end of the fiscal year.';
  if (r.reason) text += ` Why: ${r.reason.replace(/\.$/, '')}.`;
  return text;
}

function retentionSection(m: PrivacyManifest): PolicySection {
  const items = m.retention.map((r): Inline[] => {
    const covers = m.collections.filter((c) => c.retention.includes(r.key)).map((c) => categoryLabel(m, c.category));
    return [strong(r.description), ` ${retentionWords(m, r)}`, covers.length > 0 ? ` Applies to: ${covers.join(', ')}.` : ''].filter((x) => x !== '');
  });
  return { id: 'how-long-we-keep-it', title: 'How long we keep it', blocks: [ul(items)] };
}

function securitySection(m: PrivacyManifest): PolicySection | undefined {
  const items: Inline[][] = m.commitments.filter((c) => c.kind !== 'no_sale_of_data' && c.kind !== 'no_sharing_for_marketing').map((c) => [c.statement]);
  if (m.breach?.notifyUsersWithin) items.push([`If a breach affects your data, we will tell you within ${duration(m.breach.notifyUsersWithin)}.`]);
  if (m.breach?.notifyAuthorityWithin) items.push([`We will tell the supervisory authority within ${duration(m.breach.notifyAuthorityWithin)}.`]);
  if (items.length === 0) return undefined;
  return { id: 'security', title: 'Security and commitments', blocks: [ul(items)] };
}

function childrenSection(m: PrivacyManifest): PolicySection {
  const a = m.age;
  if (!a) return { id: 'children', title: 'Children', blocks: [p('This policy sets no age rules of its own.')] };
  const items: Inline[][] = [[`You must be at least ${a.minimumAge} to use the service.`]];
  if (a.parentalConsentBelow !== undefined) items.push([`If you are under ${a.parentalConsentBelow}, you need consent from your ${joinWords(a.consentFrom, 'or')}.`]);
  const discovered = { delete_account: 'delete the account', delete_data: 'delete the data', suspend_account: 'suspend the account' }[a.onUnderageDiscovered];
  items.push([`If we find an account of someone under ${a.minimumAge}, we ${discovered}.`]);
  if (a.educationalAccounts) {
    const e = a.educationalAccounts;
    items.push([`Accounts may be managed by a ${joinWords(e.managedBy, 'or')}${e.mayConsent ? ', who may give the consent a minor needs' : ''}${e.limitedData ? ', with limited data collection' : ''}.`]);
  }
  if (a.parentsMayRequestAccessOrDeletion) items.push(['Parents may ask to see or delete their child\'s data.']);
  const blocks: Block[] = [ul(items)];
  if (a.description) blocks.unshift(p(a.description));
  return { id: 'children', title: 'Children', blocks };
}

function changesSection(m: PrivacyManifest): PolicySection {
  const n = m.notice;
  if (!n) return { id: 'changes', title: 'Changes to this policy', blocks: [p('This policy makes no promise about how changes are announced.')] };
  const promise = (what: string, c: typeof n.material): string => {
    const via = c.channels.length > 0 ? ` by ${joinWords(c.channels.map((x) => CHANNEL[x]))}` : '';
    const may = c.mayUse?.length ? ` We may also use ${joinWords(c.mayUse.map((x) => CHANNEL[x]))}.` : '';
    const advance = c.advanceNotice ? ` at least ${duration(c.advanceNotice)} before they take effect` : '';
    if (c.channels.length === 0 && !advance) return `${capital(what)}: no separate notice.${may}`;
    return `We announce ${what}${via}${advance}.${may}`;
  };
  const items: Inline[][] = [[promise('material changes', n.material)], [promise('minor changes', n.minor)]];
  if (n.material.advanceNotice) items.push([n.publicationDayCounts ? 'The day we publish a change counts as a day of notice.' : 'Notice counts from the day after we publish a change.']);
  if (n.continuedUseMeansAcceptance) items.push(['If you keep using the service after a change takes effect, you accept the updated policy.']);
  const blocks: Block[] = [ul(items)];
  if (n.materialExamples?.length) blocks.push(p(`Material changes include: ${n.materialExamples.join('; ')}.`));
  if (n.minorExamples?.length) blocks.push(p(`Minor changes include: ${n.minorExamples.join('; ')}.`));
  blocks.push(p(`This version (${m.version}) takes effect on ${m.effectiveDate}.`));
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
 * collect, why, who we share it with, cookies, your rights, how long we keep it, security (when the
 * manifest has commitments or breach promises), children, changes, contact. Pure; render it with
 * `documentToMarkdown` or `documentToHtml`, or use {@link renderPolicyMarkdown}.
 *
 * @example
 * buildPolicyDocument(codementorAi).sections.map((s) => s.id).slice(0, 3);
 * // ['what-we-collect', 'why-we-use-it', 'who-we-share-it-with']
 */
export function buildPolicyDocument(m: PrivacyManifest): PolicyDocument {
  const intro = [[`Version ${m.version}, effective ${m.effectiveDate}.`], ...(m.frameworks.length > 0 ? [[`Written for: ${m.frameworks.map((f) => f.replace('_', ' ')).join(', ')}.`]] : [])];
  const sections = [
    collectSection(m),
    purposeSection(m),
    sharingSection(m),
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
