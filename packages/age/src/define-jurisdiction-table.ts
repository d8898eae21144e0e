import { z } from 'zod';
import { AgeInputError } from './errors.js';
import { DEFAULT_JURISDICTIONS, type JurisdictionRule, type JurisdictionTable } from './jurisdiction-table.js';

/**
 * One cited jurisdiction row, validated: an ISO 3166 code, a name, the age of digital consent (0-21),
 * the kind of consent, an optional 29 February rule and opt-in, and the source (law and article).
 *
 * @example
 * JurisdictionRuleSchema.parse({ code: 'TW', name: 'Taiwan', consentAge: 13, source: { law: 'Counsel memo', article: '3' } }).consentKind; // 'parental_consent'
 * JurisdictionRuleSchema.safeParse({ code: 'TW', name: 'Taiwan', consentAge: 13 }).success; // false (no source)
 */
export const JurisdictionRuleSchema = /* @__PURE__ */ (() => {
  const text = z.string().trim().min(1).max(500);
  const purposeKey = z.string().regex(/^[a-z][a-z0-9_]*$/, 'Expected a snake_case purpose key');
  const isoDay = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Expected a day as YYYY-MM-DD');
  const age = z.number().int('An age is a whole number of years').min(0).max(21);
  const PurposeRuleSchema = z
    .strictObject({
      purposes: z.array(z.union([purposeKey, z.literal('*')])).min(1),
      except: z.array(purposeKey).optional(),
      below: age.min(1),
      from: age.optional(),
      requires: z.enum(['opt_in', 'parental_opt_in', 'prohibited']),
      law: text,
    })
    .refine((rule) => (rule.from ?? 0) < rule.below, { message: 'from must be below below', path: ['from'] });
  return z
    .strictObject({
      code: z.string().regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, 'Expected an ISO 3166 code such as "DE", "US-CA" or "CA-QC"'),
      name: text,
      consentAge: z.number().int('An age is a whole number of years').min(0).max(21),
      consentKind: z.enum(['parental_consent', 'verifiable_parental_consent']).default('parental_consent'),
      leapDay: z.enum(['march_1', 'february_28']).optional(),
      optIn: z
        .strictObject({
          below: z.number().int().min(1).max(21),
          purposes: z.array(purposeKey).min(1),
        })
        .optional(),
      id: z
        .string()
        .regex(/^[A-Za-z0-9][A-Za-z0-9.-]*$/, 'Expected a row id such as "US-NJ-njdpa"')
        .optional(),
      effective: isoDay.optional(),
      ends: isoDay.optional(),
      purposeRules: z.array(PurposeRuleSchema).optional(),
      childAlsoConsentsFrom: age.optional(),
      serviceBans: z.array(z.strictObject({ below: age.min(1), services: z.array(purposeKey).min(1), from: isoDay, law: text })).optional(),
      serviceConsents: z.array(z.strictObject({ below: age.min(1), services: z.array(purposeKey).min(1), law: text })).optional(),
      sensitiveDataBelow: age.optional(),
      source: z.strictObject({
        law: text,
        article: text,
        url: z.url().optional(),
        effective: isoDay.optional(),
        ends: isoDay.optional(),
        checked: isoDay.nullable().optional(),
        checkedAgainst: text.optional(),
        note: z.string().trim().min(1).max(1000).optional(),
      }),
    })
    .refine((row) => row.ends === undefined || row.effective === undefined || row.effective < row.ends, {
      message: 'A row must take effect before it ends',
      path: ['ends'],
    });
})();

/**
 * A built-in row as the table publishes it, validated: everything {@link JurisdictionRuleSchema}
 * checks, plus a row id, a URL to the official text, the day it takes effect, and `checked` (the day
 * its figures were verified, or `null`: not verified). Rows in force later are rows of their own.
 *
 * @example
 * JurisdictionRowSchema.safeParse(DEFAULT_JURISDICTIONS.GB).success; // true
 * JurisdictionRowSchema.safeParse({ ...DEFAULT_JURISDICTIONS.GB, source: { law: 'x', article: 'y' } }).success; // false (no URL, no dates)
 */
export const JurisdictionRowSchema = /* @__PURE__ */ (() =>
  z.intersection(
    JurisdictionRuleSchema,
    z.object({
      id: z.string().min(1),
      effective: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      source: z.object({
        url: z.url(),
        effective: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        checked: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/)
          .nullable(),
      }),
    }),
  ))();
/** A jurisdiction row as a team writes it (`consentKind` may be left out). */
export type JurisdictionRuleInput = z.input<typeof JurisdictionRuleSchema>;

/** Options of {@link defineJurisdictionTable}. */
export interface DefineJurisdictionTableOptions {
  /** The table the rows override or extend: the built-in cited table by default, `{}` to start empty. */
  readonly base?: JurisdictionTable;
}

/**
 * Validates a team's jurisdiction rows (zod) and lays them over the built-in cited table (or
 * `options.base`): a row with an existing code replaces it, a new code is added. Every row needs a
 * source. Throws {@link AgeInputError} (`invalid_table`) with a path like `[2].consentAge`.
 *
 * @param rows - your rows: `code`, `name`, `consentAge`, a `source` (law, article) and optional dates and rules
 * @param options - `base`: the table the rows override or extend (the built-in cited table by default, `{}` to start empty)
 * @returns a frozen table with the rows laid over the base
 * @throws AgeInputError (`invalid_table`) with the path of the first problem (`[1].consentAge`): a row without a source, an age outside 0-21, a duplicate code
 * @example
 * const table = defineJurisdictionTable([
 *   { code: 'DK', name: 'Denmark', consentAge: 15, source: { law: 'Our counsel memo 2026-04', article: 'p. 3' } },
 * ]);
 * table.DK?.consentAge; // 15
 * table.DE?.consentAge; // 16 (kept from the built-in table)
 */
export function defineJurisdictionTable(rows: readonly JurisdictionRuleInput[], options: DefineJurisdictionTableOptions = {}): JurisdictionTable {
  const parsed = z.array(JurisdictionRuleSchema).safeParse(rows);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AgeInputError('invalid_table', issue?.path ?? [], issue?.message ?? 'Invalid jurisdiction table');
  }
  const table: Record<string, JurisdictionRule> = { ...(options.base ?? DEFAULT_JURISDICTIONS) };
  const seen = new Set<string>();
  parsed.data.forEach((row, index) => {
    if (seen.has(row.code)) throw new AgeInputError('invalid_table', [index, 'code'], `Jurisdiction ${row.code} appears twice`);
    seen.add(row.code);
    const defined = Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined)) as typeof row;
    const source = Object.fromEntries(Object.entries(row.source).filter(([, value]) => value !== undefined)) as typeof row.source;
    table[row.code] = { ...defined, source } as JurisdictionRule;
  });
  return Object.freeze(table);
}
