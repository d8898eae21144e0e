import { cardNetworkOf, ISSUED_FIRST_DIGITS, LENGTHS_BY_FIRST_DIGIT } from './card-networks.js';
import { isDigit } from './characters.js';
import { isGluedAfter, isGluedBefore } from './digit-runs.js';
import type { Detection } from './finding.js';
import { passesLuhn } from './luhn.js';

/**
 * Group shapes in which card numbers are written: groups of four with a shorter last group (12-19
 * digits: Maestro, UnionPay, Visa 13), 4-6-5 (Amex, UATP 4-5-6), 4-6-4 (Diners).
 */
const SHAPES: readonly (readonly number[])[] = [
  [4, 4, 4, 4, 3],
  [4, 4, 4, 4],
  [4, 4, 4, 4, 2],
  [4, 4, 4, 4, 1],
  [4, 4, 4, 3],
  [4, 4, 4, 2],
  [4, 4, 4, 1],
  [4, 4, 4],
  [4, 6, 5],
  [4, 6, 4],
  [4, 5, 6],
];

/** The fewest digits a card number has (Maestro). */
const MIN_CARD_DIGITS = 12;
const MAX_CARD_DIGITS = 19;

const shapeLengths = new Map<readonly number[], number>(SHAPES.map((shape) => [shape, shape.reduce((a, b) => a + b, 0)]));

function shapeLength(shape: readonly number[]): number {
  return shapeLengths.get(shape)!;
}

/** The digit groups of one run (digits joined by single spaces or dashes), in arrays reused from run to run. */
interface Groups {
  count: number;
  readonly starts: number[];
  readonly ends: number[];
}

function digitsOf(text: string, groups: Groups, from: number, to: number): string {
  let digits = '';
  for (let g = from; g <= to; g++) digits += text.slice(groups.starts[g], groups.ends[g]);
  return digits;
}

/**
 * The Luhn check of the digits of groups `from..to`, read in the text where they stand (no string is
 * built for a candidate that fails, which most do).
 */
function groupsPassLuhn(text: string, groups: Groups, from: number, to: number): boolean {
  let sum = 0;
  let double = false;
  for (let g = to; g >= from; g--) {
    for (let j = groups.ends[g]! - 1; j >= groups.starts[g]!; j--) {
      let d = text.charCodeAt(j) - 48;
      if (double) {
        d *= 2;
        if (d > 9) d -= 9;
      }
      sum += d;
      double = !double;
    }
  }
  return sum % 10 === 0;
}

function isCard(digits: string): boolean {
  return digits.length >= MIN_CARD_DIGITS && digits.length <= MAX_CARD_DIGITS && passesLuhn(digits) && cardNetworkOf(digits) !== undefined;
}

/** Finds card numbers among the groups of one run. */
function cardsInRun(text: string, groups: Groups, found: Detection[]): void {
  const { starts, ends } = groups;
  const last = groups.count - 1;
  let g = 0;
  while (g <= last) {
    let matched = -1;
    const groupStart = starts[g]!;
    const glued = g === 0 && isGluedBefore(text, groupStart);
    if (!glued && ISSUED_FIRST_DIGITS.has(text.charCodeAt(groupStart) - 48)) {
      const length = ends[g]! - groupStart;
      if (length >= MIN_CARD_DIGITS && length <= MAX_CARD_DIGITS) {
        if ((g < last || !isGluedAfter(text, ends[g]!)) && isCard(text.slice(groupStart, ends[g]))) matched = g;
      } else if (length === 4) {
        const lengths = LENGTHS_BY_FIRST_DIGIT[text.charCodeAt(groupStart) - 48]!;
        for (const shape of SHAPES) {
          // Only shapes of a length some network issues with this first digit.
          if (!lengths.has(shapeLength(shape))) continue;
          const end = g + shape.length - 1;
          if (end > last) continue;
          let fits = true;
          let separator = -1;
          for (let k = 0; k < shape.length && fits; k++) {
            if (ends[g + k]! - starts[g + k]! !== shape[k]) fits = false;
            else if (k > 0) {
              const sep = text.charCodeAt(starts[g + k]! - 1);
              if (separator === -1) separator = sep;
              else if (sep !== separator) fits = false;
            }
          }
          if (!fits || (end === last && isGluedAfter(text, ends[end]!))) continue;
          if (groupsPassLuhn(text, groups, g, end) && cardNetworkOf(digitsOf(text, groups, g, end)) !== undefined) {
            matched = end;
            break;
          }
        }
      }
    }
    if (matched >= 0) {
      found.push({ kind: 'card', start: groupStart, end: ends[matched]!, value: digitsOf(text, groups, g, matched) });
      g = matched + 1;
    } else {
      g++;
    }
  }
}

/**
 * Finds payment card numbers: 12-19 digits that pass the Luhn check and fall in a card network's IIN
 * range with one of its lengths (`CARD_NETWORKS`: `credit-card-type`'s table of Visa, Mastercard,
 * Amex, Diners, Discover, JCB, UnionPay, Maestro, Mir, Elo, Hiper, Hipercard, Verve, Troy, Naranja,
 * plus Dankort, UATP and RuPay), written without separators or in the usual groups with spaces or dashes. Test numbers
 * (4242 4242 4242 4242) are card numbers. Not cards: Luhn failures, timestamps, 2^53-1, int64 limits,
 * digits after a decimal point, ISBNs, ids longer than 19 digits.
 *
 * @param text - the text to search (digits of other scripts: pass it through `scanText` first).
 * @returns the card numbers in text order, each with its digits as `value`.
 * @example
 * findCards('card 4242-4242-4242-4242, exp 12/29').map((d) => d.value); // ['4242424242424242']
 * findCards('Number.MAX_SAFE_INTEGER === 9007199254740991'); // []
 */
export function findCards(text: string): Detection[] {
  const found: Detection[] = [];
  const groups: Groups = { count: 0, starts: [], ends: [] };
  const length = text.length;
  let i = 0;
  const nextDigit = /[0-9]/g;
  while (i < length) {
    // Jump to the next digit with the engine's own scan (a one-character class: linear).
    nextDigit.lastIndex = i;
    if (!nextDigit.test(text)) break;
    i = nextDigit.lastIndex - 1;
    // One run: digit groups joined by a single space or dash, read into reused arrays. A run of
    // fewer than 12 digits, or without a group of 4 or of 12-19 digits, holds no card.
    const { starts, ends } = groups;
    let j = i;
    let digits = 0;
    let count = 0;
    let shaped = false;
    for (;;) {
      const start = j;
      while (j < length && isDigit(text.charCodeAt(j))) j++;
      const size = j - start;
      digits += size;
      if (size === 4 || (size >= MIN_CARD_DIGITS && size <= MAX_CARD_DIGITS)) shaped = true;
      starts[count] = start;
      ends[count] = j;
      count++;
      const sep = text.charCodeAt(j);
      if ((sep === 32 || sep === 45) && j + 1 < length && isDigit(text.charCodeAt(j + 1))) j++;
      else break;
    }
    if (digits < MIN_CARD_DIGITS || !shaped) {
      i = j;
      continue;
    }
    groups.count = count;
    cardsInRun(text, groups, found);
    i = j;
  }
  return found;
}
