import fc from 'fast-check';
import { getCountries, getExampleNumber } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { describe, expect, it } from 'vitest';
import { CARD_NETWORKS, DEFAULT_PHONE_COUNTRIES, passesLuhn, redact } from '../src/index.js';

const numRuns = Number(process.env.FC_NUM_RUNS ?? 10_000);
// The seed is set for every package in vitest.setup.ts (FC_SEED=<n> explores others).

/** Words of chat, code, logs and shell, none of them personal data. */
const WORDS = [
  'hi',
  'tutor',
  'my',
  'code',
  'fails',
  'on',
  'line',
  '42:7',
  'TypeError:',
  'undefined',
  'is',
  'not',
  'a',
  'function',
  'def',
  'main():',
  'return',
  'x',
  '@',
  '@media',
  '@app.route("/")',
  'npm',
  'i',
  'react@18.2.0',
  'v1.2.3',
  '2024-05-01',
  '10:30:00',
  '192.168.0.1',
  'localhost:3000',
  'SELECT',
  '*',
  'FROM',
  'users;',
  '[1,',
  '2,',
  '3]',
  '3.14159',
  '—',
  'Привет',
  '你好',
  '🎉',
  '👩‍💻',
  '$',
  'ls',
  '-la',
  '~/repo',
  'git',
  'push',
  '{"ok":true}',
  'id,name',
  '12',
  '7',
  '0',
  '1e9',
  '#',
  '(',
  ')',
];
const filler = fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((words) => words.join(' '));
const join = (before: string, value: string, after: string) => `${before} ${value} ${after}`;

const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,8}[a-z0-9])?$/);
const email = fc
  .tuple(
    fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._+-]{0,14}[A-Za-z0-9]$/),
    fc.array(label, { minLength: 1, maxLength: 3 }),
    fc.constantFrom('com', 'org', 'io', 'de', 'co.uk', 'dev', 'edu'),
  )
  .filter(([local]) => !local.includes('..'))
  .map(([local, labels, tld]) => `${local}@${labels.join('.')}.${tld}`);

const countries = getCountries().filter((country) => getExampleNumber(country, examples)?.isValid());
const phone = fc.tuple(fc.constantFrom(...countries), fc.constantFrom('international', 'e164')).map(([country, form]) => {
  const number = getExampleNumber(country, examples)!;
  return form === 'e164' ? number.number : number.formatInternational();
});

/** Each default country's example number as people write it at home (national format, with separators). */
const national = fc.constantFrom(
  ...DEFAULT_PHONE_COUNTRIES.map((country) => getExampleNumber(country, examples)!.formatNational()).filter((n) => /\D/.test(n)),
);
/** The zero of some scripts' decimal digits: full-width, Arabic-Indic, extended Arabic-Indic, Devanagari, Bengali, Thai. */
const ZEROS = [0xff10, 0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50];
const inScript = (text: string, zero: number) => text.replace(/\d/g, (d) => String.fromCharCode(zero + Number(d)));
const extension = fc.tuple(fc.constantFrom(' x', ' ext. ', ' ext ', ';ext=', ' #'), fc.integer({ min: 1, max: 9999 })).map(([mark, n]) => `${mark}${n}`);

/** A run of short numbers (one to three digits) joined by spaces, dashes or `/`: `12 12 12`, `126-`, `7/72 0`. */
const shortGroups = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 3 }), fc.nat(999), fc.constantFrom(' ', ' ', '-', '/', '  ', ' - ')), { minLength: 1, maxLength: 8 })
  .map((groups) => groups.map(([width, n, separator]) => String(n).padStart(width, '0').slice(-width) + separator).join(''));
/** What may follow a number: nothing, a word, or more short numbers. */
const tail = fc.constantFrom('', ' ok', ' 12', ' 1 2', ' 7 ok');

const card = fc
  .tuple(
    fc.constantFrom(...CARD_NETWORKS.filter((n) => n.name !== 'Maestro')),
    fc.nat(),
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 19, maxLength: 19 }),
    fc.boolean(),
  )
  .map(([network, pick, random, grouped]) => {
    const [low] = network.ranges[pick % network.ranges.length]!;
    const length = network.lengths.includes(16) ? 16 : network.lengths[0]!;
    let digits = low + random.slice(0, length - low.length - 1).join('');
    for (let check = 0; check <= 9; check++) {
      if (passesLuhn(digits + check)) {
        digits += check;
        break;
      }
    }
    return grouped && length === 16 ? digits.match(/.{4}/g)!.join(' ') : digits;
  });

/** Every digit of the output, placeholders (which carry a counter) taken out. */
const digitsOf = (text: string) => text.replace(/\[[A-Z]+_\d+\]/g, ' ').replace(/\D/g, '');

/**
 * No digit of the planted number survives: the output holds at most the filler's own digits.
 * (Stripping every non-digit of the whole output and looking for the number's last six digits
 * raised false alarms: filler such as `0 0 v1.2.3 42:7` or `localhost:3000 v1.2.3` joins into
 * `…001234…` by itself.)
 */
const expectNoPhoneDigitsLeft = (out: string, before: string, after: string) => {
  expect(digitsOf(out).length).toBeLessThanOrEqual(digitsOf(`${before} ${after}`).length);
};

describe('properties', () => {
  it('never lets a planted email through', () => {
    fc.assert(
      fc.property(filler, email, filler, (before, value, after) => {
        const out = redact(join(before, value, after)).text.toLowerCase();
        expect(out).not.toContain(value.toLowerCase());
        expect(out).not.toContain(value.slice(value.indexOf('@')).toLowerCase());
      }),
      { numRuns },
    );
  });

  it('never lets a planted valid phone number through', () => {
    fc.assert(
      fc.property(filler, phone, filler, (before, value, after) => {
        const out = redact(join(before, value, after)).text;
        expect(out).not.toContain(value);
        expectNoPhoneDigitsLeft(out, before, after);
      }),
      { numRuns },
    );
  });

  it('never lets a national number of a default country through, with the default options', () => {
    fc.assert(
      fc.property(filler, national, filler, (before, value, after) => {
        const out = redact(join(before, value, after)).text;
        expect(out).not.toContain(value);
        expectNoPhoneDigitsLeft(out, before, after);
      }),
      { numRuns },
    );
  });

  it('never lets a number through after a run of short numbers, with or without an extension', () => {
    fc.assert(
      fc.property(shortGroups, fc.oneof(national, phone), fc.option(extension, { nil: '' }), tail, (before, value, ext, after) => {
        const out = redact(`${before} ${value}${ext}${after}`).text;
        expectNoPhoneDigitsLeft(out, before, after);
      }),
      { numRuns },
    );
  });

  it('never lets a number through before a run of short numbers', () => {
    fc.assert(
      fc.property(filler, fc.oneof(national, phone), fc.option(extension, { nil: '' }), shortGroups, (before, value, ext, after) => {
        const out = redact(`${before} ${value}${ext} ${after}`).text;
        expectNoPhoneDigitsLeft(out, before, after);
      }),
      { numRuns },
    );
  });

  it.each([
    ['0 0 v1.2.3 42:7', '0450 00 12 34', ''],
    ['', '0450 00 12 34', 'localhost:3000 v1.2.3 42:7'],
    // Found by the stricter check: `01234567 2` was taken for the number and `010` left behind.
    ['', '010 01234567', '2,'],
  ])('redacts the whole national number beside digit-bearing filler (counterexample %j, %j, %j)', (before, value, after) => {
    const out = redact(join(before, value, after)).text;
    expect(out).toBe(join(before, '[PHONE_1]', after));
    expectNoPhoneDigitsLeft(out, before, after);
  });

  it('leaves no digit of a number behind small filler numbers (counterexample "0 12 12", "07400 123456", "")', () => {
    // They took the number's head and left `123456`; now the last small `12` may go with the number.
    const out = redact(join('0 12 12', '07400 123456', '')).text;
    expect(out).toMatch(/^0 12 (?:12 )?\[PHONE_1\] $/);
    expectNoPhoneDigitsLeft(out, '0 12 12', '');
  });

  it('still catches a partly redacted number next to digit-bearing filler', () => {
    expect(() => expectNoPhoneDigitsLeft(join('0 0 v1.2.3 42:7', '0450 [PHONE_1]', ''), '0 0 v1.2.3 42:7', '')).toThrow();
  });

  it('never lets a number written in the digits of another script through', () => {
    fc.assert(
      fc.property(filler, fc.oneof(national, phone), fc.constantFrom(...ZEROS), filler, (before, value, zero, after) => {
        const written = inScript(value, zero);
        const out = redact(join(before, written, after)).text;
        expect(out).not.toContain(written);
        expect(out).not.toContain(written.slice(-6));
      }),
      { numRuns },
    );
  });

  it('never lets an extension through', () => {
    fc.assert(
      fc.property(filler, fc.oneof(national, phone), extension, filler, (before, value, ext, after) => {
        const out = redact(join(before, value + ext, after)).text;
        expect(out).not.toContain(value);
        expect(out).not.toContain(ext.trim());
      }),
      { numRuns },
    );
  });

  it('never lets a planted card number through', () => {
    fc.assert(
      fc.property(filler, card, filler, (before, value, after) => {
        const out = redact(join(before, value, after)).text;
        expect(out.replace(/\D/g, '')).not.toContain(value.replace(/\D/g, ''));
      }),
      { numRuns },
    );
  });

  it('offsets slice the original, in order, and rebuild the output', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 80 }),
      fc.tuple(filler, fc.oneof(email, phone, card), filler, fc.oneof(email, phone, card)).map((parts) => parts.join(' ')),
    );
    fc.assert(
      fc.property(text, (original) => {
        const { text: out, findings } = redact(original, { defaultCountry: 'US' });
        let rebuilt = '';
        let cursor = 0;
        for (const finding of findings) {
          expect(finding.start).toBeGreaterThanOrEqual(cursor);
          expect(finding.end).toBeGreaterThan(finding.start);
          expect(finding.end).toBeLessThanOrEqual(original.length);
          rebuilt += original.slice(cursor, finding.start) + finding.replacement;
          cursor = finding.end;
        }
        expect(rebuilt + original.slice(cursor)).toBe(out);
      }),
      { numRuns },
    );
  });

  it('is idempotent on its own output', () => {
    const text = fc.tuple(filler, fc.oneof(email, phone, card), filler, fc.oneof(email, phone, card), filler).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(text, (original) => {
        const once = redact(original, { defaultCountry: 'US' }).text;
        expect(redact(once, { defaultCountry: 'US' }).text).toBe(once);
      }),
      { numRuns },
    );
  });
});
