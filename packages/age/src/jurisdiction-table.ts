import { CONSENT_AGES, type JurisdictionAgeRule } from './jurisdiction-ages.js';
import { JURISDICTION_NAMES, ROW_SOURCES } from './row-sources.js';

/** The law a row comes from: statute and article, where to read it, and (built-in rows) its dates. */
export interface JurisdictionSource {
  readonly law: string;
  readonly article: string;
  readonly url?: string | undefined;
  /** The first day the row applies (built-in rows always say). */
  readonly effective?: string | undefined;
  /** The first day it no longer applies, when superseded. */
  readonly ends?: string | undefined;
  /** The day its figures were verified, or `null`: not verified. */
  readonly checked?: string | null | undefined;
  readonly checkedAgainst?: string | undefined;
  readonly note?: string | undefined;
}

/** A cited jurisdiction row: the ages the gate reads, the jurisdiction's name and the law. */
export interface JurisdictionRule extends JurisdictionAgeRule {
  /** ISO 3166-1 alpha-2 (`DE`) or ISO 3166-2 subdivision (`US-CA`, `CA-QC`). */
  readonly code: string;
  readonly name: string;
  readonly source: JurisdictionSource;
  /** Cited rows that take over from their `effective` date. */
  readonly later?: readonly JurisdictionRule[];
}

/** A cited jurisdiction table: rows by code. Build your own with `defineJurisdictionTable`. */
export type JurisdictionTable = Readonly<Record<string, JurisdictionRule>>;

const GDPR = 'GDPR (Regulation (EU) 2016/679) Art. 8(1): 16 unless the state sets 13 to 16';
const EU = /^(AT|BE|BG|HR|CY|CZ|DK|EE|FI|FR|DE|GR|HU|IE|IT|LV|LT|LU|MT|NL|PL|PT|RO|SK|SI|ES|SE|IS|LI|NO)$/;

function cite(code: string, row: JurisdictionAgeRule): JurisdictionRule {
  const found = ROW_SOURCES[row.id ?? ''];
  const source = found ?? { law: 'unknown', article: 'unknown', url: '', effective: '', checked: null };
  const { later, ...ages } = row;
  return {
    code,
    name: JURISDICTION_NAMES[code] ?? code,
    ...ages,
    source: { ...source, law: EU.test(code) ? `${source.law}; ${GDPR}` : source.law },
    ...(later ? { later: later.map((next) => cite(code, next)) } : {}),
  };
}

/**
 * The built-in cited table: every row of {@link CONSENT_AGES} (and its dated `later` rows) with its
 * name and source: law, article, URL, the day it takes effect (and ends), and the day it was checked
 * (`null`: not verified). Data, not logic: override or extend it with `defineJurisdictionTable`.
 * Check it with counsel; laws change.
 *
 * @example
 * DEFAULT_JURISDICTIONS.DE?.consentAge; // 16
 * DEFAULT_JURISDICTIONS.DE?.source.article; // 'GDPR Art. 8(1) default'
 * DEFAULT_JURISDICTIONS.IN?.later?.[0]?.source.effective; // '2027-05-13'
 */
export const DEFAULT_JURISDICTIONS: JurisdictionTable = /* @__PURE__ */ (() =>
  Object.freeze(Object.fromEntries(Object.entries(CONSENT_AGES).map(([code, row]) => [code, cite(code, row)]))))();

/**
 * The citation of each jurisdiction by code: its name and the source of its newest row (the row in
 * force on a given day: `jurisdictionRuleOn(code, day, DEFAULT_JURISDICTIONS).source`).
 *
 * @example
 * JURISDICTION_SOURCES.ES?.article; // 'Art. 7'
 */
export const JURISDICTION_SOURCES: Readonly<Record<string, { readonly name: string } & JurisdictionSource>> = /* @__PURE__ */ (() =>
  Object.freeze(
    Object.fromEntries(
      Object.values(DEFAULT_JURISDICTIONS).map((row) => {
        const newest = row.later?.[row.later.length - 1] ?? row;
        return [row.code, { name: row.name, ...newest.source }];
      }),
    ),
  ))();
