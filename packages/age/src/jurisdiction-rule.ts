import { UnknownJurisdictionError } from './errors.js';
import { CONSENT_AGES, type JurisdictionAgeRule, type JurisdictionAgeTable } from './jurisdiction-ages.js';
import { rowInForce } from './row-in-force.js';

/**
 * The row for a jurisdiction code (`DE`, `US-CA`), from `table` (the built-in ages by default; pass
 * `DEFAULT_JURISDICTIONS` or your own cited table to get names and sources). This is the code's
 * oldest row with its dated `later` rows; {@link jurisdictionRuleOn} gives the one in force on a day.
 * Throws {@link UnknownJurisdictionError} for a code the table does not have.
 *
 * @param code - a jurisdiction code: ISO 3166-1 (`DE`) or a subdivision (`US-CA`)
 * @param table - the table to read (the built-in `CONSENT_AGES` by default; `DEFAULT_JURISDICTIONS` for names and sources)
 * @returns the code's row (its oldest; dated later rows in `later`)
 * @throws UnknownJurisdictionError for a code the table does not have (never a silent default)
 * @example
 * jurisdictionRule('KR').consentAge; // 14
 * jurisdictionRule('KR', DEFAULT_JURISDICTIONS).source.article; // 'Art. 22-2'
 */
export function jurisdictionRule<Row extends JurisdictionAgeRule = JurisdictionAgeRule>(
  code: string,
  table: Readonly<Record<string, Row>> = CONSENT_AGES as Readonly<Record<string, Row>>,
): Row {
  const row = typeof code === 'string' && Object.hasOwn(table, code) ? table[code] : undefined;
  if (!row) throw new UnknownJurisdictionError(String(code));
  return row;
}

/**
 * The row for a jurisdiction code in force on a calendar day: rows in force later apply only from
 * their `effective` date, superseded rows stop the day their `ends` says.
 *
 * @param code - the jurisdiction code (`IN`, `US-NJ`)
 * @param day - the calendar day, `YYYY-MM-DD` (the person's day: `formatCalendarDate(localDate(on, timeZone))`)
 * @param table - the table (default the built-in ages; `DEFAULT_JURISDICTIONS` for sources)
 * @returns the row in force that day
 * @throws {UnknownJurisdictionError} for a code the table does not have
 * @example
 * jurisdictionRuleOn('IN', '2026-12-03').consentAge; // 0
 * jurisdictionRuleOn('IN', '2027-05-13').consentAge; // 18
 * jurisdictionRuleOn('IN', '2027-05-13', DEFAULT_JURISDICTIONS).source.article; // 'Section 9(1) and 9(3); DPDP Rules 2025 Rule 10'
 */
export function jurisdictionRuleOn<Row extends JurisdictionAgeRule = JurisdictionAgeRule>(
  code: string,
  day: string,
  table: Readonly<Record<string, Row>> = CONSENT_AGES as Readonly<Record<string, Row>>,
): Row {
  return rowInForce(jurisdictionRule(code, table), day);
}

/**
 * The age of digital consent in a jurisdiction (its oldest row, or the row in force on `day`): below
 * it, a parent's consent is needed.
 *
 * @param code - a jurisdiction code: ISO 3166-1 (`DE`) or a subdivision (`US-CA`, `CA-QC`)
 * @param table - the table to read (the built-in `CONSENT_AGES` by default)
 * @param day - a `YYYY-MM-DD` day: the row in force then (without it, the code's oldest row)
 * @returns the age in whole years below which a parent's consent is needed
 * @throws UnknownJurisdictionError for a code the table does not have
 * @example
 * digitalConsentAge('GB'); // 13
 * digitalConsentAge('IN', CONSENT_AGES, '2027-06-01'); // 18
 */
export function digitalConsentAge(code: string, table: JurisdictionAgeTable = CONSENT_AGES, day?: string): number {
  return (day === undefined ? jurisdictionRule(code, table) : jurisdictionRuleOn(code, day, table)).consentAge;
}
