import { type CountryCode, Metadata } from 'libphonenumber-js/core';
import { PHONE_METADATA } from './phone-metadata.js';

/**
 * The countries whose numbering plans read national numbers when the caller names none: where a
 * coding school's students and tutors live, in the order a number valid in two of them is named
 * (the first wins for its `+` form; either way it is redacted).
 */
export const DEFAULT_PHONE_COUNTRIES: readonly CountryCode[] = [
  'US', 'CA', 'MX', 'BR', 'AR', 'CO', 'GB', 'IE', 'FR', 'BE', 'NL', 'DE', 'AT', 'CH', 'ES', 'PT', 'IT', 'PL', 'SE', 'NO',
  'DK', 'FI', 'TR', 'EG', 'NG', 'KE', 'ZA', 'IN', 'PK', 'BD', 'ID', 'PH', 'VN', 'SG', 'CN', 'JP', 'KR', 'AU', 'NZ',
];

/**
 * What the scanner needs of one country's plan, read once from libphonenumber-js's metadata: a cheap
 * necessary test (`mayBeNational`) that spares most digit strings the full parse.
 */
export interface PhonePlan {
  readonly country: CountryCode;
  /** Whether `digits` (ASCII, no separators) may be a national number of this plan: a cheap necessary test. */
  mayBeNational(digits: string): boolean;
  /** The plan's international call prefix (`011` in the US, `0011` in Australia), at the start of digits. */
  readonly idd: RegExp;
}

const plans = new Map<CountryCode, PhonePlan>();

function planOf(country: CountryCode): PhonePlan {
  const known = plans.get(country);
  if (known) return known;
  const metadata = new Metadata(PHONE_METADATA);
  metadata.selectNumberingPlan(country);
  const plan = metadata.numberingPlan as unknown as {
    nationalNumberPattern(): string;
    nationalPrefix(): string | undefined;
    nationalPrefixForParsing(): string | undefined;
    nationalPrefixTransformRule(): string | undefined;
    IDDPrefix(): string;
    possibleLengths(): number[];
  };
  const national = new RegExp(`^(?:${plan.nationalNumberPattern()})$`);
  const idd = new RegExp(`^(?:${plan.IDDPrefix()})`);
  // Only a plan that rewrites its national numbers when it parses them (Argentina's `15` mobiles) is
  // given the full parse for any length it can have; for every other plan the national significant
  // number is the digits, or what is left after the plan's national prefix for parsing (trunk `0`,
  // carrier codes), and must match the plan's national number pattern.
  // The metadata gives 0, not `undefined`, for a field a plan does not have.
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  const rewrites = text(plan.nationalPrefixTransformRule()) !== undefined;
  const forParsingSource = text(plan.nationalPrefixForParsing()) ?? text(plan.nationalPrefix());
  const forParsing = forParsingSource ? new RegExp(`^(?:${forParsingSource})`) : undefined;
  const lengths = new Set(plan.possibleLengths());
  const shortest = Math.min(...lengths);
  const longest = Math.max(...lengths);
  const made: PhonePlan = {
    country,
    idd,
    mayBeNational(digits) {
      const n = digits.length;
      if (n < shortest || n > longest + 6) return false;
      if (rewrites) return true;
      if (lengths.has(n) && national.test(digits)) return true;
      const prefix = forParsing?.exec(digits);
      if (!prefix || prefix[0].length === 0) return false;
      const cut = prefix[0].length;
      return lengths.has(n - cut) && national.test(digits.slice(cut));
    },
  };
  plans.set(country, made);
  return made;
}

/**
 * The plans of the countries, in their order.
 *
 * @param countries - ISO 3166-1 alpha-2 codes with a numbering plan (checked by the options schema).
 * @returns one plan per country, built once and shared.
 * @example
 * import { plansOf } from './phone-countries.js';
 *
 * plansOf(['GB'])[0]!.mayBeNational('02079460958'); // true
 * plansOf(['GB'])[0]!.mayBeNational('4155552671'); // false
 */
export function plansOf(countries: readonly CountryCode[]): readonly PhonePlan[] {
  return countries.map(planOf);
}
