import { describe, expect, it } from 'vitest';
import { findPhones, redact } from '../src/index.js';

const spans = (text: string, country: Parameters<typeof findPhones>[1] | 'none' = 'US') =>
  findPhones(text, country === 'none' ? undefined : country).map((d) => text.slice(d.start, d.end));

describe('phone numbers that are redacted', () => {
  it.each([
    ['international with spaces', 'call +44 20 7946 0958 now', '+44 20 7946 0958'],
    ['00 prefix', 'tel 0049 30 901820', '0049 30 901820'],
    ['US with parentheses', 'ring (415) 555-2671.', '(415) 555-2671'],
    ['US with dots', 'text 415.555.2671', '415.555.2671'],
    ['US with dashes', 'text 415-555-2671!', '415-555-2671'],
    ['US bare digits in prose', 'my number is 4155552671 ok', '4155552671'],
    ['E.164', '{"phone":"+14155552671"}', '+14155552671'],
    ['international with a trunk zero in parentheses', '+44 (0) 20 7946 0958', '+44 (0) 20 7946 0958'],
    ['international French', 'Appelez le +33 1 42 68 53 00', '+33 1 42 68 53 00'],
    ['after emoji', '📞 +1 415 555 2671', '+1 415 555 2671'],
    ['bare digits after a label and a colon, at the end of a line', 'my cell: 4155552671\nthanks', '4155552671'],
    ['bare digits after Phone:', 'Phone: 4155552671', '4155552671'],
    ['a phone key in code', 'phone_number = 4155552671', '4155552671'],
    ['a phone key in JSON', '{"phone": 4155552671}', '4155552671'],
    ['a tel: URI', '<a href="tel:4155552671">', '4155552671'],
    // Words and keys that end in `id` but name no identifier.
    ['after a word ending in "id"', 'she said 415 555 2671 today', '415 555 2671'],
    ['bare, after a word ending in "id"', 'I paid 4155552671 today', '4155552671'],
    ['after a key that names a phone', 'callerId: 4155552671 (from the log)', '4155552671'],
    ['a bare number in a CSV row', 'id,name,phone\n7,Ada,4155552671\n', '4155552671'],
    ['a bare number after a comma in prose', 'call me tonight, 4155552671', '4155552671'],
  ])('%s', (_name, text, expected) => {
    expect(spans(text)).toEqual([expected]);
  });

  it('takes a + number of a listed country that is of a possible length, valid or not', () => {
    // Ofcom's range for drama: libphonenumber does not call it valid, and a leak outranks precision.
    expect(spans('call +44 7700 900123 now', 'none')).toEqual(['+44 7700 900123']);
    expect(spans('call 0044 7700 900123 now', 'GB')).toEqual(['0044 7700 900123']);
    // Not listed: only a valid number is taken.
    expect(spans('call +44 7700 900123 now', 'US')).toEqual([]);
  });

  it('separates numbers written one after another', () => {
    expect(spans('415 555 2671 212 555 0100')).toEqual(['415 555 2671', '212 555 0100']);
    expect(spans('qty 12 415 555 2671')).toEqual(['415 555 2671']);
    expect(spans('+44 20 7946 0958 4242424242424242')).toEqual(['+44 20 7946 0958']);
    // Small numbers before a phone in one run cost no validity check, so they do not use up the run.
    expect(spans('row: 1 2 3 4 5 6 7 8 (415) 555-2671')).toEqual(['(415) 555-2671']);
  });

  it('reads national numbers in the plans of the countries given; none with an empty list', () => {
    expect(findPhones('ring (415) 555-2671', [])).toEqual([]);
    expect(findPhones('ring +1 (415) 555-2671', []).map((d) => d.value)).toEqual(['+14155552671']);
    expect(findPhones('ring 020 7946 0958', ['US'])).toEqual([]);
    expect(findPhones('ring 020 7946 0958', ['US', 'GB']).map((d) => d.value)).toEqual(['+442079460958']);
    expect(spans('Ruf an: 030 901820', 'DE')).toEqual(['030 901820']);
  });
});

describe('numbers that are not phones', () => {
  it.each([
    ['a version', 'upgrade to 4.155.552.671 or v1.2.3'],
    ['a date', 'due 2024-01-15 or 15.01.2024'],
    ['a date and time', 'at 2024-01-15 10:30:00'],
    ['a date and an hour', 'on 2024-05-01 12 sharp'],
    ['an ISO timestamp', '2024-01-15T10:30:00.123Z'],
    ['an IP address', 'ping 192.168.100.200'],
    ['a port', 'localhost:8080 and 0.0.0.0:4155'],
    ['line:column in a stack trace', 'at Object.<anonymous> (/app/src/index.js:4155:5526)'],
    ['a duration', 'took 4155552671ms'],
    ['a numeric literal in an array', 'ids = [4155552671, 2125551234]'],
    ['a numeric literal assigned', 'const timeout = 4155552671;'],
    ['a call argument', 'sleep(4155552671)'],
    ['a later call argument', 'retry(3, 4155552671)'],
    ['a value in a minified array', '[1,4155552671,2]'],
    ['a tuple assigned', 'x = 1, 4155552671'],
    ['a hash', 'commit a4155552671f and 4155552671abc'],
    ['a UUID', '550e8400-e29b-41d4-a716-446655440000'],
    ['an order number', 'order #4155552671 and Order No. 4155552671'],
    ['a unix timestamp', 'ts=1700000000'],
    ['a long number', 'id 41555526714155552671'],
    ['a money amount', 'paid $4155552671'],
    ['money with thousands groups and a space after the sign', 'total € 12.345.678,90 due'],
    ['money with thousands groups and cents', 'total 12.345.678,90'],
    ['money before its sign', 'total 12.345.678 €'],
    ['money after a currency code', 'EUR 12.345.678,90 and R$ 1.234.567,89'],
    ['an identifier column in SQL', 'SELECT * FROM orders WHERE order_id = 4155552671 AND paid'],
    ['an identifier key', 'userId: 4155552671 (from the log)'],
    ['a short + number that is only of a possible length', 'x +4912345 y'],
  ])('%s', (_name, text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe('no digit of a valid number stays visible', () => {
  it.each([
    // Small numbers before a number with an extension: `12 12 070-123 45` is valid too, and read
    // first it left `67 x1` behind.
    ['12 12 12 070-123 45 67 x1', '12 [PHONE_1]'],
    // `126- 0905 123` is valid somewhere, and so is `0905 123 4567`, which starts inside it.
    ['126- 0905 123 4567', '[PHONE_1]'],
    ['358 24 07400 123456 x12 ok', '[PHONE_1] ok'],
    ['11 - 37  0802 123 4567 ext. 7 ok', '11 - [PHONE_1] ok'],
    // Four groups of four with two kinds of separator are no card: two numbers, the second from Singapore.
    ['5000 1620  8123 4567 x1', '[PHONE_1]  [PHONE_2]'],
    // What follows card-shaped groups in the same run is still read.
    ['4955 1321 3744 3144  131 2345 6789 ok', '4955 1321 3744 3144  [PHONE_1] ok'],
  ])('%j', (text, expected) => {
    expect(redact(text).text).toBe(expected);
  });

  it('leaves two numbers in a row as two', () => {
    expect(redact('0151 23456789 0151 23456789').findings).toHaveLength(2);
    expect(redact('415 555 2671 212 555 0100', { countries: ['US'] }).text).toBe('[PHONE_1] [PHONE_2]');
  });

  it('keeps card-shaped groups that fail Luhn as they are', () => {
    expect(redact('1234 5678 8765 4321').text).toBe('1234 5678 8765 4321');
  });
});
