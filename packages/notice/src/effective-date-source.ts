/** Where a notice plan's effective date comes from. */
export type EffectiveDateSource = 'requested' | 'manifest' | 'earliest';

/**
 * @internal Which effective date a notice plan checks: the one the caller asked for; else, when
 * there are changes to announce, the new manifest's own `effectiveDate` (the date the published
 * policy will state, so a date that gives too little notice is caught by default); else the
 * earliest allowed. `'earliest'` asks for the earliest allowed date explicitly.
 *
 * @param option - the caller's `effectiveDate` option (`YYYY-MM-DD`, `YYYY-MM`, `'earliest'` or `undefined`)
 * @param manifestDate - the new manifest's `effectiveDate`, when the diff carries one
 * @param hasChanges - whether the diff has any change to announce
 * @returns `'requested'`, `'manifest'` or `'earliest'`
 * @example
 * import { effectiveDateSource } from './effective-date-source.js';
 *
 * effectiveDateSource(undefined, '2026-12-01', true); // 'manifest'
 * effectiveDateSource('2026-10-01', '2026-12-01', true); // 'requested'
 * effectiveDateSource('earliest', '2026-12-01', true); // 'earliest'
 * effectiveDateSource(undefined, '2026-12-01', false); // 'earliest'
 */
export function effectiveDateSource(option: unknown, manifestDate: unknown, hasChanges: boolean): EffectiveDateSource {
  if (option === 'earliest') return 'earliest';
  if (option !== undefined) return 'requested';
  return hasChanges && manifestDate !== undefined ? 'manifest' : 'earliest';
}
