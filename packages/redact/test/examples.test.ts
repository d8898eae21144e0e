import { describe, expect, it } from 'vitest';
import { codementorAi } from '@priv/examples';
import {
  cardNetworkOf,
  createRedactionStream,
  createRedactor,
  findCards,
  findEmails,
  findPhones,
  passesLuhn,
  redact,
  redactOptionsFor,
  resolveRedactOptions,
  restorePlaceholders,
  scanText,
  isPublicTopLevelDomain,
  DEFAULT_PHONE_COUNTRIES,
} from '../src/index.js';
import { readExtension } from '../src/phone-extension.js';
import { plansOf } from '../src/phone-countries.js';

// Every @example in the TSDoc comments and the README, run.
describe('documented examples', () => {
  it('README chat proxy', () => {
    const chat = createRedactor();
    const { text, findings } = chat.redact(
      'My code fails, mail me at Ada.Lovelace@example.com or call (415) 555-2671.\n' +
        'git push git@github.com:ada/homework.git fails with card 4242 4242 4242 4242 in the fixture',
    );
    expect(text).toBe(
      'My code fails, mail me at [EMAIL_1] or call [PHONE_1].\n' + 'git push git@github.com:ada/homework.git fails with card [CARD_1] in the fixture',
    );
    expect(findings[0]).toEqual({ kind: 'email', start: 26, end: 50, replacement: '[EMAIL_1]' });
    expect(chat.restore('I will write to [EMAIL_1]')).toBe('I will write to Ada.Lovelace@example.com');
  });

  it('redact and createRedactor', () => {
    const { text, findings } = redact('Mail ada@example.com, card 4242 4242 4242 4242', { defaultCountry: 'US' });
    expect(text).toBe('Mail [EMAIL_1], card [CARD_1]');
    expect(findings[0]).toEqual({ kind: 'email', start: 5, end: 20, replacement: '[EMAIL_1]' });
    const chat = createRedactor({ defaultCountry: 'US' });
    expect(chat.redact('I am ada@example.com').text).toBe('I am [EMAIL_1]');
    expect(chat.redact('Reply to ADA@example.com or (415) 555-2671').text).toBe('Reply to [EMAIL_1] or [PHONE_1]');
    expect(chat.restore('Sure, I will write to [EMAIL_1].')).toBe('Sure, I will write to ada@example.com.');
  });

  it('detectors and rules', () => {
    expect(findEmails('Mail <Ada.Lovelace+class@Example.co.uk>.').map((d) => d.value)).toEqual(['ada.lovelace+class@example.co.uk']);
    expect(findEmails('git clone git@github.com:org/repo.git')).toEqual([]);
    expect(findPhones('Call +1 (415) 555-2671 today').map((d) => d.value)).toEqual(['+14155552671']);
    expect(findPhones('at Object.<anonymous> (app.js:4155:5526)')).toEqual([]);
    expect(findCards('card 4242-4242-4242-4242, exp 12/29').map((d) => d.value)).toEqual(['4242424242424242']);
    expect(findCards('Number.MAX_SAFE_INTEGER === 9007199254740991')).toEqual([]);
    expect(passesLuhn('4242424242424242')).toBe(true);
    expect(passesLuhn('4242424242424241')).toBe(false);
    expect(cardNetworkOf('2223000048400011')?.name).toBe('Mastercard');
    expect(cardNetworkOf('9007199254740991')).toBeUndefined();
  });

  it('options, restore and the manifest', () => {
    expect(resolveRedactOptions({ kinds: ['email'] }).kinds.has('phone')).toBe(false);
    expect(() => resolveRedactOptions({ defaultCountry: 'XX' })).toThrow(/defaultCountry: Expected a country code/);
    expect(restorePlaceholders('Write to [EMAIL_1]', new Map([['[EMAIL_1]', 'ada@example.com']]))).toBe('Write to ada@example.com');
    expect(redactOptionsFor(codementorAi, 'google_gemini')).toEqual({ kinds: ['email', 'phone', 'card'] });
    expect(redactOptionsFor(codementorAi, 'stripe')).toBeUndefined();
  });

  it('the examples added with the default countries', () => {
    const chat = createRedactor();
    expect(chat.redact('ring me on 020 7946 0958 or 06 12 34 56 78').text).toBe('ring me on [PHONE_1] or [PHONE_2]');
    expect(findPhones('ring 020 7946 0958 x12').map((d) => d.value)).toEqual(['+442079460958;ext=12']);
    expect(scanText('４１５-６６６-７７７７')).toBe('415-666-7777');
    expect(scanText('+٤٤ 20 7946 0958')).toBe('+44 20 7946 0958');
    expect(readExtension('415-666-7777 ext. 503 ok', 12)).toEqual({ end: 21, digits: '503' });
    expect(readExtension('415-666-7777 xylophone', 12)).toBeUndefined();
    expect(plansOf(['DE'])[0]!.readNational('030901820')).toBe('+4930901820');
    expect(plansOf(['DE'])[0]!.readNational('0301')).toBe(false);
    expect(cardNetworkOf('5019717010103742')?.name).toBe('Dankort');
    expect(isPublicTopLevelDomain('pizza')).toBe(true);
    expect(isPublicTopLevelDomain('shape')).toBe(false);
    expect(resolveRedactOptions({ defaultCountry: 'GB' }).countries).toEqual(['GB']);
    expect(resolveRedactOptions().countries).toHaveLength(DEFAULT_PHONE_COUNTRIES.length);
  });

  it('the stream', async () => {
    const stream = createRedactionStream({ defaultCountry: 'US' });
    const writer = stream.writable.getWriter();
    void writer.write('card 4242 4242 ');
    void writer.write('4242 4242\n');
    void writer.close();
    let out = '';
    for await (const part of stream.readable as unknown as AsyncIterable<string>) out += part;
    expect(out).toBe('card [CARD_1]\n');
  });
});
