import { canBeLonger, canBeShorter, orderPeriods } from './duration-order.js';
import { canonical, matchByKey, missingFrom, period, same, type ChangeLog } from './diff-support.js';

/** Retention rules: added or removed, periods lengthened or shortened, grace periods, the rest. */
export function diffRetention(log: ChangeLog): void {
  const { pairs, removed } = matchByKey(log.before.retention, log.after.retention, (r) => r.key);
  for (const p of pairs) {
    const path = ['retention', p.afterIndex];
    const r = p.after;
    if (!p.before) {
      log.add('retention_rule_added', path, undefined, r, `New retention rule: ${r.description}`);
      continue;
    }
    const b = p.before;
    // Exact, over every start date: { months: 1 } -> { days: 30 } is both (shorter from 31 January, longer from 1 March).
    const order = orderPeriods(r.period, b.period);
    const some = order === 'depends' ? ' for some start dates' : '';
    if (canBeLonger(r.period, b.period))
      log.add(
        'retention_lengthened',
        [...path, 'period'],
        b.period,
        r.period,
        `${r.description} — now ${period(r.period)} (was ${period(b.period)})${some ? `: longer${some}` : ''}.`,
      );
    if (canBeShorter(r.period, b.period))
      log.add(
        'retention_shortened',
        [...path, 'period'],
        b.period,
        r.period,
        `${r.description} — now ${period(r.period)} (was ${period(b.period)})${some ? `: shorter${some}` : ''}.`,
      );
    if (order === 'equal' && canonical(b.period) !== canonical(r.period))
      log.add('wording_changed', [...path, 'period'], b.period, r.period, `The period of "${r.key}" is written differently.`);
    if (!same(b.gracePeriod, r.gracePeriod)) {
      log.add(
        canBeShorter(r.gracePeriod, b.gracePeriod) ? 'retention_grace_shortened' : 'retention_grace_lengthened',
        [...path, 'gracePeriod'],
        b.gracePeriod,
        r.gracePeriod,
        `The grace period of "${r.key}" is now ${period(r.gracePeriod)} (was ${period(b.gracePeriod)}).`,
      );
    }
    for (const field of ['bound', 'minimum', 'action', 'storage', 'anchor', 'alignTo', 'fiscalYearEnd', 'timeZone'] as const) {
      if (!same(b[field], r[field])) log.add('retention_rule_changed', [...path, field], b[field], r[field], `Retention rule "${r.key}": ${field} changed.`);
    }
    log.rest(
      b,
      r,
      path,
      ['key', 'period', 'gracePeriod', 'bound', 'minimum', 'action', 'storage', 'anchor', 'alignTo', 'fiscalYearEnd', 'timeZone'],
      `retention rule "${r.key}"`,
    );
  }
  for (const r of removed) log.add('retention_rule_removed', ['retention', r.index], r.item, undefined, `Retention rule removed: ${r.item.description}`);
}

/** The platform's age rules. */
export function diffAge(log: ChangeLog): void {
  const b = log.before.age;
  const a = log.after.age;
  if (same(b, a)) return;
  if (b && !a) {
    log.add('age_protection_removed', ['age'], b, undefined, 'The age rules (minimum age and consent) are no longer stated.');
    return;
  }
  if (!b && a) {
    log.add('age_policy_changed', ['age'], undefined, a, `Age rules added${a.minimumAge !== undefined ? `: minimum age ${a.minimumAge}` : ''}.`);
    return;
  }
  if (!b || !a) return;
  for (const field of ['minimumAge', 'parentalConsentBelow', 'minorBelow'] as const) {
    if (b[field] !== a[field])
      log.add(
        'age_threshold_changed',
        ['age', field],
        b[field],
        a[field],
        `Age threshold ${field} is now ${a[field] ?? 'not set'} (was ${b[field] ?? 'not set'}).`,
      );
  }
  for (const field of ['consentFrom', 'minorRestrictedPurposes'] as const) {
    const lost = missingFrom(b[field], a[field]);
    const gained = missingFrom(a[field], b[field]);
    if (lost.length > 0)
      log.add(
        field === 'minorRestrictedPurposes' ? 'age_protection_removed' : 'age_policy_changed',
        ['age', field],
        b[field],
        a[field],
        `Age rules: ${field} no longer includes ${lost.join(', ')}.`,
      );
    if (gained.length > 0)
      log.add(
        field === 'minorRestrictedPurposes' ? 'age_protection_added' : 'age_policy_changed',
        ['age', field],
        b[field],
        a[field],
        `Age rules: ${field} now includes ${gained.join(', ')}.`,
      );
  }
  if (b.parentsMayRequestAccessOrDeletion === true && a.parentsMayRequestAccessOrDeletion !== true) {
    log.add(
      'age_protection_removed',
      ['age', 'parentsMayRequestAccessOrDeletion'],
      true,
      a.parentsMayRequestAccessOrDeletion,
      "Parents may no longer ask to see or delete their child's data.",
    );
  } else if (b.parentsMayRequestAccessOrDeletion !== true && a.parentsMayRequestAccessOrDeletion === true) {
    log.add(
      'age_protection_added',
      ['age', 'parentsMayRequestAccessOrDeletion'],
      b.parentsMayRequestAccessOrDeletion,
      true,
      "Parents may now ask to see or delete their child's data.",
    );
  }
  for (const field of ['onUnderageDiscovered', 'educationalAccounts'] as const) {
    if (!same(b[field], a[field])) log.add('age_policy_changed', ['age', field], b[field], a[field], `Age rules: ${field} changed.`);
  }
  log.rest(
    b,
    a,
    ['age'],
    [
      'minimumAge',
      'parentalConsentBelow',
      'minorBelow',
      'consentFrom',
      'minorRestrictedPurposes',
      'parentsMayRequestAccessOrDeletion',
      'onUnderageDiscovered',
      'educationalAccounts',
    ],
    'the age rules',
  );
}
