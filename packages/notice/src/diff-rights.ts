import type { Right } from '@priv/schema';
import { canBeLonger, canBeShorter, orderPeriods } from './duration-order.js';
import { canonical, matchByKey, missingFrom, period, same, type ChangeLog } from './diff-support.js';

const rightName = (r: Right) => r.right.replace(/_/g, ' ');

/** Data-subject rights: granted or removed, channels, where they apply, response times, exports. */
export function diffRights(log: ChangeLog): void {
  const { pairs, removed } = matchByKey(log.before.rights, log.after.rights, (r) => r.right);
  for (const p of pairs) {
    const path = ['rights', p.afterIndex];
    const r = p.after;
    const name = rightName(r);
    if (!p.before) {
      log.add('right_added', path, undefined, r, `New right: ${name}.`);
      continue;
    }
    const b = p.before;
    const lostChannels = missingFrom(b.channels, r.channels);
    if (lostChannels.length > 0)
      log.add(
        'right_weakened',
        [...path, 'channels'],
        b.channels,
        r.channels,
        `The right of ${name} can no longer be exercised by ${lostChannels.map((c) => c.method.replace(/_/g, ' ')).join(', ')}.`,
      );
    const newChannels = missingFrom(r.channels, b.channels);
    if (newChannels.length > 0)
      log.add(
        'right_improved',
        [...path, 'channels'],
        b.channels,
        r.channels,
        `The right of ${name} can now also be exercised by ${newChannels.map((c) => c.method.replace(/_/g, ' ')).join(', ')}.`,
      );
    if (!same(b.jurisdictions, r.jurisdictions)) {
      const narrowed = r.jurisdictions !== undefined && (b.jurisdictions === undefined || missingFrom(b.jurisdictions, r.jurisdictions).length > 0);
      const where = r.jurisdictions ? r.jurisdictions.join(', ') : 'everywhere';
      log.add(
        narrowed ? 'right_weakened' : 'right_improved',
        [...path, 'jurisdictions'],
        b.jurisdictions,
        r.jurisdictions,
        `The right of ${name} now applies ${r.jurisdictions ? `in ${where}` : where}.`,
      );
    }
    diffResponse(log, b, r, path, name);
    if (b.export && !r.export) log.add('right_weakened', [...path, 'export'], b.export, undefined, `The data export for ${name} is no longer described.`);
    else if (!b.export && r.export) log.add('right_improved', [...path, 'export'], undefined, r.export, `The data export for ${name} is now described.`);
    else if (b.export && r.export && !same(b.export, r.export)) {
      const lost = missingFrom(b.export.parts, r.export.parts).length > 0 && missingFrom(r.export.parts, b.export.parts).length === 0;
      const kind = lost || (b.export.machineReadable === true && r.export.machineReadable !== true) ? 'right_weakened' : 'other_change';
      log.add(kind, [...path, 'export'], b.export, r.export, `The contents of the data export for ${name} changed.`);
    }
    log.rest(b, r, path, ['right', 'channels', 'jurisdictions', 'response', 'export'], `the right of ${name}`);
  }
  for (const r of removed) log.add('right_removed', ['rights', r.index], r.item, undefined, `The right of ${rightName(r.item)} is no longer offered.`);
}

function diffResponse(log: ChangeLog, b: Right, r: Right, path: (string | number)[], name: string): void {
  const before = b.response;
  const after = r.response;
  if (same(before, after)) return;
  const at = [...path, 'response'];
  if (before && !after) {
    log.add('right_weakened', at, before, undefined, `No response time is promised any more for ${name} (was ${period(before.within)}).`);
    return;
  }
  if (!before && after) {
    log.add('right_improved', at, undefined, after, `We now promise to answer ${name} requests within ${period(after.within)}.`);
    return;
  }
  if (!before || !after) return;
  const order = orderPeriods(after.within, before.within);
  if (canBeLonger(after.within, before.within))
    log.add(
      'response_time_longer',
      [...at, 'within'],
      before.within,
      after.within,
      `We now answer ${name} requests within ${period(after.within)} (was ${period(before.within)}).`,
    );
  if (canBeShorter(after.within, before.within))
    log.add(
      'response_time_shorter',
      [...at, 'within'],
      before.within,
      after.within,
      `We now answer ${name} requests within ${period(after.within)} (was ${period(before.within)}).`,
    );
  if (order === 'equal' && canonical(before.within) !== canonical(after.within))
    log.add('wording_changed', [...at, 'within'], before.within, after.within, `The response time for ${name} is written differently.`);
  if (!same(before.extension, after.extension)) {
    const longer =
      after.extension !== undefined &&
      (before.extension === undefined || after.extension.by === undefined || canBeLonger(after.extension.by, before.extension.by));
    const quieter = before.extension?.withNotice === true && after.extension?.withNotice === false;
    const kind = longer || quieter ? 'response_time_longer' : 'response_time_shorter';
    const words = after.extension
      ? `may now be extended${after.extension.by ? ` by up to ${period(after.extension.by)}` : ''}${after.extension.withNotice ? ' with notice' : ''}`
      : 'can no longer be extended';
    log.add(kind, [...at, 'extension'], before.extension, after.extension, `The response time for ${name} ${words}.`);
  }
  if (!same(before.usually, after.usually))
    log.add('wording_changed', [...at, 'usually'], before.usually, after.usually, `The usual response time for ${name} is now ${period(after.usually)}.`);
}
