import type { JurisdictionAgeRule } from './jurisdiction-ages.js';

/**
 * The version of a jurisdiction row in force on a calendar day: of the row and its `later` rows, the
 * last whose `effective` is on or before `day` and whose `ends` (if any) is after it. A row in force
 * later applies only from its date; a day before every version gets the oldest row (the law before
 * the table starts is not modelled).
 *
 * @param row - a jurisdiction row, possibly with dated `later` rows
 * @param day - the calendar day, `YYYY-MM-DD`
 * @returns the row in force that day (without its `later` list)
 * @example
 * const india = jurisdictionRule('IN'); // the built-in row, CONSENT_AGES.IN
 * rowInForce(india, '2026-12-03').consentAge; // 0 (the DPDP Act's s. 9 has not commenced)
 * rowInForce(india, '2027-05-13').consentAge; // 18
 */
export function rowInForce<Row extends JurisdictionAgeRule>(row: Row, day: string): Row {
  const versions = [row, ...((row.later ?? []) as readonly Row[])];
  let found: Row = row;
  for (const version of versions) {
    if ((version.effective ?? '') <= day && (version.ends === undefined || day < version.ends)) found = version;
  }
  if (found.later === undefined) return found;
  const { later: _later, ...rest } = found;
  return rest as unknown as Row;
}
