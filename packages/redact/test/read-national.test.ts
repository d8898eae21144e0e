import fc from 'fast-check';
import { type CountryCode, getExampleNumber, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PHONE_COUNTRIES } from '../src/index.js';
import { plansOf } from '../src/phone-countries.js';

// `readNational` decides most national numbers from the metadata without the full parse. It must
// agree with libphonenumber-js's own parse (full metadata) wherever it decides: a `false` where the
// parse says valid would be a leak. Checked on example numbers of every default country, mutated.
const numRuns = Number(process.env.FC_NUM_RUNS ?? 10_000);

const nationalDigits = DEFAULT_PHONE_COUNTRIES.flatMap((country) => {
  const number = getExampleNumber(country, examples)!;
  return [number.formatNational().replace(/\D/g, ''), number.nationalNumber as string];
});

const candidate = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(...nationalDigits),
      fc.array(fc.tuple(fc.nat(20), fc.integer({ min: 0, max: 9 })), { maxLength: 3 }),
      fc.integer({ min: -2, max: 2 }),
    )
    .map(([digits, edits, grow]) => {
      let out = digits;
      for (const [at, d] of edits) out = out.slice(0, at % out.length) + d + out.slice((at % out.length) + 1);
      if (grow > 0) out += '5'.repeat(grow);
      if (grow < 0) out = out.slice(0, grow);
      return out;
    }),
  fc.stringMatching(/^0?[0-9]{6,14}$/),
);

describe('readNational agrees with the full parse', () => {
  it.each(DEFAULT_PHONE_COUNTRIES.map((c) => [c]))('%s', (country) => {
    const plan = plansOf([country as CountryCode])[0]!;
    fc.assert(
      fc.property(candidate, (digits) => {
        const read = plan.readNational(digits);
        // `true`: the parse decides. Digits after an international prefix are read as international
        // first (`numberOf`), before any national reading.
        if (read === true || plan.idd.test(digits)) return;
        const parsed = parsePhoneNumberFromString(digits, { defaultCountry: country as CountryCode, extract: false });
        const valid = parsed?.isValid() ? parsed.number : false;
        expect(read, digits).toBe(valid);
      }),
      { numRuns: Math.ceil(numRuns / 10) },
    );
  });
});

describe('readNational where a calling code is shared', () => {
  it('leaves to the parse a number valid only in another plan of the code (found by the property above)', () => {
    // `310 3456` is a Canadian universal access number; with `US` first, the parse finds it in CA.
    expect(parsePhoneNumberFromString('3103456', { defaultCountry: 'US', extract: false })?.isValid()).toBe(true);
    expect(plansOf(['US'])[0]!.readNational('3103456')).toBe(true);
  });
});
