import { type CountryCode, Metadata } from 'libphonenumber-js/core';
import { PHONE_METADATA } from './phone-metadata.js';

/**
 * The countries whose numbering plans read national numbers when the caller names none: where a
 * coding school's students and tutors live, in the order a number valid in two of them is named
 * (the first wins for its `+` form; either way it is redacted).
 */
export const DEFAULT_PHONE_COUNTRIES: readonly CountryCode[] = [
  'US',
  'CA',
  'MX',
  'BR',
  'AR',
  'CO',
  'GB',
  'IE',
  'FR',
  'BE',
  'NL',
  'DE',
  'AT',
  'CH',
  'ES',
  'PT',
  'IT',
  'PL',
  'SE',
  'NO',
  'DK',
  'FI',
  'TR',
  'EG',
  'NG',
  'KE',
  'ZA',
  'IN',
  'PK',
  'BD',
  'ID',
  'PH',
  'VN',
  'SG',
  'CN',
  'JP',
  'KR',
  'AU',
  'NZ',
];

/**
 * What the scanner needs of one country's plan, read once from libphonenumber-js's metadata: a reading
 * of national numbers (`readNational`) that spares most digit strings the full parse.
 */
export interface PhonePlan {
  readonly country: CountryCode;
  /**
   * `digits` (ASCII, no separators) read as a national number of this plan, without the full parse
   * where the metadata decides it: its E.164 form when valid, `false` when not a valid national
   * number; `true` when only the full parse can tell (a calling code shared by several countries, a
   * plan that rewrites numbers, digits that start with the calling code) and the digits pass its
   * necessary test. Digits that start with an international prefix are read as national here:
   * `numberOf` reads them as international first.
   */
  readNational(digits: string): string | boolean;
  /** The plan's international call prefix (`011` in the US, `0011` in Australia), at the start of digits. */
  readonly idd: RegExp;
  /** The plan's country calling code (`44` for GB, `1` for the US and Canada). */
  readonly callingCode: string;
}

const plans = new Map<CountryCode, PhonePlan>();

/** The number types of libphonenumber's metadata: a number is valid when one of them matches it. */
const TYPE_NAMES = ['FIXED_LINE', 'MOBILE', 'TOLL_FREE', 'PREMIUM_RATE', 'PERSONAL_NUMBER', 'VOICEMAIL', 'UAN', 'PAGER', 'VOIP', 'SHARED_COST'];

interface RawPlan {
  nationalNumberPattern(): string;
  nationalPrefix(): string | undefined;
  nationalPrefixForParsing(): string | undefined;
  nationalPrefixTransformRule(): string | undefined;
  IDDPrefix(): string;
  possibleLengths(): number[];
  callingCode(): string;
  type(name: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}

/** The metadata gives 0, not `undefined`, for a field a plan does not have. */
const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

function rawPlanOf(country: CountryCode): RawPlan {
  const metadata = new Metadata(PHONE_METADATA);
  metadata.selectNumberingPlan(country);
  return metadata.numberingPlan as unknown as RawPlan;
}

/** A plan's shape: its lengths, its national number pattern and its national prefix for parsing. */
interface Shape {
  readonly lengths: ReadonlySet<number>;
  readonly national: RegExp;
  readonly forParsing: RegExp | undefined;
}

function shapeOf(plan: RawPlan): Shape {
  const forParsingSource = text(plan.nationalPrefixForParsing()) ?? text(plan.nationalPrefix());
  return {
    lengths: new Set(plan.possibleLengths()),
    national: new RegExp(`^(?:${plan.nationalNumberPattern()})$`),
    forParsing: forParsingSource ? new RegExp(`^(?:${forParsingSource})`) : undefined,
  };
}

function planOf(country: CountryCode): PhonePlan {
  const known = plans.get(country);
  if (known) return known;
  const plan = rawPlanOf(country);
  const idd = new RegExp(`^(?:${plan.IDDPrefix()})`);
  // Only a number that a plan rewrites when it parses it (Argentina's `15` mobiles, Brazil's carrier
  // codes) is given the full parse for any length it can have; for every other number the national significant
  // number is the digits, or what is left after the plan's national prefix for parsing (trunk `0`,
  // carrier codes), and must match the plan's national number pattern.
  const rewrites = text(plan.nationalPrefixTransformRule()) !== undefined;
  const { lengths, national, forParsing } = shapeOf(plan);
  // Where the calling code is this country's alone (`49` is Germany's, `1` is shared by the US,
  // Canada and the Caribbean), a national number is valid only if one of the plan's number types
  // (fixed line, mobile, toll-free...) matches it with one of that type's lengths: a test as strict
  // as the parse's own, for far less. Germany's general pattern takes most digit strings; its types
  // do not.
  const siblings = (PHONE_METADATA.country_calling_codes[plan.callingCode()] ?? []) as CountryCode[];
  const shared = siblings.length > 1;
  const types = shared
    ? []
    : TYPE_NAMES.flatMap((name) => {
        const type = plan.type(name);
        const source = type?.pattern();
        if (!type || !source) return [];
        return [{ pattern: new RegExp(`^(?:${source})$`), lengths: new Set(type.possibleLengths() ?? [...lengths]) }];
      });
  const isNational = (nsn: string) =>
    lengths.has(nsn.length) && national.test(nsn) && (types.length === 0 || types.some((t) => t.lengths.has(nsn.length) && t.pattern.test(nsn)));
  // Where the calling code is shared, the parse finds the number in any plan that shares it (with
  // `US` as the default, `310 3456` is a Canadian universal access number): the necessary test is
  // passed when the digits fit one of those plans.
  const shapes = shared ? siblings.map((sibling) => shapeOf(rawPlanOf(sibling))) : [{ lengths, national, forParsing }];
  const allLengths = shapes.flatMap((shape) => [...shape.lengths]);
  const shortest = Math.min(...allLengths);
  const longest = Math.max(...allLengths);
  const callingCode = plan.callingCode();
  const fits = (shape: Shape, nsn: string) => shape.lengths.has(nsn.length) && shape.national.test(nsn);
  /** The necessary test: the digits, or what the prefix for parsing leaves, match the plan (or, shared, one of the plans). */
  const mayBe = (digits: string) => {
    if (!shared) {
      if (isNational(digits)) return true;
      const cut = forParsing?.exec(digits)?.[0].length ?? 0;
      return cut > 0 && isNational(digits.slice(cut));
    }
    return shapes.some((shape) => {
      if (fits(shape, digits)) return true;
      const cut = shape.forParsing?.exec(digits)?.[0].length ?? 0;
      return cut > 0 && fits(shape, digits.slice(cut));
    });
  };
  const made: PhonePlan = {
    country,
    idd,
    callingCode,
    readNational(digits) {
      const n = digits.length;
      if (n < shortest || n > longest + 6) return false;
      const prefix = forParsing?.exec(digits);
      const cut = prefix ? prefix[0].length : 0;
      // A plan that rewrites (Argentina's `15` mobiles) does so when its prefix for parsing captures
      // a group: then only the full parse can tell. Otherwise it is read like any other.
      if (rewrites && prefix && prefix.length > 1 && prefix[prefix.length - 1]) return true;
      // Digits that start with the calling code may be read as an international number without
      // its `+` (`31 234567895` in the Netherlands): the parse decides when the rest can be one.
      if (digits.startsWith(callingCode) && mayBe(digits.slice(callingCode.length))) return true;
      // The necessary test, where the calling code is shared: the parse decides.
      if (types.length === 0) return mayBe(digits);
      // As libphonenumber picks the national significant number: what the prefix for parsing
      // leaves, unless the digits match the plan and that does not, or that is of no possible length.
      let nsn = digits;
      if (cut > 0) {
        const after = digits.slice(cut);
        const keep = national.test(digits) && !national.test(after);
        if (!keep && (lengths.has(after.length) || after.length > longest)) nsn = after;
      }
      return isNational(nsn) ? `+${callingCode}${nsn}` : false;
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
 * plansOf(['DE'])[0]!.readNational('030901820'); // '+4930901820'
 * plansOf(['DE'])[0]!.readNational('0301'); // false (too short)
 */
export function plansOf(countries: readonly CountryCode[]): readonly PhonePlan[] {
  return countries.map(planOf);
}
