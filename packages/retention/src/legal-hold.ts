import { InvalidDateError } from './errors.js';

/**
 * A legal hold: while it is active, nothing it covers may be deleted, anonymised or archived,
 * whatever the retention rules say. Put it on a record (`record.holds`) or on a data subject (the
 * purge plan's `subjectHolds`, keyed by `record.subject`).
 *
 * A hold is active from `placedAt` until `releasedAt` (exclusive); without `releasedAt` it is active
 * until released. A released hold changes no end: what was due during the hold is due at release,
 * what was not due stays scheduled at its own end.
 */
export interface LegalHold {
  /** Your reference for the hold, e.g. a case number. */
  readonly id: string;
  readonly placedAt: Date;
  readonly releasedAt?: Date | null;
  /** Why, e.g. "Litigation: case 2026-114". */
  readonly reason?: string;
}

/**
 * Whether a hold is active at `now` (placed at or before `now`, not yet released). Without `now`, a
 * hold is active until it has a `releasedAt`.
 *
 * @param hold - a legal hold: `placedAt`, optional `releasedAt`
 * @param now - the instant to judge at; without it, active means not released
 * @param path - where the hold sits, for error paths (`['hold']` by default)
 * @returns `true` when `placedAt <= now < releasedAt` (or, without `now`, when it has no `releasedAt`)
 * @throws InvalidDateError when `placedAt`, `releasedAt` or `now` is not a valid `Date`
 * @example
 * const hold = { id: 'case-7', placedAt: new Date('2026-01-01T00:00:00Z') };
 * isHoldActive(hold, new Date('2026-03-01T00:00:00Z')); // true
 * isHoldActive({ ...hold, releasedAt: new Date('2026-02-01T00:00:00Z') }, new Date('2026-03-01T00:00:00Z')); // false
 */
export function isHoldActive(hold: LegalHold, now?: Date, path: readonly PropertyKey[] = ['hold']): boolean {
  const placed = validTime(hold.placedAt, [...path, 'placedAt']);
  const released = hold.releasedAt == null ? Number.POSITIVE_INFINITY : validTime(hold.releasedAt, [...path, 'releasedAt']);
  if (now === undefined) return hold.releasedAt == null;
  const at = validTime(now, ['now']);
  return placed <= at && at < released;
}

/**
 * The first hold of a list that is active at `now`, if any.
 *
 * @param holds - the holds on a record or a subject (`undefined`: none)
 * @param now - the instant to judge at; without it, a hold is active until it has a `releasedAt`
 * @param path - where the holds sit, for error paths (`['holds']` by default)
 * @returns the first active hold, or `undefined` when none is
 * @throws InvalidDateError when a hold's `placedAt` or `releasedAt`, or `now`, is not a valid `Date`
 * @example
 * const holds = [
 *   { id: 'old', placedAt: new Date('2025-01-01Z'), releasedAt: new Date('2025-06-01Z') },
 *   { id: 'case-7', placedAt: new Date('2026-01-01Z') },
 * ];
 * activeHold(holds, new Date('2026-03-01Z'))?.id; // 'case-7'
 */
export function activeHold(holds: readonly LegalHold[] | undefined, now?: Date, path: readonly PropertyKey[] = ['holds']): LegalHold | undefined {
  if (!holds) return undefined;
  for (let i = 0; i < holds.length; i++) {
    const hold = holds[i];
    if (hold && isHoldActive(hold, now, [...path, i])) return hold;
  }
  return undefined;
}

/** Epoch milliseconds of a valid `Date`, or an {@link InvalidDateError} at `path`. */
export function validTime(value: unknown, path: readonly PropertyKey[]): number {
  if (!(value instanceof Date)) throw new InvalidDateError(path, value);
  const ms = value.getTime();
  if (Number.isNaN(ms)) throw new InvalidDateError(path, value);
  return ms;
}
