import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { isDigit } from './characters.js';
import { isGluedAfter, isGluedBefore } from './digit-runs.js';
import type { Detection } from './finding.js';

/** E.164 numbers have at most 15 digits; a run with more is a long number, not a phone. */
const MAX_DIGITS = 15;
const MIN_DIGITS = 7;
/** Phone numbers are written in at most six groups (`+1 (415) 555 26 71` has five). */
const MAX_GROUPS = 6;
/** Words right before a number that make it an identifier rather than a phone (`order #4155552671`). */
const ID_CONTEXT = /\b(?:order|invoice|ticket|ref|reference|tracking|transaction|txn|account|acct|id|pid|uid|gid|port|issue|pr|build|job|run|version|ver|isbn|sku|serial)\s*(?:no\.?|num\.?|number|nr\.?|#|id)?\s*[#:=]?\s*$/i;

function isSeparator(code: number): boolean {
  // space, no-break space, '.', '-', '(', ')'
  return code === 32 || code === 0xa0 || code === 46 || code === 45 || code === 40 || code === 41;
}

interface Candidate {
  start: number;
  end: number;
  /** The digits, kept only up to 17 of them: `count` says how many there are. */
  digits: string;
  count: number;
  groups: number[];
  plus: boolean;
  separated: boolean;
}

/** Reads one run of digits and separators starting at `start` (a digit, `+` or `(`). */
function readRun(text: string, start: number): Candidate & { runEnd: number } {
  const length = text.length;
  let j = start;
  const plus = text.charCodeAt(j) === 43;
  if (plus) j++;
  let digits = '';
  let count = 0;
  const groups: number[] = [];
  let current = 0;
  let end = start;
  let separated = false;
  let separatorRun = 0;
  let opened = false;
  while (j < length) {
    const c = text.charCodeAt(j);
    if (isDigit(c)) {
      count++;
      if (count <= MAX_DIGITS + 2) digits += text[j];
      current++;
      separatorRun = 0;
      end = j + 1;
    } else if (isSeparator(c) && separatorRun < 2) {
      if (current > 0) {
        groups.push(current);
        current = 0;
      }
      separatorRun++;
      if (c === 40) opened = true;
      else separated = true;
      if (c === 41) end = j + 1;
    } else {
      break;
    }
    j++;
  }
  if (current > 0) groups.push(current);
  // A closing ')' counts only if the run opened one.
  if (text.charCodeAt(end - 1) === 41 && !opened) end--;
  return { start, end, digits, count, groups, plus, separated, runEnd: j };
}

/** A date (2024-01-15, 15.01.2024, 01/15) or an IPv4 address, written with separators. */
function looksLikeDateOrAddress(text: string, candidate: Candidate): boolean {
  const g = candidate.groups;
  if (g.length === 4 && g.every((n) => n <= 3) && text.slice(candidate.start, candidate.end).split('.').length === 4) return true;
  if (g.length === 3 && ((g[0] === 4 && g[1]! <= 2 && g[2]! <= 2) || (g[0]! <= 2 && g[1]! <= 2 && g[2] === 4))) {
    const parts = text.slice(candidate.start, candidate.end).split(/[.\- ]/).map(Number);
    const month = g[0] === 4 ? parts[1]! : Math.min(parts[0]!, parts[1]!);
    if (month >= 1 && month <= 12) return true;
  }
  return false;
}

/**
 * A bare number in code: digits only (perhaps in parentheses, a call's argument), between `[`, `(`,
 * `,`, `=`, `:`, `{` and `,`, `]`, `)`, `;`, `}` or the end of a line.
 */
function looksLikeLiteral(text: string, candidate: Candidate): boolean {
  if (candidate.separated || candidate.plus) return false;
  let p = candidate.start - 1;
  while (p >= 0 && text.charCodeAt(p) === 32) p--;
  let n = candidate.end;
  while (n < text.length && text.charCodeAt(n) === 32) n++;
  const before = p >= 0 ? text[p]! : '';
  const after = n < text.length ? text[n]! : '';
  return (before === '' || '[(,=:{'.includes(before)) && (after === '' || ',])};}\n'.includes(after));
}

/** The E.164 form of a run if it is a valid number, read internationally (`+`, `00`) or in `defaultCountry`. */
function validNumber(runText: string, digits: string, plus: boolean, defaultCountry: CountryCode | undefined): string | undefined {
  const viaZeroZero = !plus && digits.startsWith('00');
  const significant = viaZeroZero ? digits.length - 2 : digits.length;
  if (significant < MIN_DIGITS || significant > MAX_DIGITS) return undefined;
  const parsed = plus
    ? parsePhoneNumberFromString(runText, { extract: false })
    : viaZeroZero
      ? parsePhoneNumberFromString(`+${runText.slice(2)}`, { extract: false })
      : defaultCountry
        ? parsePhoneNumberFromString(runText, { defaultCountry, extract: false })
        : undefined;
  return parsed?.isValid() ? parsed.number : undefined;
}

/**
 * Finds phone numbers that are valid in their numbering plan (libphonenumber-js, full metadata): in
 * international form (`+44 20 7946 0958`, `0044 ...`) always, and in national form when
 * `defaultCountry` says which plan to read them in. The span covers the whole number, including
 * the `+` and a leading `(`. Not phones: versions, dates, times, IP addresses, ports, line:column,
 * durations, numbers inside words or hashes, numeric literals in code, numbers after `order #`, `id`
 * or `port`.
 *
 * Each run of digits is read once and checked at most twice, so the work is linear.
 *
 * @example
 * findPhones('Call +1 (415) 555-2671 today').map((d) => d.value); // ['+14155552671']
 * findPhones('at Object.<anonymous> (app.js:4155:5526)'); // []
 */
export function findPhones(text: string, defaultCountry?: CountryCode): Detection[] {
  const found: Detection[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    const startsRun =
      isDigit(c) ||
      (c === 43 && i + 1 < length && (isDigit(text.charCodeAt(i + 1)) || text.charCodeAt(i + 1) === 40)) ||
      (c === 40 && i + 1 < length && isDigit(text.charCodeAt(i + 1)));
    if (!startsRun) {
      i++;
      continue;
    }
    const run = readRun(text, i);
    const next = Math.max(run.runEnd, i + 1);
    if (
      run.count >= MIN_DIGITS &&
      run.count <= MAX_DIGITS + 2 &&
      run.groups.length <= MAX_GROUPS &&
      !isGluedBefore(text, i) &&
      !(i > 0 && (text.charCodeAt(i - 1) === 35 || text.charCodeAt(i - 1) === 36)) && // '#', '$'
      !isGluedAfter(text, run.end) &&
      !looksLikeDateOrAddress(text, run) &&
      !looksLikeLiteral(text, run) &&
      !ID_CONTEXT.test(text.slice(Math.max(0, i - 24), i))
    ) {
      const value = validNumber(text.slice(i, run.end), run.digits, run.plus, defaultCountry);
      if (value) found.push({ kind: 'phone', start: i, end: run.end, value });
    }
    i = next;
  }
  return found;
}
