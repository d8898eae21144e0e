import { describe, expect, it } from 'vitest';
import { DEFAULT_PHONE_COUNTRIES, findPhones, redact, RedactOptionsError, resolveRedactOptions, scanText } from '../src/index.js';

const spans = (text: string, countries?: Parameters<typeof findPhones>[1]) => findPhones(text, countries).map((d) => text.slice(d.start, d.end));

describe('national numbers with the default countries', () => {
  it.each([
    ['GB', 'call 020 7946 0958 tonight', '020 7946 0958'],
    ['FR', 'appelle au 06 12 34 56 78 stp', '06 12 34 56 78'],
    ['BR', 'meu celular (11) 98765-4321', '(11) 98765-4321'],
    ['DE', 'ruf an: 0151 23456789', '0151 23456789'],
    ['US', 'my number is (415) 555-2671', '(415) 555-2671'],
    ['IN', 'whatsapp 098765 43210', '098765 43210'],
    ['JP', '電話 090-1234-5678 まで', '090-1234-5678'],
    ['AU', 'ring 0412 345 678', '0412 345 678'],
  ])('%s', (_country, text, expected) => {
    expect(spans(text)).toEqual([expected]);
  });

  it('are the 39 countries of the issue, in order, and the default of the options', () => {
    expect(DEFAULT_PHONE_COUNTRIES).toHaveLength(39);
    expect(resolveRedactOptions().countries).toEqual(DEFAULT_PHONE_COUNTRIES);
    expect(resolveRedactOptions({ defaultCountry: 'GB' }).countries).toEqual(['GB']);
    expect(resolveRedactOptions({ countries: ['GB', 'IE', 'GB'] }).countries).toEqual(['GB', 'IE']);
    expect(resolveRedactOptions({ countries: [] }).countries).toEqual([]);
  });

  it('refuses countries and defaultCountry together, and unknown countries, naming the path', () => {
    expect(() => resolveRedactOptions({ countries: ['GB'], defaultCountry: 'US' })).toThrow(/defaultCountry: Give either countries or defaultCountry/);
    try {
      resolveRedactOptions({ countries: ['GB', 'XX'] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RedactOptionsError);
      expect((error as RedactOptionsError).issues[0]!.pathText).toBe('countries[1]');
    }
  });

  it('names a number after the first country whose plan it is valid in', () => {
    expect(redact('020 7946 0958', { countries: ['GB', 'US'] }).findings).toHaveLength(1);
    expect(findPhones('(415) 555-2671', ['CA', 'US'])[0]!.value).toBe('+14155552671');
  });
});

describe('the failure classes of issue 12', () => {
  it.each([
    ['an extension after x', 'call 415-666-7777 x123 ok', '415-666-7777 x123', 'US'],
    ['ext.', 'call 415-666-7777 ext. 1234', '415-666-7777 ext. 1234', 'US'],
    ['ext:', 'call (800) 901-3355 ext: 7246433', '(800) 901-3355 ext: 7246433', 'US'],
    ['a comma before ext', '(800) 901-3355 , ext 7246433, 45 days', '(800) 901-3355 , ext 7246433', 'US'],
    ['x glued', '+44 2034567890x456', '+44 2034567890x456', 'GB'],
    ['full-width digits', '４１５-６６６-７７７７', '４１５-６６６-７７７７', 'US'],
    ['full-width plus and spaces', '＋１\u3000（６５０）\u3000３３３－６０００', '＋１\u3000（６５０）\u3000３３３－６０００', 'US'],
    ['Arabic-Indic digits', 'رقمي +٤٤ ٢٠ ٧٩٤٦ ٠٩٥٨', '+٤٤ ٢٠ ٧٩٤٦ ٠٩٥٨', 'US'],
    ['after CJK text', '我的电话号码是415-666-7777', '415-666-7777', 'US'],
    ['before CJK text', '415-666-7777是我的电话号码', '415-666-7777', 'US'],
    ['011 from the US', 'call 011 44 20 7946 0958', '011 44 20 7946 0958', 'US'],
    ['0011 from Australia', 'call 0011 44 20 7946 0958', '0011 44 20 7946 0958', 'AU'],
    ['a trunk zero in parentheses', '+33 (0)4 64 04 62 70', '+33 (0)4 64 04 62 70', 'FR'],
    ['(+CC)', 'my phone: (+44) (555)123-1234.', '(+44) (555)123-1234', 'US'],
    ['a letter before +', 'call+1 (650) 333-6000', '+1 (650) 333-6000', 'US'],
    ['a letter before (', 'abc(415)6667777', '(415)6667777', 'US'],
    ['the whole text', '033316005', '033316005', 'NZ'],
    ['Argentine mobile with 15', 'llamame 011 15 1234 5678', '011 15 1234 5678', 'AR'],
    ['dictated digit by digit', 'call 0 3   3 3 1   6 0 0 5 now', '0 3   3 3 1   6 0 0 5', 'NZ'],
  ] as const)('%s', (_name, text, expected, country) => {
    expect(spans(text, [country])).toEqual([expected]);
  });

  it('reads two numbers joined by /', () => {
    expect(spans('650-253-4561/650-253-4562', ['US'])).toEqual(['650-253-4561', '650-253-4562']);
  });

  it('does not read money, percentages or glued Latin letters as phones', () => {
    for (const text of [
      '£415-666-7777',
      '$415-666-7777',
      '¥415-666-7777',
      '415-666-7777$',
      '415-666-7777%',
      'abc415-666-7777',
      'é415-666-7777',
      '+14156667777def',
    ]) {
      expect(spans(text, ['US']), text).toEqual([]);
    }
    expect(spans('$20 415-666-7777', ['US'])).toEqual(['415-666-7777']);
  });

  it('does not read unbalanced or nested parentheses', () => {
    expect(spans('80.585 ((79.964)', ['US'])).toEqual([]);
    expect(spans('(80).(585) (79).(9)64', ['US'])).toEqual([]);
  });

  it('keeps offsets into the original when digits of other scripts are read', () => {
    const text = 'هاتف ٠٢٠ ٧٩٤٦ ٠٩٥٨ شكرا';
    const { findings, text: out } = redact(text, { countries: ['GB'] });
    expect(text.slice(findings[0]!.start, findings[0]!.end)).toBe('٠٢٠ ٧٩٤٦ ٠٩٥٨');
    expect(out).toBe('هاتف [PHONE_1] شكرا');
    expect(scanText(text)).toHaveLength(text.length);
  });
});
