import { matchByKey, missingFrom, same, show, type ChangeLog } from './diff-support.js';

/** Who receives data, what they receive and on which terms; cookies and browser storage. */
export function diffRecipients(log: ChangeLog): void {
  const { before, after } = log;
  const { pairs, removed } = matchByKey(before.recipients, after.recipients, (r) => r.key);
  for (const p of pairs) {
    const path = ['recipients', p.afterIndex];
    const r = p.after;
    const features = r.optional || p.before?.optional ? [r.key] : undefined;
    if (!p.before) {
      const what = r.categories.length > 0 ? `, receiving ${log.labels(r.categories)}` : '';
      log.add(
        'recipient_added',
        path,
        undefined,
        r,
        `New recipient: ${r.name} (${r.services.join(', ')})${what}${r.optional ? ' (optional feature)' : ''}.`,
        r.optional ? [r.key] : undefined,
      );
      continue;
    }
    const b = p.before;
    const more = [...missingFrom(r.categories, b.categories), ...missingFrom(r.collectsDirectly, b.collectsDirectly)];
    if (more.length > 0)
      log.add('recipient_receives_more', [...path, 'categories'], b.categories, r.categories, `${r.name} now also receives ${log.labels(more)}.`, features);
    const less = [...missingFrom(b.categories, r.categories), ...missingFrom(b.collectsDirectly, r.collectsDirectly)];
    if (less.length > 0)
      log.add('recipient_receives_less', [...path, 'categories'], b.categories, r.categories, `${r.name} no longer receives ${log.labels(less)}.`, features);
    if (!same(b.purposes, r.purposes)) {
      const at = [...path, 'purposes'];
      if (r.purposes === undefined)
        log.add('recipient_receives_more', at, b.purposes, r.purposes, `${r.name} is no longer limited to ${(b.purposes ?? []).join(', ')}.`, features);
      else if (b.purposes === undefined)
        log.add('recipient_receives_less', at, b.purposes, r.purposes, `${r.name} now uses data only for ${r.purposes.join(', ')}.`, features);
      else {
        const added = missingFrom(r.purposes, b.purposes);
        const dropped = missingFrom(b.purposes, r.purposes);
        if (added.length > 0) log.add('recipient_receives_more', at, b.purposes, r.purposes, `${r.name} now also uses data for ${added.join(', ')}.`, features);
        if (dropped.length > 0)
          log.add('recipient_receives_less', at, b.purposes, r.purposes, `${r.name} no longer uses data for ${dropped.join(', ')}.`, features);
      }
    }
    const unexcluded = missingFrom(b.excludedCategories, r.excludedCategories);
    if (unexcluded.length > 0)
      log.add(
        'recipient_exclusion_removed',
        [...path, 'excludedCategories'],
        b.excludedCategories,
        r.excludedCategories,
        `The promise that ${r.name} never receives ${log.labels(unexcluded)} is withdrawn.`,
        features,
      );
    const excluded = missingFrom(r.excludedCategories, b.excludedCategories);
    if (excluded.length > 0)
      log.add(
        'recipient_receives_less',
        [...path, 'excludedCategories'],
        b.excludedCategories,
        r.excludedCategories,
        `We now promise ${r.name} never receives ${log.labels(excluded)}.`,
        features,
      );
    const wasDefault = b.optional !== true || b.enabledByDefault === true;
    const isDefault = r.optional !== true || r.enabledByDefault === true;
    if (!wasDefault && isDefault)
      log.add(
        'recipient_made_default',
        [...path, r.optional === true ? 'enabledByDefault' : 'optional'],
        { optional: b.optional, enabledByDefault: b.enabledByDefault },
        { optional: r.optional, enabledByDefault: r.enabledByDefault },
        `${r.name} now receives data by default, not only when you turn the feature on.`,
      );
    if (wasDefault && !isDefault)
      log.add(
        'recipient_made_optional',
        [...path, 'optional'],
        { optional: b.optional, enabledByDefault: b.enabledByDefault },
        { optional: r.optional, enabledByDefault: r.enabledByDefault },
        `${r.name} now receives data only when you turn the feature on.`,
      );
    if (b.trainsModelsOnData === false && r.trainsModelsOnData !== false)
      log.add(
        'recipient_may_train_models',
        [...path, 'trainsModelsOnData'],
        false,
        r.trainsModelsOnData,
        `The promise that ${r.name} does not train models on your data is withdrawn.`,
        features,
      );
    log.rest(
      b,
      r,
      path,
      [
        'key',
        'categories',
        'collectsDirectly',
        'purposes',
        'excludedCategories',
        'optional',
        'enabledByDefault',
        'trainsModelsOnData',
        'name',
        'description',
        'condition',
        'region',
        'privacyPolicyUrl',
      ],
      `recipient ${r.name}`,
      features,
    );
    for (const field of ['name', 'description', 'condition', 'region', 'privacyPolicyUrl'] as const) {
      if (b[field] !== r[field]) log.add('wording_changed', [...path, field], b[field], r[field], `Wording about ${r.name} (${field}) changed.`, features);
    }
  }
  for (const r of removed)
    log.add(
      'recipient_removed',
      ['recipients', r.index],
      r.item,
      undefined,
      `${r.item.name} no longer receives your data.`,
      r.item.optional ? [r.key] : undefined,
    );
}

/** Cookies and browser storage, matched by storage and name. */
export function diffCookies(log: ChangeLog): void {
  const { before, after } = log;
  const { pairs, removed } = matchByKey(before.cookies, after.cookies, (c) => `${c.storage}:${c.name}`);
  for (const p of pairs) {
    const path = ['cookies', p.afterIndex];
    if (!p.before) {
      log.add(
        'cookie_added',
        path,
        undefined,
        p.after,
        `New ${p.after.category.replace(/_/g, ' ')} ${(p.after.storage ?? 'browser storage').replace(/_/g, ' ')} entry${p.after.name ? `: ${p.after.name}` : ''}.`,
      );
      continue;
    }
    for (const field of ['category', 'lifetime', 'provider'] as const) {
      if (show(p.before[field]) !== show(p.after[field]))
        log.add(
          'cookie_changed',
          [...path, field],
          p.before[field],
          p.after[field],
          `Cookie ${p.after.name}: ${field} changed from ${show(p.before[field])} to ${show(p.after[field])}.`,
        );
    }
    log.rest(p.before, p.after, path, ['name', 'storage', 'category', 'lifetime', 'provider'], `cookie ${p.after.name}`);
  }
  for (const r of removed) log.add('cookie_removed', ['cookies', r.index], r.item, undefined, `Cookie ${r.item.name} is no longer used.`);
}
