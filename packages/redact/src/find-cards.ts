import { cardNetworkOf } from './card-networks.js';
import { isDigit } from './characters.js';
import { type DigitGroup, isGluedAfter, isGluedBefore } from './digit-runs.js';
import type { Detection } from './finding.js';
import { passesLuhn } from './luhn.js';

/** Group shapes in which card numbers are written: 4-4-4-4, 4-4-4-4-3 (19 digits), 4-6-5 (Amex), 4-6-4 (Diners). */
const SHAPES: readonly (readonly number[])[] = [
  [4, 4, 4, 4, 3],
  [4, 4, 4, 4],
  [4, 6, 5],
  [4, 6, 4],
];

/** The fewest digits a card number has (Maestro). */
const MIN_CARD_DIGITS = 12;

function digitsOf(text: string, groups: readonly DigitGroup[], from: number, to: number): string {
  let digits = '';
  for (let g = from; g <= to; g++) digits += text.slice(groups[g]!.start, groups[g]!.end);
  return digits;
}

function isCard(digits: string): boolean {
  return digits.length >= MIN_CARD_DIGITS && digits.length <= 19 && passesLuhn(digits) && cardNetworkOf(digits) !== undefined;
}

/** Finds card numbers among the groups of one run (digits joined by single spaces or dashes). */
function cardsInRun(text: string, groups: readonly DigitGroup[], found: Detection[]): void {
  const last = groups.length - 1;
  let g = 0;
  while (g <= last) {
    let matched = -1;
    const group = groups[g]!;
    const glued = g === 0 && isGluedBefore(text, group.start);
    if (!glued) {
      const length = group.end - group.start;
      if (length >= 12 && length <= 19) {
        if ((g < last || !isGluedAfter(text, group.end)) && isCard(text.slice(group.start, group.end))) matched = g;
      } else if (length === 4) {
        for (const shape of SHAPES) {
          const end = g + shape.length - 1;
          if (end > last) continue;
          let fits = true;
          let separator = -1;
          for (let k = 0; k < shape.length && fits; k++) {
            const part = groups[g + k]!;
            if (part.end - part.start !== shape[k]) fits = false;
            else if (k > 0) {
              const sep = text.charCodeAt(part.start - 1);
              if (separator === -1) separator = sep;
              else if (sep !== separator) fits = false;
            }
          }
          if (!fits || (end === last && isGluedAfter(text, groups[end]!.end))) continue;
          if (isCard(digitsOf(text, groups, g, end))) {
            matched = end;
            break;
          }
        }
      }
    }
    if (matched >= 0) {
      const start = group.start;
      const stop = groups[matched]!.end;
      found.push({ kind: 'card', start, end: stop, value: digitsOf(text, groups, g, matched) });
      g = matched + 1;
    } else {
      g++;
    }
  }
}

/**
 * Finds payment card numbers: 12-19 digits that pass the Luhn check and fall in a card network's IIN
 * range (Visa, Mastercard incl. 2221-2720, Amex, Discover, JCB, Diners, UnionPay, Maestro, Mir,
 * RuPay), written without separators or in the usual groups with spaces or dashes. Test numbers
 * (4242 4242 4242 4242) are card numbers. Not cards: Luhn failures, timestamps, 2^53-1, int64 limits,
 * digits after a decimal point, ISBNs, ids longer than 19 digits.
 *
 * @example
 * findCards('card 4242-4242-4242-4242, exp 12/29').map((d) => d.value); // ['4242424242424242']
 * findCards('Number.MAX_SAFE_INTEGER === 9007199254740991'); // []
 */
export function findCards(text: string): Detection[] {
  const found: Detection[] = [];
  const length = text.length;
  let i = 0;
  const nextDigit = /[0-9]/g;
  while (i < length) {
    // Jump to the next digit with the engine's own scan (a one-character class: linear).
    nextDigit.lastIndex = i;
    if (!nextDigit.test(text)) break;
    i = nextDigit.lastIndex - 1;
    // One run: digit groups joined by a single space or dash. Measure it first: a run of fewer than
    // 12 digits (most numbers in code) holds no card, and is passed over without allocating.
    let j = i;
    let digits = 0;
    for (;;) {
      while (j < length && isDigit(text.charCodeAt(j))) {
        j++;
        digits++;
      }
      const sep = text.charCodeAt(j);
      if ((sep === 32 || sep === 45) && j + 1 < length && isDigit(text.charCodeAt(j + 1))) j++;
      else break;
    }
    if (digits < MIN_CARD_DIGITS) {
      i = j;
      continue;
    }
    const groups: DigitGroup[] = [];
    j = i;
    for (;;) {
      const start = j;
      while (j < length && isDigit(text.charCodeAt(j))) j++;
      groups.push({ start, end: j });
      const sep = text.charCodeAt(j);
      if ((sep === 32 || sep === 45) && j + 1 < length && isDigit(text.charCodeAt(j + 1))) j++;
      else break;
    }
    cardsInRun(text, groups, found);
    i = j;
  }
  return found;
}
