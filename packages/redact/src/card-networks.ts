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
  { name: 'RuPay', ranges: [['60', '60'], ['65', '65'], ['81', '82'], ['508', '508']], lengths: [16] },
  { name: 'Visa', ranges: [['4', '4']], lengths: [13] },
];

function fromPackage(): CardNetwork[] {
  return Object.values(cardTypes).map((card) => ({
    name: card.niceType,
    ranges: card.patterns.map((pattern): readonly [string, string] => (Array.isArray(pattern) ? [String(pattern[0]), String(pattern[1])] : [String(pattern), String(pattern)])),
    lengths: [...card.lengths],
  }));
}

/** Every network `findCards` knows: `credit-card-type`'s table, then the supplement. */
export const CARD_NETWORKS: readonly CardNetwork[] = [...fromPackage(), ...SUPPLEMENT];

/** The first digit of every range: a run that starts otherwise holds no card. */
export const ISSUED_FIRST_DIGITS: ReadonlySet<number> = new Set(CARD_NETWORKS.flatMap((n) => n.ranges.flatMap(([low, high]) => range(Number(low[0]), Number(high[0])))));

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
  let best: CardNetwork | undefined;
  let bestShare = Infinity;
  for (const network of CARD_NETWORKS) {
    if (!network.lengths.includes(digits.length)) continue;
    for (const [low, high] of network.ranges) {
      const prefix = digits.slice(0, low.length);
      if (prefix < low || prefix > high) continue;
      // The share of all numbers the range holds: the narrower range is the more specific one.
      const share = (Number(high) - Number(low) + 1) / 10 ** low.length;
      if (share < bestShare) {
        best = network;
        bestShare = share;
      }
    }
  }
  return best;
}
