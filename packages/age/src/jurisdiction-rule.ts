import { UnknownJurisdictionError } from './errors.js';
import { CONSENT_AGES, type JurisdictionAgeRule, type JurisdictionAgeTable } from './jurisdiction-ages.js';

/**
 * The row for a jurisdiction code (`DE`, `US-CA`), from `table` (the built-in ages by default; pass
 * `DEFAULT_JURISDICTIONS` or your own cited table to get names and sources).
 * Throws {@link UnknownJurisdictionError} for a code the table does not have.
 *
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
 * The age of digital consent in a jurisdiction: below it, a parent's consent is needed.
 *
 * @example
 * digitalConsentAge('IN'); // 18
 * digitalConsentAge('GB'); // 13
 */
export function digitalConsentAge(code: string, table: JurisdictionAgeTable = CONSENT_AGES): number {
  return jurisdictionRule(code, table).consentAge;
}
