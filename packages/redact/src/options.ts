import { isSupportedCountry, type CountryCode } from 'libphonenumber-js/max';
import { z } from 'zod';
import { RedactionKindSchema, type RedactionKind } from '@priv/schema';
import { RedactOptionsError } from './errors.js';

/** Every kind `@priv/redact` knows, in the order placeholders are numbered. */
export const ALL_REDACTION_KINDS: readonly RedactionKind[] = ['email', 'phone', 'card'];

/**
 * Options of a redaction:
 * - `kinds`: which kinds to remove (all three by default);
 * - `defaultCountry`: the ISO 3166-1 alpha-2 country whose numbering plan reads national phone
 *   numbers (`(415) 555-2671` with `'US'`); without it only international numbers (`+`, `00`) are
 *   phones, because a national number means nothing without its country.
 */
export const RedactOptionsSchema = z.strictObject({
  kinds: z
    .array(RedactionKindSchema)
    .min(1, 'Name at least one kind to redact')
    .default(() => [...ALL_REDACTION_KINDS]),
  defaultCountry: z
    .string()
    .refine((code) => isSupportedCountry(code), { message: 'Expected a country code with a phone numbering plan, like "US" or "DE"' })
    .optional(),
});
/** Options as a caller writes them. */
export type RedactOptions = z.input<typeof RedactOptionsSchema>;
/** Options after validation and defaults. */
export interface ResolvedRedactOptions {
  readonly kinds: ReadonlySet<RedactionKind>;
  readonly defaultCountry: CountryCode | undefined;
}

/**
 * Validates redaction options and fills in the defaults.
 *
 * @throws RedactOptionsError naming the path of each problem.
 * @example
 * resolveRedactOptions({ kinds: ['email'] }).kinds.has('phone'); // false
 * resolveRedactOptions({ defaultCountry: 'XX' }); // throws RedactOptionsError: defaultCountry: Expected a country code ...
 */
export function resolveRedactOptions(options: RedactOptions = {}): ResolvedRedactOptions {
  const parsed = RedactOptionsSchema.safeParse(options);
  if (!parsed.success) throw RedactOptionsError.fromZod(parsed.error);
  return { kinds: new Set(parsed.data.kinds), defaultCountry: parsed.data.defaultCountry as CountryCode | undefined };
}
