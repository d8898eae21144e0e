// The card networks, their IIN (first digits) ranges and number lengths: the table of the
// `credit-card-type` package (Braintree's, kept up to date with the networks), read as data (its
// `card-types` module, not its matcher: that one keeps state other code can change), plus the
// networks it does not list, each with its source.
import cardTypes from 'credit-card-type/dist/lib/card-types.js';

/** A card network: its name, the IIN (first digits) ranges it issues and the lengths of its numbers. */
export interface CardNetwork {
  readonly name: string;
  /** Inclusive ranges of the leading digits, each bound with the same number of digits. */
  readonly ranges: readonly (readonly [string, string])[];
  readonly lengths: readonly number[];
}

/**
 * Networks `credit-card-type` 10.3 does not list: Dankort (Denmark, IIN 5019, 16 digits; Nets'
 * published range), UATP (airline cards, IIN 1, 15 digits; ISO/IEC 7812 major industry identifier 1),
 * RuPay's 60, 65, 81-82 and 508 ranges (NPCI; its JCB co-brands 353/356 stay JCB), and 13-digit Visa numbers (Visa's older length, still
 * used by test cards).
 */
const SUPPLEMENT: readonly CardNetwork[] = [
  { name: 'Dankort', ranges: [['5019', '5019']], lengths: [16] },
  { name: 'UATP', ranges: [['1', '1']], lengths: [15] },
  {
    name: 'RuPay',
    ranges: [
      ['60', '60'],
      ['65', '65'],
      ['81', '82'],
      ['508', '508'],
    ],
    lengths: [16],
  },
  { name: 'Visa', ranges: [['4', '4']], lengths: [13] },
];

function fromPackage(): CardNetwork[] {
  return Object.values(cardTypes).map((card) => ({
    name: card.niceType,
    ranges: card.patterns.map((pattern): readonly [string, string] =>
      Array.isArray(pattern) ? [String(pattern[0]), String(pattern[1])] : [String(pattern), String(pattern)],
    ),
    lengths: [...card.lengths],
  }));
}

/** Every network `findCards` knows: `credit-card-type`'s table, then the supplement. */
export const CARD_NETWORKS: readonly CardNetwork[] = [...fromPackage(), ...SUPPLEMENT];

/** One IIN range as numbers, with the share of all numbers it holds (the narrower, the more specific). */
interface NumericRange {
  readonly network: CardNetwork;
  readonly digits: number;
  readonly low: number;
  readonly high: number;
  readonly share: number;
}

/** The ranges by the first digit of their low bound (a range never spans two first digits here). */
const RANGES_BY_FIRST_DIGIT: readonly (readonly NumericRange[])[] = (() => {
  const byDigit: NumericRange[][] = Array.from({ length: 10 }, () => []);
  for (const network of CARD_NETWORKS) {
    for (const [low, high] of network.ranges) {
      const range = { network, digits: low.length, low: Number(low), high: Number(high), share: (Number(high) - Number(low) + 1) / 10 ** low.length };
      for (let d = Number(low[0]); d <= Number(high[0]); d++) byDigit[d]!.push(range);
    }
  }
  // Narrowest first: the first match is then the answer unless a narrower one follows (it cannot).
  for (const list of byDigit) list.sort((a, b) => a.share - b.share);
  return byDigit;
})();

/** The first digit of every range: a run that starts otherwise holds no card. */
export const ISSUED_FIRST_DIGITS: ReadonlySet<number> = new Set(
  CARD_NETWORKS.flatMap((n) => n.ranges.flatMap(([low, high]) => range(Number(low[0]), Number(high[0])))),
);

/** Per first digit, the lengths of the numbers some network issues with it (`1`: 15, UATP only). */
export const LENGTHS_BY_FIRST_DIGIT: readonly ReadonlySet<number>[] = Array.from({ length: 10 }, (_, digit) => {
  const lengths = new Set<number>();
  for (const network of CARD_NETWORKS) {
    if (network.ranges.some(([low, high]) => Number(low[0]) <= digit && digit <= Number(high[0]))) for (const n of network.lengths) lengths.add(n);
  }
  return lengths;
});

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let d = from; d <= to; d++) out.push(d);
  return out;
}

/**
 * The network that issues a card number of these digits and this length, or `undefined`. When ranges
 * of two networks hold it, the narrower range (the smaller share of all numbers) wins: `5019…` is
 * Dankort, not Maestro's 500000-504174; `506099…` is Verve.
 *
 * @param digits - the card number, digits only.
 * @returns the network, or `undefined` when no network issues numbers like it.
 * @example
 * cardNetworkOf('2223000048400011')?.name; // 'Mastercard'
 * cardNetworkOf('5019717010103742')?.name; // 'Dankort'
 * cardNetworkOf('9007199254740991'); // undefined (2^53 - 1 is no card)
 */
export function cardNetworkOf(digits: string): CardNetwork | undefined {
  const length = digits.length;
  let best: CardNetwork | undefined;
  let bestShare = Infinity;
  for (const range of RANGES_BY_FIRST_DIGIT[digits.charCodeAt(0) - 48] ?? []) {
    if (range.share >= bestShare || !range.network.lengths.includes(length)) continue;
    const prefix = Number(digits.slice(0, range.digits));
    if (prefix >= range.low && prefix <= range.high) {
      best = range.network;
      bestShare = range.share;
    }
  }
  return best;
}
