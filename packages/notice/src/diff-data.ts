import { legalBasesOf, purposeLabel } from '@priv/schema';
import { matchByKey, missingFrom, type ChangeLog } from './diff-support.js';

/** Purposes, custom categories and events declared in the manifest. */
export function diffDeclarations(log: ChangeLog): void {
  const { before, after } = log;
  const purposes = matchByKey(before.purposes, after.purposes, (p) => p.key);
  for (const p of purposes.pairs) {
    if (!p.before) log.add('purpose_added', ['purposes', p.afterIndex], undefined, p.after, `New purpose: ${purposeLabel(p.after)}.`);
    else log.rest(p.before, p.after, ['purposes', p.afterIndex], ['key'], `purpose "${purposeLabel(p.after)}"`);
  }
  for (const r of purposes.removed) log.add('purpose_removed', ['purposes', r.index], r.item, undefined, `Purpose no longer used: ${purposeLabel(r.item)}.`);

  const categories = matchByKey(before.categories, after.categories, (c) => c.key);
  for (const p of categories.pairs) {
    if (!p.before) log.add('wording_changed', ['categories', p.afterIndex], undefined, p.after, `Data category "${p.after.label}" declared.`);
    else log.rest(p.before, p.after, ['categories', p.afterIndex], ['key'], `data category "${p.after.label}"`);
  }
  for (const r of categories.removed)
    log.add('wording_changed', ['categories', r.index], r.item, undefined, `Data category "${r.item.label}" no longer declared.`);

  const events = matchByKey(before.events, after.events, (e) => e.key);
  for (const p of events.pairs) {
    if (!p.before) log.add('wording_changed', ['events', p.afterIndex], undefined, p.after, `Retention event "${p.key}" declared.`);
    else log.rest(p.before, p.after, ['events', p.afterIndex], ['key'], `retention event "${p.key}"`);
  }
  for (const r of events.removed) log.add('wording_changed', ['events', r.index], r.item, undefined, `Retention event "${r.key}" no longer declared.`);
}

/** What is collected, why, on which basis, for how long, and what is promised not to be collected. */
export function diffCollections(log: ChangeLog): void {
  const { before, after } = log;
  const label = (keys: readonly string[]) =>
    keys.map((k) => purposeLabel(after.purposes.find((p) => p.key === k) ?? before.purposes.find((p) => p.key === k) ?? { key: k, description: k })).join(', ');
  const { pairs, removed } = matchByKey(before.collections, after.collections, (c) => c.category);
  for (const p of pairs) {
    const path = ['collections', p.afterIndex];
    const name = log.label(p.key);
    const features = p.after.optional || p.before?.optional ? [p.key] : undefined;
    if (!p.before) {
      log.add(
        'collection_added',
        path,
        undefined,
        p.after,
        `We now collect ${name}${p.after.optional ? ' (optional feature)' : ''} for ${label(p.after.purposes)}.`,
        p.after.optional ? [p.key] : undefined,
      );
      continue;
    }
    const added = missingFrom(p.after.purposes, p.before.purposes);
    if (added.length > 0)
      log.add(
        'collection_purpose_added',
        [...path, 'purposes'],
        p.before.purposes,
        p.after.purposes,
        `${name} is now also used for ${label(added)}.`,
        features,
      );
    const dropped = missingFrom(p.before.purposes, p.after.purposes);
    if (dropped.length > 0)
      log.add(
        'collection_purpose_removed',
        [...path, 'purposes'],
        p.before.purposes,
        p.after.purposes,
        `${name} is no longer used for ${label(dropped)}.`,
        features,
      );
    const [basesBefore, basesAfter] = [legalBasesOf(p.before), legalBasesOf(p.after)];
    if (
      missingFrom(basesAfter, basesBefore).length + missingFrom(basesBefore, basesAfter).length > 0 ||
      JSON.stringify(p.before.legalBases) !== JSON.stringify(p.after.legalBases)
    ) {
      log.add(
        'collection_legal_basis_changed',
        [...path, 'legalBases'],
        p.before.legalBases,
        p.after.legalBases,
        `The lawful basis for ${name} changed from ${basesBefore.join(', ') || 'none stated'} to ${basesAfter.join(', ') || 'none stated'}.`,
        features,
      );
    }
    if (missingFrom(p.after.retention, p.before.retention).length + missingFrom(p.before.retention, p.after.retention).length > 0) {
      log.add(
        'collection_retention_changed',
        [...path, 'retention'],
        p.before.retention,
        p.after.retention,
        `${name} is now kept under the rules ${p.after.retention.join(', ')} (was ${p.before.retention.join(', ')}).`,
        features,
      );
    }
    if (p.before.optional === true && p.after.optional !== true)
      log.add('collection_made_required', [...path, 'optional'], true, p.after.optional, `${name} is no longer optional.`);
    if (p.before.optional !== true && p.after.optional === true)
      log.add('collection_made_optional', [...path, 'optional'], p.before.optional, true, `${name} is now collected only for an optional feature.`);
    log.rest(p.before, p.after, path, ['category', 'purposes', 'legalBases', 'retention', 'optional'], `the collection of ${name}`, features);
  }
  for (const r of removed) {
    log.add(
      'collection_removed',
      ['collections', r.index],
      r.item,
      undefined,
      `We no longer collect ${log.label(r.key)}.`,
      r.item.optional ? [r.key] : undefined,
    );
  }

  after.notCollected.forEach((key, i) => {
    if (!before.notCollected.includes(key))
      log.add('not_collected_promise_added', ['notCollected', i], undefined, key, `We promise not to collect ${log.label(key)}.`);
  });
  before.notCollected.forEach((key, i) => {
    if (!after.notCollected.includes(key))
      log.add('not_collected_promise_removed', ['notCollected', i], key, undefined, `The promise not to collect ${log.label(key)} is withdrawn.`);
  });
}
