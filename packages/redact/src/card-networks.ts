/** A card network: its name, the IIN (first digits) ranges it issues and the lengths of its numbers. */
export interface CardNetwork {
  readonly name: string;
  /** Inclusive ranges of the leading digits, each bound with the same number of digits. */
  readonly ranges: readonly (readonly [string, string])[];
  readonly lengths: readonly number[];
}

/**
 * Card networks by issuer identification number, from the networks' published IIN ranges (ISO/IEC
 * 7812). Mastercard includes its 2-series (2221-2720).
 */
export const CARD_NETWORKS: readonly CardNetwork[] = [
  { name: 'Visa', ranges: [['4', '4']], lengths: [13, 16, 19] },
  { name: 'Mastercard', ranges: [['51', '55'], ['2221', '2720']], lengths: [16] },
  { name: 'American Express', ranges: [['34', '34'], ['37', '37']], lengths: [15] },
  { name: 'Discover', ranges: [['6011', '6011'], ['644', '649'], ['65', '65'], ['622126', '622925']], lengths: [16, 17, 18, 19] },
  { name: 'JCB', ranges: [['3528', '3589']], lengths: [16, 17, 18, 19] },
  { name: 'Diners Club', ranges: [['300', '305'], ['3095', '3095'], ['36', '36'], ['38', '39']], lengths: [14, 15, 16, 17, 18, 19] },
  { name: 'UnionPay', ranges: [['62', '62'], ['81', '81']], lengths: [16, 17, 18, 19] },
  { name: 'Maestro', ranges: [['5018', '5018'], ['5020', '5020'], ['5038', '5038'], ['5893', '5893'], ['6304', '6304'], ['6759', '6759'], ['6761', '6763']], lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
  { name: 'Mir', ranges: [['2200', '2204']], lengths: [16, 17, 18, 19] },
  { name: 'RuPay', ranges: [['60', '60'], ['652', '652'], ['508', '508'], ['353', '353'], ['356', '356']], lengths: [16] },
];

/**
 * The network that issues a card number of these digits and this length, or `undefined`.
 *
 * @example
 * cardNetworkOf('2223000048400011')?.name; // 'Mastercard'
 * cardNetworkOf('9007199254740991'); // undefined (2^53 - 1 is no card)
 */
export function cardNetworkOf(digits: string): CardNetwork | undefined {
  for (const network of CARD_NETWORKS) {
    if (!network.lengths.includes(digits.length)) continue;
    for (const [low, high] of network.ranges) {
      const prefix = digits.slice(0, low.length);
      if (prefix >= low && prefix <= high) return network;
    }
  }
  return undefined;
}
