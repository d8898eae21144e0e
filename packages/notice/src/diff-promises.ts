import type { ChangeNotice } from '@priv/schema';
import { canBeLonger, canBeShorter, orderPeriods } from './duration-order.js';
import { canonical, matchByKey, missingFrom, period, same, type ChangeLog } from './diff-support.js';

/** The policy's promises about its own changes. */
export function diffNotice(log: ChangeLog): void {
  const b = log.before.notice;
  const a = log.after.notice;
  if (same(b, a)) return;
  if (b && !a) {
    log.add('notice_shortened', ['notice'], b, undefined, 'The policy no longer promises any notice of changes.');
    return;
  }
  if (!b && a) {
    log.add(
      'notice_lengthened',
      ['notice'],
      undefined,
      a,
      `The policy now promises notice of material changes${a.material.advanceNotice ? ` ${period(a.material.advanceNotice)} in advance` : ''}.`,
    );
    return;
  }
  if (!b || !a) return;
  for (const cls of ['material', 'minor'] as const) diffChangeNotice(log, b[cls], a[cls], cls);
  if (b.continuedUseMeansAcceptance !== a.continuedUseMeansAcceptance) {
    log.add(
      'notice_acceptance_changed',
      ['notice', 'continuedUseMeansAcceptance'],
      b.continuedUseMeansAcceptance,
      a.continuedUseMeansAcceptance,
      a.continuedUseMeansAcceptance ? 'Continued use of the service now means you accept changes.' : 'Continued use no longer counts as accepting changes.',
    );
  }
  if (b.publicationDayCounts !== a.publicationDayCounts) {
    log.add(
      a.publicationDayCounts ? 'notice_shortened' : 'notice_lengthened',
      ['notice', 'publicationDayCounts'],
      b.publicationDayCounts,
      a.publicationDayCounts,
      a.publicationDayCounts ? 'The day a change is published now counts as a day of notice.' : 'Notice now runs from the day after a change is published.',
    );
  }
  log.rest(b, a, ['notice'], ['material', 'minor', 'continuedUseMeansAcceptance', 'publicationDayCounts'], 'the change policy');
}

function diffChangeNotice(log: ChangeLog, b: ChangeNotice, a: ChangeNotice, cls: 'material' | 'minor'): void {
  const path = ['notice', cls];
  const order = orderPeriods(a.advanceNotice, b.advanceNotice);
  const words = `Notice of ${cls} changes is now ${a.advanceNotice ? `${period(a.advanceNotice)} in advance` : 'not given in advance'} (was ${b.advanceNotice ? period(b.advanceNotice) : 'none'}).`;
  if (canBeShorter(a.advanceNotice, b.advanceNotice)) log.add('notice_shortened', [...path, 'advanceNotice'], b.advanceNotice, a.advanceNotice, words);
  if (canBeLonger(a.advanceNotice, b.advanceNotice)) log.add('notice_lengthened', [...path, 'advanceNotice'], b.advanceNotice, a.advanceNotice, words);
  if (order === 'equal' && canonical(a.advanceNotice) !== canonical(b.advanceNotice))
    log.add('wording_changed', [...path, 'advanceNotice'], b.advanceNotice, a.advanceNotice, `The notice period for ${cls} changes is written differently.`);
  const lost = missingFrom(b.channels, a.channels);
  if (lost.length > 0)
    log.add('notice_channel_removed', [...path, 'channels'], b.channels, a.channels, `Notice of ${cls} changes is no longer given by ${lost.join(', ')}.`);
  const gained = missingFrom(a.channels, b.channels);
  if (gained.length > 0)
    log.add('notice_channel_added', [...path, 'channels'], b.channels, a.channels, `Notice of ${cls} changes is now also given by ${gained.join(', ')}.`);
  if (!same(b.mayUse, a.mayUse))
    log.add(
      'notice_policy_changed',
      [...path, 'mayUse'],
      b.mayUse,
      a.mayUse,
      `Channels we may also use for ${cls} changes: ${(a.mayUse ?? []).join(', ') || 'none'}.`,
    );
}

/** Breach notification promises. */
export function diffBreach(log: ChangeLog): void {
  const b = log.before.breach;
  const a = log.after.breach;
  if (same(b, a)) return;
  for (const field of ['notifyUsersWithin', 'notifyAuthorityWithin'] as const) {
    const before = b?.[field];
    const after = a?.[field];
    if (same(before, after)) continue;
    const who = field === 'notifyUsersWithin' ? 'you' : 'the authority';
    const path = ['breach', field];
    if (before && !after)
      log.add('breach_promise_removed', path, before, undefined, `We no longer promise to notify ${who} of a breach within ${period(before)}.`);
    else if (!before && after) log.add('breach_promise_added', path, undefined, after, `We now promise to notify ${who} of a breach within ${period(after)}.`);
    else {
      // Can it end later for some breach? Then it is longer (the change users must hear about).
      const kind = canBeLonger(after, before) ? 'breach_notice_longer' : canBeShorter(after, before) ? 'breach_notice_shorter' : 'wording_changed';
      log.add(kind, path, before, after, `We now notify ${who} of a breach within ${period(after)} (was ${period(before)}).`);
    }
  }
  if (b?.description !== a?.description)
    log.add('wording_changed', ['breach', 'description'], b?.description, a?.description, 'The wording of the breach promise changed.');
}

/** Standing commitments and the redaction promise. */
export function diffCommitments(log: ChangeLog): void {
  const { pairs, removed } = matchByKey(log.before.commitments, log.after.commitments, (c) => c.kind);
  for (const p of pairs) {
    const path = ['commitments', p.afterIndex];
    if (!p.before) log.add('commitment_added', path, undefined, p.after, `New commitment: ${p.after.statement}`);
    else if (p.before.statement !== p.after.statement)
      log.add('wording_changed', [...path, 'statement'], p.before.statement, p.after.statement, `The wording of a commitment changed: ${p.after.statement}`);
  }
  for (const r of removed) log.add('commitment_removed', ['commitments', r.index], r.item, undefined, `Commitment withdrawn: ${r.item.statement}`);

  const b = log.before.redaction;
  const a = log.after.redaction;
  if (same(b, a)) return;
  if (b && !a) log.add('redaction_weakened', ['redaction'], b, undefined, 'Personal data is no longer redacted before it reaches the recipients named.');
  else if (!b && a)
    log.add('redaction_strengthened', ['redaction'], undefined, a, `We now redact ${a.kinds.join(', ')} before text reaches ${a.before.join(', ')}.`);
  else if (b && a) {
    for (const field of ['kinds', 'before'] as const) {
      const lost = missingFrom<string>(b[field], a[field]);
      const gained = missingFrom<string>(a[field], b[field]);
      if (lost.length > 0) log.add('redaction_weakened', ['redaction', field], b[field], a[field], `Redaction no longer covers ${lost.join(', ')}.`);
      if (gained.length > 0) log.add('redaction_strengthened', ['redaction', field], b[field], a[field], `Redaction now also covers ${gained.join(', ')}.`);
    }
    if (b.description !== a.description)
      log.add('wording_changed', ['redaction', 'description'], b.description, a.description, 'The wording of the redaction promise changed.');
  }
}

/** Who is responsible, how to reach them, frameworks and the manifest's zone. */
export function diffOrganisation(log: ChangeLog): void {
  const { before, after } = log;
  const fields = <T extends object>(x: T, y: T) => [...new Set([...Object.keys(x), ...Object.keys(y)])] as (keyof T & string)[];
  for (const field of fields(before.controller, after.controller)) {
    if (before.controller[field] !== after.controller[field]) {
      log.add(
        'controller_changed',
        ['controller', field],
        before.controller[field],
        after.controller[field],
        `The controller's ${field} is now ${after.controller[field] ?? 'not stated'} (was ${before.controller[field] ?? 'not stated'}).`,
      );
    }
  }
  for (const field of fields(before.contact, after.contact)) {
    if (before.contact[field] !== after.contact[field]) {
      log.add(
        'contact_changed',
        ['contact', field],
        before.contact[field],
        after.contact[field],
        `Privacy contact (${field}) is now ${after.contact[field] ?? 'removed'}.`,
      );
    }
  }
  if (!same([...before.frameworks].sort(), [...after.frameworks].sort())) {
    log.add(
      'frameworks_changed',
      ['frameworks'],
      before.frameworks,
      after.frameworks,
      `The policy is now written for ${after.frameworks.join(', ') || 'no named framework'}.`,
    );
  }
  if (before.timeZone !== after.timeZone)
    log.add('time_zone_changed', ['timeZone'], before.timeZone, after.timeZone, `Dates are now counted in ${after.timeZone} (was ${before.timeZone}).`);
}
