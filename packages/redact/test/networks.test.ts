import creditCardType from 'credit-card-type';
import { describe, expect, it } from 'vitest';
import { CARD_NETWORKS, cardNetworkOf, findCards, findEmails, isPublicTopLevelDomain, passesLuhn } from '../src/index.js';

/** A Luhn-valid number of `length` digits starting with `prefix`. */
function withLuhn(prefix: string, length: number): string {
  const body = (prefix + '0'.repeat(length)).slice(0, length - 1);
  for (let check = 0; check <= 9; check++) if (passesLuhn(body + check)) return body + check;
  throw new Error('unreachable');
}

describe('card networks from credit-card-type', () => {
  it('finds a Luhn-valid number of every range and length of every network', () => {
    for (const network of CARD_NETWORKS) {
      for (const [low] of network.ranges) {
        for (const length of network.lengths) {
          const digits = withLuhn(low, length);
          expect(
            findCards(`card ${digits} ok`).map((d) => d.value),
            `${network.name} ${digits}`,
          ).toEqual([digits]);
        }
      }
    }
  });

  it('agrees with credit-card-type on the network of its own numbers', () => {
    for (const type of Object.values(creditCardType.types)) {
      const info = creditCardType.getTypeInfo(type);
      for (const pattern of info.patterns) {
        const low = String(Array.isArray(pattern) ? pattern[0] : pattern);
        const digits = withLuhn(low, info.lengths[0]!);
        expect(cardNetworkOf(digits), `${type} ${digits}`).toBeDefined();
        expect(creditCardType(digits).length, `${type} ${digits}`).toBeGreaterThan(0);
      }
    }
  });

  it.each([
    ['Dankort', '5019717010103742'],
    ['Verve', withLuhn('506099', 16)],
    ['Elo', withLuhn('636368', 16)],
    ['Hiper', withLuhn('637095', 16)],
    ['Hipercard', withLuhn('606282', 16)],
    ['UnionPay', withLuhn('62', 14)],
    ['UnionPay', withLuhn('62', 15)],
    ['Maestro', '6759649826438453'],
    ['Maestro', withLuhn('6304', 12)],
    ['UATP', '122000000000003'],
  ])('%s %s', (name, digits) => {
    expect(cardNetworkOf(digits)?.name).toBe(name);
    expect(findCards(`pay with ${digits}`)).toHaveLength(1);
  });

  it('still requires Luhn', () => {
    expect(findCards('5019717010103743 and 1234 5678 8765 4321')).toEqual([]);
  });
});

describe('top-level domains from the IANA list (tlds)', () => {
  it.each(['jane@acme.work', 'ops@team.run', 'luigi@slice.pizza', 'sepp@verein.bayern', 'hi@studio.new', 'a@b.co'])('%s is an address', (address) => {
    expect(findEmails(`mail ${address} now`).map((d) => d.value)).toEqual([address]);
  });

  it('knows reserved and made-up names are not public', () => {
    for (const tld of ['localhost', 'local', 'internal', 'test', 'example', 'shape', 'weight']) expect(isPublicTopLevelDomain(tld), tld).toBe(false);
  });

  it('decides TLDs that are also file extensions by context', () => {
    expect(findEmails('write to ada@school.zip.').map((d) => d.value)).toEqual(['ada@school.zip']);
    expect(findEmails('"owner": "dev@tools.py"').map((d) => d.value)).toEqual(['dev@tools.py']);
    for (const code of ['logo@2x.zip', 'y = a@b.map(f)', 'self.w@x.data', 'out = q@kv.py[0]', 'img@home.mov/x']) expect(findEmails(code), code).toEqual([]);
  });

  it('reads @ spelled out', () => {
    expect(findEmails('My email is john at gmail.com').map((d) => d.value)).toEqual(['john@gmail.com']);
    expect(findEmails('reach me: ada [at] school.edu').map((d) => d.value)).toEqual(['ada@school.edu']);
    expect(findEmails('look at example.com and meet me at google.com')).toEqual([]);
  });
});
