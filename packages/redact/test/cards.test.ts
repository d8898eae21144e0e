import { describe, expect, it } from 'vitest';
import { cardNetworkOf, findCards, passesLuhn } from '../src/index.js';

const spans = (text: string) => findCards(text).map((d) => text.slice(d.start, d.end));

describe('card numbers that are redacted', () => {
  it.each([
    ['Visa test card, grouped', 'card 4242 4242 4242 4242 exp 12/29', '4242 4242 4242 4242', 'Visa'],
    ['Visa with dashes', '4111-1111-1111-1111', '4111-1111-1111-1111', 'Visa'],
    ['Visa bare', 'num=4012888888881881;', '4012888888881881', 'Visa'],
    ['Mastercard 5-series', '5555555555554444', '5555555555554444', 'Mastercard'],
    ['Mastercard 2-series', '2223 0031 2200 3222', '2223 0031 2200 3222', 'Mastercard'],
    ['Amex 4-6-5', 'amex 3782 822463 10005', '3782 822463 10005', 'American Express'],
    ['Amex bare', '371449635398431', '371449635398431', 'American Express'],
    ['Discover', '6011 1111 1111 1117', '6011 1111 1111 1117', 'Discover'],
    ['JCB', '3530111333300000', '3530111333300000', 'JCB'],
    ['Diners 4-6-4', '3056 930902 5904', '3056 930902 5904', 'Diners Club'],
    ['UnionPay 19 digits', '6212345678901232', '6212345678901232', 'UnionPay'],
    ['in JSON', '{"card":"4242424242424242"}', '4242424242424242', 'Visa'],
    ['followed by another group', '4242 4242 4242 4242 123', '4242 4242 4242 4242', 'Visa'],
  ])('%s', (_name, text, expected, network) => {
    expect(spans(text)).toEqual([expected]);
    expect(cardNetworkOf(expected.replace(/\D/g, ''))?.name).toBe(network);
  });
});

describe('numbers that are not cards', () => {
  it.each([
    ['a Luhn failure', '4242 4242 4242 4241'],
    ['a millisecond timestamp', 'Date.now() // 1700000000000'],
    ['2^53 - 1', 'Number.MAX_SAFE_INTEGER === 9007199254740991'],
    ['int64 limits', 'i64: -9223372036854775808..9223372036854775807, u64 18446744073709551615'],
    ['digits of pi', 'PI = 3.14159265358979323846264338327950288'],
    ['digits of e', 'E = 2.718281828459045235360287471352'],
    ['an ISBN-13', 'ISBN 978-0-13-468599-1 or 9780134685991'],
    ['a long id', 'snowflake 1234567890123456789012'],
    ['digits inside a word', 'token_4242424242424242x'],
  ])('%s', (_name, text) => {
    expect(spans(text)).toEqual([]);
  });

  it('checks Luhn', () => {
    expect(passesLuhn('79927398713')).toBe(true);
    expect(passesLuhn('79927398710')).toBe(false);
    expect(passesLuhn('')).toBe(false);
    expect(passesLuhn('4242x')).toBe(false);
  });
});
