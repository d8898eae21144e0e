import { Metadata } from 'libphonenumber-js/core';
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
// `Metadata` comes from `/core` with the full metadata passed in: the CommonJS entry of
// `libphonenumber-js/max` (1.13.x) does not export `Metadata`, only its ES module entry does.
import maxMetadata from 'libphonenumber-js/max/metadata';
import { isDigit } from './characters.js';
import { isGluedAfter, isGluedBefore } from './digit-runs.js';
import type { Detection } from './finding.js';

/** E.164 numbers have at most 15 digits (17 with a `00` prefix). */
const MAX_DIGITS = 15;
const MIN_DIGITS = 7;
/** Phone numbers are written in at most six groups of digits (`+1 (415) 555 26 71` has five). */
const MAX_GROUPS = 6;
/** A number spans at most this many space-separated segments. */
const MAX_SEGMENTS = 6;
/**
 * In one run, how many starts that came to a validity check (a parse) may fail before the rest of the
 * run is given up: the bound that keeps hostile runs linear. Starts judged from their digit counts
 * alone (`1 2 3 4 5 6 (415) 555-2671`) cost nothing and do not count.
 */
const MAX_RESTARTS = 4;
/** Words right before a number that make it an identifier rather than a phone (`order #4155552671`). */
const ID_CONTEXT = /\b(?:order|invoice|ticket|ref|reference|tracking|transaction|txn|account|acct|id|pid|uid|gid|port|issue|pr|build|job|run|version|ver|isbn|sku|serial)\s*(?:no\.?|num\.?|number|nr\.?|#|id)?\s*[#:=]?\s*$/i;


/** What a stretch of text holds: how many digits, in how many groups, and how it is written. */
interface Shape {
  count: number;
  /** Whether the digits start with `00` (an international call prefix). */
  zeroZero: boolean;
  groups: number[];
  plus: boolean;
  separated: boolean;
  opened: boolean;
}

/** Reads the digits and separators of `text[start, end)`, stopping early once there are too many digits. */
function shapeOf(text: string, start: number, end: number): Shape {
  const shape: Shape = { count: 0, zeroZero: false, groups: [], plus: text.charCodeAt(start) === 43, separated: false, opened: false };
  let current = 0;
  for (let j = shape.plus ? start + 1 : start; j < end && shape.count <= MAX_DIGITS + 2; j++) {
    const c = text.charCodeAt(j);
    if (isDigit(c)) {
      shape.count++;
      if (shape.count === 1) shape.zeroZero = c === 48;
      else if (shape.count === 2) shape.zeroZero &&= c === 48;
      current++;
    } else {
      if (current > 0) shape.groups.push(current);
      current = 0;
      if (c === 40) shape.opened = true;
      else shape.separated = true;
    }
  }
  if (current > 0) shape.groups.push(current);
  return shape;
}

/**
 * One run of digits joined by at most two separators at a time (space, `-`, `.`, `(`, `)`), cut into
 * segments at spaces, each ending at its last digit or `)`. Per segment: where it starts and ends, and
 * the digits and digit groups of all segments before it (`digitSums[e + 1] - digitSums[s]` is the
 * number of digits of window `[s, e]`). Reused from run to run, so reading a run allocates nothing.
 */
interface Run {
  end: number;
  digits: number;
  segments: number;
  readonly starts: number[];
  readonly ends: number[];
  readonly digitSums: number[];
  readonly groupSums: number[];
}

function isRunSeparator(code: number): boolean {
  return code === 32 || code === 45 || code === 46 || code === 40 || code === 41 || code === 0xa0;
}

/** Reads the run from `start` (a digit, `+` or `(`) into `run`, in one pass. */
function readRun(text: string, start: number, run: Run): void {
  const length = text.length;
  const { starts, ends, digitSums, groupSums } = run;
  let digits = 0;
  let segments = 0;
  let separatorRun = 0;
  let segmentStart = start;
  let segmentEnd = -1;
  let inGroup = false;
  let groups = 0;
  let j = text.charCodeAt(start) === 43 ? start + 1 : start;
  for (; j < length; j++) {
    const c = text.charCodeAt(j);
    if (c >= 48 && c <= 57) {
      digits++;
      separatorRun = 0;
      segmentEnd = j + 1;
      if (!inGroup) groups++;
      inGroup = true;
    } else if (separatorRun < 2 && isRunSeparator(c)) {
      separatorRun++;
      inGroup = false;
      if (c === 41 && segmentEnd > 0) segmentEnd = j + 1;
      else if (c === 32 || c === 0xa0) {
        if (segmentEnd > segmentStart) {
          starts[segments] = segmentStart;
          ends[segments] = segmentEnd;
          segments++;
          digitSums[segments] = digits;
          groupSums[segments] = groups;
        }
        segmentStart = j + 1;
        segmentEnd = -1;
      }
    } else break;
  }
  if (segmentEnd > segmentStart) {
    starts[segments] = segmentStart;
    ends[segments] = segmentEnd;
    segments++;
    digitSums[segments] = digits;
    groupSums[segments] = groups;
  }
  run.end = j;
  run.digits = digits;
  run.segments = segments;
}

/** Whether the first two digits of `text[start, end)` are `00` (an international call prefix). */
function startsWithZeroZero(text: string, start: number, end: number): boolean {
  let seen = 0;
  for (let j = start; j < end && seen < 2; j++) {
    const c = text.charCodeAt(j);
    if (isDigit(c)) {
      if (c !== 48) return false;
      seen++;
    }
  }
  return seen === 2;
}

/**
 * A date (2024-01-15, 15.01.2024, perhaps followed by an hour) or an IPv4 address, written with
 * separators: the first three groups read as year, month and day, or day, month and year.
 */
function looksLikeDateOrAddress(text: string, start: number, end: number, shape: Shape): boolean {
  if (shape.plus) return false;
  const g = shape.groups;
  if (g.length === 4 && g.every((n) => n <= 3) && text.slice(start, end).split('.').length === 4) return true;
  if (g.length >= 3 && ((g[0] === 4 && g[1]! <= 2 && g[2]! <= 2) || (g[0]! <= 2 && g[1]! <= 2 && g[2] === 4))) {
    let d = '';
    for (let j = start; j < end; j++) if (isDigit(text.charCodeAt(j))) d += text[j];
    const first = Number(d.slice(0, g[0]));
    const second = Number(d.slice(g[0], g[0]! + g[1]!));
    const third = Number(d.slice(g[0]! + g[1]!, g[0]! + g[1]! + g[2]!));
    if (g[0] === 4) return first >= 1900 && first <= 2099 && second >= 1 && second <= 12 && third >= 1 && third <= 31;
    return third >= 1900 && third <= 2099 && first >= 1 && first <= 31 && second >= 1 && second <= 31 && Math.min(first, second) <= 12;
  }
  return false;
}

/**
 * A label right before `:` or `=` that says a phone number follows: `Phone: `, `my cell: `,
 * `"phone_number": `, `tel:`, `CONTACT=`. Tested on at most 24 units, so it costs a constant.
 */
const PHONE_LABEL = /(?:phone|tel|mobile|cell|fax|whatsapp|sms|contact|number|telefon|handy|nummer|portable|celular|movil|móvil)[^a-z\n]{0,3}$/i;

/** How far along its line to look for signs of code around a value between commas. */
const LINE_WINDOW = 256;

/**
 * Whether the line around `[from, to)` shows signs of code (`[`, `(`, `{`, `=`, `;`) within
 * `LINE_WINDOW` units either side: `ids = [4155552671, 2125551234]`, `f(1, 4155552671)` are code;
 * a CSV row `7,Ada,4155552671` and prose `call me, 4155552671` are not.
 */
function isInCodeLine(text: string, from: number, to: number): boolean {
  const isCode = (c: number) => c === 91 || c === 40 || c === 123 || c === 61 || c === 59;
  for (let j = from - 1; j >= 0 && from - j <= LINE_WINDOW; j--) {
    const c = text.charCodeAt(j);
    if (c === 10 || c === 13) break;
    if (isCode(c)) return true;
  }
  for (let j = to; j < text.length && j - to < LINE_WINDOW; j++) {
    const c = text.charCodeAt(j);
    if (c === 10 || c === 13) break;
    if (isCode(c)) return true;
  }
  return false;
}

/**
 * A bare number in code: digits only (perhaps in parentheses), between `[`, `(`, `,`, `=`, `:`, `{`
 * and `,`, `]`, `)`, `;`, `}` or the end of a line; unless a phone label stands before the `:` or
 * `=` (`Phone: 4155552671`, `phone_number = 4155552671`), or it stands between commas (or after a
 * comma at the end of a line) in a line without code around it (a CSV row, `call me, 4155552671`).
 */
function looksLikeLiteral(text: string, start: number, end: number, shape: Shape): boolean {
  if (shape.separated || shape.plus) return false;
  let p = start - 1;
  while (p >= 0 && text.charCodeAt(p) === 32) p--;
  let n = end;
  while (n < text.length && text.charCodeAt(n) === 32) n++;
  const before = p >= 0 ? text[p]! : '';
  const after = n < text.length ? text[n]! : '';
  if (!((before === '' || '[(,=:{'.includes(before)) && (after === '' || ',])};}\n\r'.includes(after)))) return false;
  if (before === ',' && (after === '' || after === ',' || after === '\n' || after === '\r')) return isInCodeLine(text, p, n);
  return !((before === ':' || before === '=') && PHONE_LABEL.test(text.slice(Math.max(0, p - 24), p)));
}

const nationalLengthCache = new Map<CountryCode, ReadonlySet<number>>();

/**
 * How many digits a national number of a country may have, written with or without its trunk prefix
 * (US: 10 or 11; Germany: 4 to 16): a cheap test that spares most runs the full parse.
 */
function nationalLengths(country: CountryCode): ReadonlySet<number> {
  const known = nationalLengthCache.get(country);
  if (known) return known;
  const metadata = new Metadata(maxMetadata);
  metadata.selectNumberingPlan(country);
  const plan = metadata.numberingPlan as (Metadata['numberingPlan'] & { nationalPrefix?: () => string | undefined }) | undefined;
  const lengths = plan?.possibleLengths() ?? [];
  const prefix = plan?.nationalPrefix?.()?.length;
  const allowed = new Set<number>();
  for (const length of lengths) {
    allowed.add(length);
    if (prefix === undefined) {
      allowed.add(length + 1);
      allowed.add(length + 2);
    } else allowed.add(length + prefix);
  }
  if (allowed.size === 0) for (let n = MIN_DIGITS; n <= MAX_DIGITS; n++) allowed.add(n);
  nationalLengthCache.set(country, allowed);
  return allowed;
}

/**
 * Whether a stretch with this many digits can be a number at all: international with 7-15 digits, or
 * national with a length the default country's plan allows. Spares most stretches the full reading,
 * the slice and the look-up.
 */
function mayBeValid(count: number, plus: boolean, zeroZero: boolean, national: ReadonlySet<number> | undefined): boolean {
  if (plus) return count >= MIN_DIGITS && count <= MAX_DIGITS;
  if (zeroZero) return count - 2 >= MIN_DIGITS && count - 2 <= MAX_DIGITS;
  return national !== undefined && national.has(count);
}

/** The E.164 form of a stretch if it is a valid number, read internationally (`+`, `00`) or in `defaultCountry`. */
function validNumber(stretch: string, shape: Shape, defaultCountry: CountryCode | undefined): string | undefined {
  const viaZeroZero = !shape.plus && shape.zeroZero;
  const significant = viaZeroZero ? shape.count - 2 : shape.count;
  if (significant < MIN_DIGITS || significant > MAX_DIGITS) return undefined;
  const parsed = shape.plus
    ? parsePhoneNumberFromString(stretch, { extract: false })
    : viaZeroZero
      ? parsePhoneNumberFromString(`+${stretch.slice(2)}`, { extract: false })
      : defaultCountry && nationalLengths(defaultCountry).has(shape.count)
        ? parsePhoneNumberFromString(stretch, { defaultCountry, extract: false })
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
 * Each run of digits is read once and checked a bounded number of times (results are remembered
 * within a call), so the work is linear. `taken` (sorted spans already found as emails or cards) are
 * skipped.
 *
 * @example
 * findPhones('Call +1 (415) 555-2671 today').map((d) => d.value); // ['+14155552671']
 * findPhones('at Object.<anonymous> (app.js:4155:5526)'); // []
 */
export function findPhones(text: string, defaultCountry?: CountryCode, taken: readonly Detection[] = []): Detection[] {
  const found: Detection[] = [];
  let nextTaken = 0;
  const memo = new Map<string, string | null>();
  const national = defaultCountry ? nationalLengths(defaultCountry) : undefined;
  const run: Run = { end: 0, digits: 0, segments: 0, starts: [], ends: [], digitSums: [0], groupSums: [0] };
  const length = text.length;
  let i = 0;
  const nextCandidate = /[0-9+(]/g;
  while (i < length) {
    // Jump to the next digit, `+` or `(` with the engine's own scan (a one-character class: linear).
    nextCandidate.lastIndex = i;
    if (!nextCandidate.test(text)) break;
    i = nextCandidate.lastIndex - 1;
    const c = text.charCodeAt(i);
    const startsRun =
      isDigit(c) ||
      (c === 43 && i + 1 < length && (isDigit(text.charCodeAt(i + 1)) || text.charCodeAt(i + 1) === 40)) ||
      (c === 40 && i + 1 < length && isDigit(text.charCodeAt(i + 1)));
    if (!startsRun) {
      i++;
      continue;
    }
    while (nextTaken < taken.length && taken[nextTaken]!.end <= i) nextTaken++;
    const blocker = taken[nextTaken];
    if (blocker && blocker.start <= i) {
      i = blocker.end;
      continue;
    }
    readRun(text, i, run);
    const runEnd = run.end;
    if (run.digits < MIN_DIGITS) {
      i = Math.max(runEnd, i + 1);
      continue;
    }
    const last = run.segments - 1;
    let s = 0;
    let restarts = 0;
    while (s <= last && restarts <= MAX_RESTARTS) {
      let matched = -1;
      let checked = false;
      const start = run.starts[s]!;
      const plus = text.charCodeAt(start) === 43;
      // Whether the first two digits from `start` are `00`; the run holds them (it has 7 or more digits).
      const zeroZero = !plus && startsWithZeroZero(text, start, runEnd);
      const gluedBefore =
        s === 0 && (isGluedBefore(text, start) || (start > 0 && (text.charCodeAt(start - 1) === 35 || text.charCodeAt(start - 1) === 36)));
      for (let e = Math.min(s + MAX_SEGMENTS - 1, last); e >= s && matched < 0 && !gluedBefore; e--) {
        const end = run.ends[e]!;
        if (e === last && isGluedAfter(text, end)) continue;
        // Judge the window from the sums first; read it in full only if it can be a number.
        const count = run.digitSums[e + 1]! - run.digitSums[s]!;
        if (count < MIN_DIGITS || count > MAX_DIGITS + 2 || run.groupSums[e + 1]! - run.groupSums[s]! > MAX_GROUPS) continue;
        if (!mayBeValid(count, plus, zeroZero, national)) continue;
        const shape = shapeOf(text, start, end);
        if (text.charCodeAt(end - 1) === 41 && !shape.opened) continue;
        // Validity first (remembered per stretch): most stretches are not numbers, and the context
        // checks below are dearer than a look-up.
        const stretch = text.slice(start, end);
        checked = true;
        let value = memo.get(stretch);
        if (value === undefined) {
          value = validNumber(stretch, shape, defaultCountry) ?? null;
          memo.set(stretch, value);
        }
        if (value === null) continue;
        if (looksLikeDateOrAddress(text, start, end, shape) || looksLikeLiteral(text, start, end, shape)) continue;
        if (s === 0 && !shape.plus && ID_CONTEXT.test(text.slice(Math.max(0, start - 24), start))) continue;
        found.push({ kind: 'phone', start, end, value });
        matched = e;
      }
      if (matched >= 0) s = matched + 1;
      else {
        s++;
        if (checked) restarts++;
      }
    }
    i = Math.max(runEnd, i + 1);
  }
  return found;
}
