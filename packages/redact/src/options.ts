import { isSupportedCountry, type CountryCode } from 'libphonenumber-js/core';
import { z } from 'zod';
import type { RedactionKind } from '@priv/schema';
import { RedactionKindSchema } from './redaction-kind.js';
import { RedactOptionsError } from './errors.js';
import { DEFAULT_PHONE_COUNTRIES } from './phone-countries.js';
import { PHONE_METADATA } from './phone-metadata.js';

/** Every kind `@priv/redact` knows, in the order placeholders are numbered. */
export const ALL_REDACTION_KINDS: readonly RedactionKind[] = ['email', 'phone', 'card'];

const CountrySchema = z.string().refine((code) => isSupportedCountry(code as CountryCode, PHONE_METADATA), {
  message: 'Expected a country code with a phone numbering plan, like "US" or "DE"',
});

/**
 * Options of a redaction:
 * - `kinds`: which kinds to remove (all three by default);
 * - `countries`: the ISO 3166-1 alpha-2 countries whose numbering plans read national phone numbers
 *   (`020 7946 0958` with `'GB'`), in order: a number valid in two of them is named after the first.
 *   By default `DEFAULT_PHONE_COUNTRIES` (39 countries); `[]` reads international numbers only;
 * - `defaultCountry`: the one-country form of `countries` (`defaultCountry: 'US'` is `countries: ['US']`).
 */
export const RedactOptionsSchema = z
  .strictObject({
    kinds: z
      .array(RedactionKindSchema)
      .min(1, 'Name at least one kind to redact')
      .default(() => [...ALL_REDACTION_KINDS]),
    countries: z.array(CountrySchema).optional(),
    defaultCountry: CountrySchema.optional(),
  })
  .refine((options) => options.countries === undefined || options.defaultCountry === undefined, {
    message: 'Give either countries or defaultCountry (its one-country form), not both',
    path: ['defaultCountry'],
  });
/** Options as a caller writes them. */
export type RedactOptions = z.input<typeof RedactOptionsSchema>;
/** Options after validation and defaults. */
export interface ResolvedRedactOptions {
  readonly kinds: ReadonlySet<RedactionKind>;
  /** The countries whose plans read national numbers, in order (empty: international numbers only). */
  readonly countries: readonly CountryCode[];
}

/**
 * Validates redaction options and fills in the defaults.
 *
 * @param options - the options as written; all optional.
 * @returns the kinds as a set and the phone countries as an ordered list.
 * @throws RedactOptionsError naming the path of each problem.
 * @example
 * resolveRedactOptions({ kinds: ['email'] }).kinds.has('phone'); // false
 * resolveRedactOptions({ defaultCountry: 'GB' }).countries; // ['GB']
 * resolveRedactOptions().countries.length; // 39 (DEFAULT_PHONE_COUNTRIES)
 * try {
 *   resolveRedactOptions({ defaultCountry: 'XX' as 'GB' }); // throws RedactOptionsError: defaultCountry: Expected a country code ...
 * } catch (error) {
 *   error instanceof RedactOptionsError && error.issues[0]?.path; // ['defaultCountry']
 * }
 */
export function resolveRedactOptions(options: RedactOptions = {}): ResolvedRedactOptions {
  const parsed = RedactOptionsSchema.safeParse(options);
  if (!parsed.success) throw RedactOptionsError.fromZod(parsed.error);
  const { kinds, countries, defaultCountry } = parsed.data;
  const chosen = (countries ?? (defaultCountry ? [defaultCountry] : DEFAULT_PHONE_COUNTRIES)) as readonly CountryCode[];
  return { kinds: new Set(kinds), countries: [...new Set(chosen)] };
}
