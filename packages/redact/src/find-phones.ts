import { type CountryCode, parsePhoneNumberFromString as parseWith } from 'libphonenumber-js/core';
import { isDigit, isWordUnit } from './characters.js';
import type { Detection } from './finding.js';
import { DEFAULT_PHONE_COUNTRIES, type PhonePlan, plansOf } from './phone-countries.js';
import { readExtension } from './phone-extension.js';
import { PHONE_METADATA } from './phone-metadata.js';
import { scanText } from './scan-text.js';

/** E.164 numbers have at most 15 digits; with an international prefix (`0011`) or a trunk `(0)`, a few more. */
const MAX_DIGITS = 15;
const MAX_WRITTEN_DIGITS = 19;
const MIN_DIGITS = 7;
/** Phone numbers are written in at most six groups of digits (`+1 (415) 555 26 71` has five). */
const MAX_GROUPS = 6;
/** A number spans at most this many segments (cut at spaces and `/`). */
const MAX_SEGMENTS = 6;
/**
 * A number dictated digit by digit (`0 3   3 3 1   6 0 0 5`) has up to ten groups and segments; only
 * one that starts with `0` or `+` (a trunk or international prefix) is read that way, so that a row of
 * small numbers (`1 2 3 4 5 6 7 8 9`) is not.
 */
const MAX_DICTATED_GROUPS = 10;
/** Separators in a row within a number (`) - `, `  ` in a table). */
const MAX_SEPARATOR_RUN = 3;
/**
 * In one run, how many starts that came to a validity check (a parse) may fail before the rest of the
 * run is given up: the bound that keeps hostile runs linear. Starts judged from their digit counts
 * alone (`1 2 3 4 5 6 (415) 555-2671`) cost nothing and do not count.
 */
const MAX_RESTARTS = 4;
/**
 * Words right before a number that make it an identifier rather than a phone (`order #4155552671`).
 * Keys named as ids (`order_id = 4155552671`) are `ID_KEY`.
 */
const ID_CONTEXT =
  /\b(?:order|invoice|inv|ticket|ref|reference|tracking|transaction|txn|account|acct|id|pid|uid|gid|port|issue|pr|build|job|run|version|ver|isbn|sku|serial|case|po|bug)\s*(?:no\.?|num\.?|number|nr\.?|#|id)?\s*[#:=]?\s*$/i;
/**
 * A key or column named as an identifier, then `=` or `:`, right before a bare number: `order_id =`,
 * `userId:`, `"ORDER_ID":`. Case-sensitive (`said`, `paid` are words, not keys); a key that names a
 * phone (`callerId`, `phone_id`) does not count.
 */
const ID_KEY =
  /(?:^|[^A-Za-z0-9_])(?![Cc]aller|[Pp]hone|[Tt]el|[Mm]obile|[Cc]ell|[Ff]ax|[Ww]hats[Aa]pp|[Ss]ms)[A-Za-z][A-Za-z0-9]*(?:_id|_ID|Id|ID)["']?\s*[:=]\s*["']?$/;

/** Currency signs and `%`: a number right after or before one is an amount (`£415-666-7777`, `415-666-7777%`). */
const MONEY = /^[\p{Sc}%]$/u;
/**
 * A currency sign or an ISO currency code and one space, right before a number: `€ 12.345.678`,
 * `EUR 12.345.678,90`, `R$ 1.234.567`. A lone `$` and a space is a shell prompt, not money.
 */
const MONEY_BEFORE =
  /(?:[€£¥₹₺₽₩₫₱₦₴₪¢]|\b[A-Z]{1,2}\$|\b(?:EUR|USD|GBP|CHF|CAD|AUD|NZD|JPY|CNY|INR|BRL|MXN|ARS|COP|SEK|NOK|DKK|PLN|TRY|ZAR|EGP|NGN|KES|PKR|BDT|IDR|PHP|VND|SGD|KRW)) $/u;
/** A currency sign written after an amount, after one space: `12.345.678 €` (not `$`, a shell prompt). */
const MONEY_AFTER = /^ [€£¥₹₺₽₩₫₱₦₴₪]/u;

/**
 * Whether `text[start, end)` is an amount written with thousands groups: `.`-separated groups of three
 * after the first, then `,` and two digits (`12.345.678,90`, German, Spanish, Brazilian money).
 */
function isGroupedAmount(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) !== 44 || !isDigit(text.charCodeAt(end + 1)) || !isDigit(text.charCodeAt(end + 2)) || isDigit(text.charCodeAt(end + 3)))
    return false;
  let size = 0;
  let groups = 0;
  for (let j = start; j < end; j++) {
    const c = text.charCodeAt(j);
    if (isDigit(c)) size++;
    else if (c === 46 && size > 0 && size <= 3 && (groups === 0 || size === 3)) {
      groups++;
      size = 0;
    } else return false;
  }
  return groups > 0 && size === 3;
}

/**
 * Numbers programmers write that happen to be valid somewhere: the limits of 16-, 32- and 64-bit
 * integers and 2^53 - 1. Never phones.
 */
const MACHINE_CONSTANTS = new Set([
  '32767',
  '32768',
  '65535',
  '65536',
  '2147483647',
  '2147483648',
  '4294967295',
  '4294967296',
  '9007199254740991',
  '9007199254740992',
  '9223372036854775807',
  '9223372036854775808',
  '18446744073709551615',
]);

/** Whether a code unit is a letter of a script written with spaces between words (Latin, Greek, Cyrillic, Armenian): glue for a number. */
function isSpacedScriptLetter(code: number): boolean {
  if (code < 128) return isWordUnit(code);
  if (code < 0x0590 || (code >= 0x1e00 && code <= 0x1fff)) return isWordUnit(code);
  return false;
}

/**
 * Whether the number starting at `start` is glued to what comes before. A `+` or `(` may follow
 * anything but a digit (`call+1 650...`, `abc(415)...`); a digit may not follow a letter of a spaced
 * script, a digit, `_`, a currency sign, `/`, `\` or `#`, nor `.`, `:` or `-` right after a digit.
 * Text of scripts without spaces (`我的电话号码是415-666-7777`) does not glue.
 */
function isGluedBefore(text: string, start: number): boolean {
  if (start === 0) return false;
  const first = text.charCodeAt(start);
  const prev = text.charCodeAt(start - 1);
  if (first === 43 || first === 40) return isDigit(prev);
  if (isSpacedScriptLetter(prev) || prev === 47 || prev === 92 || prev === 35 || MONEY.test(text[start - 1]!)) return true;
  if (prev === 32 && MONEY_BEFORE.test(text.slice(Math.max(0, start - 5), start))) return true;
  if (prev === 45 && start >= 2) {
    // `INV-2024-001234`, `TICKET-4155552`: an id's capital prefix (`my number-415...` stays a phone).
    const before = text.charCodeAt(start - 2);
    if (before >= 65 && before <= 90) return true;
  }
  if (prev === 58 && start >= 2 && isWordUnit(text.charCodeAt(start - 2))) {
    // `localhost:3000`, `key:123`: a port or a value; `Tel:415-666-7777` keeps its number.
    return !PHONE_LABEL.test(text.slice(Math.max(0, start - 25), start - 1));
  }
  return (prev === 46 || prev === 58 || prev === 45) && start >= 2 && isDigit(text.charCodeAt(start - 2));
}

/**
 * Whether the number ending at `end` is glued to what follows: a letter of a spaced script, a digit,
 * `_`, a currency sign or `%`; or `.`, `:`, `/` or `-` followed by a digit.
 */
function isGluedAfter(text: string, end: number): boolean {
  if (end >= text.length) return false;
  const next = text.charCodeAt(end);
  if (isSpacedScriptLetter(next) || MONEY.test(text[end]!)) return true;
  if (next === 32 && MONEY_AFTER.test(text.slice(end, end + 2))) return true;
  return (next === 46 || next === 58 || next === 47 || next === 45) && end + 1 < text.length && isDigit(text.charCodeAt(end + 1));
}

/** A stretch that the stretch alone does not rule out: its shape and its E.164 form. */
interface Judged {
  readonly shape: Shape;
  readonly value: string;
}

/**
 * What `text[start, end)` is on its own: `null` when its brackets, its shape (a date, an address, a
 * decimal, a Unix time, a single-digit group) or its validity in the plans rule it out.
 */
function judgeStretch(text: string, start: number, end: number, plans: readonly PhonePlan[]): Judged | null {
  if (!bracketsBalanced(text, start, end)) return null;
  const shape = shapeOf(text, start, end);
  if (text.charCodeAt(end - 1) === 41 && !shape.opened) return null;
  if (looksLikeDateOrAddress(text, start, end, shape)) return null;
  if (!shape.plus && looksLikeMeasure(text, start, end, shape)) return null;
  const value = numberOf(text.slice(start, end), shape, plans);
  return value === undefined ? null : { shape, value };
}

/** A number found in a run: the segments it starts and ends at, its span and its value. */
interface Match {
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly value: string;
}

/** What a stretch of text holds: its digits, their groups, and how it is written. */
interface Shape {
  digits: string;
  groups: number[];
  /** Whether it starts with `+` or `(+`. */
  plus: boolean;
  /** Whether the `+` and the country code stand in parentheses: `(+44) ...`. */
  bracketedPlus: boolean;
  separated: boolean;
  opened: boolean;
  /** Whether it holds a trunk zero in parentheses: `+44 (0) 20 ...`. */
  trunkZero: boolean;
}

/** Reads the digits and separators of `text[start, end)`. */
function shapeOf(text: string, start: number, end: number): Shape {
  const bracketedPlus = text.charCodeAt(start) === 40 && text.charCodeAt(start + 1) === 43;
  const plus = bracketedPlus || text.charCodeAt(start) === 43;
  const shape: Shape = { digits: '', groups: [], plus, bracketedPlus, separated: false, opened: false, trunkZero: false };
  let current = 0;
  for (let j = bracketedPlus ? start + 2 : plus ? start + 1 : start; j < end; j++) {
    const c = text.charCodeAt(j);
    if (isDigit(c)) {
      shape.digits += text[j];
      current++;
    } else {
      if (current > 0) shape.groups.push(current);
      current = 0;
      if (c === 40) {
        shape.opened = true;
        if (text.charCodeAt(j + 1) === 48 && text.charCodeAt(j + 2) === 41) shape.trunkZero = true;
      } else if (c !== 41 || !bracketedPlus) shape.separated = true;
    }
  }
  if (current > 0) shape.groups.push(current);
  return shape;
}

/**
 * One run of digits joined by separators (space, `-`, `.`, `(`, `)`, `/`, `~`), at most three in a
 * row, cut into segments at spaces and `/`, each ending at its last digit or `)`. Per segment: where
 * it starts and ends, and the digits and digit groups of all segments before it
 * (`digitSums[e + 1] - digitSums[s]` is the number of digits of window `[s, e]`). Reused from run to
 * run, so reading a run allocates nothing.
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
  return code === 32 || code === 45 || code === 46 || code === 40 || code === 41 || code === 47 || code === 126 || code === 0xa0;
}

function cutsSegment(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 47;
}

/** Reads the run from `start` (a digit, `+`, `(` or `(+`) into `run`, in one pass. */
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
  const first = text.charCodeAt(start);
  let j = first === 43 ? start + 1 : first === 40 && text.charCodeAt(start + 1) === 43 ? start + 2 : start;
  for (; j < length; j++) {
    const c = text.charCodeAt(j);
    if (c >= 48 && c <= 57) {
      digits++;
      separatorRun = 0;
      segmentEnd = j + 1;
      if (!inGroup) groups++;
      inGroup = true;
    } else if (separatorRun < MAX_SEPARATOR_RUN && isRunSeparator(c)) {
      separatorRun++;
      inGroup = false;
      if (c === 41 && segmentEnd > 0) segmentEnd = j + 1;
      else if (cutsSegment(c)) {
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

/**
 * A date (2024-01-15, 15.01.2024, 03/27/2011, perhaps followed by an hour) or an IPv4 address, written
 * with separators: the first three groups read as year, month and day, or day, month and year.
 */
function looksLikeDateOrAddress(text: string, start: number, end: number, shape: Shape): boolean {
  if (shape.plus) return false;
  const g = shape.groups;
  if (g.length === 4 && g.every((n) => n <= 3) && text.slice(start, end).split('.').length === 4) return true;
  // Two groups, the last a year after `/` or `-`: a law or case number (`Law 4624/2019`), a year
  // range (`2023-2026`, `6501-6506` is not a year but a range of sections: same shape, same answer).
  if (g.length === 2 && g[1] === 4 && g[0]! <= 4) {
    const year = Number(shape.digits.slice(g[0]));
    const between = text.charCodeAt(start + g[0]! + (text.charCodeAt(start) === 40 ? 1 : 0));
    if ((between === 47 || between === 45) && year >= 1900 && year <= 2099) return true;
  }
  if (g.length >= 3 && ((g[0] === 4 && g[1]! <= 2 && g[2]! <= 2) || (g[0]! <= 2 && g[1]! <= 2 && (g[2] === 4 || g[2] === 2)))) {
    const d = shape.digits;
    const first = Number(d.slice(0, g[0]));
    const second = Number(d.slice(g[0], g[0]! + g[1]!));
    const third = Number(d.slice(g[0]! + g[1]!, g[0]! + g[1]! + g[2]!));
    if (g[0] === 4 && first >= 1900 && first <= 2099) return true;
    const year = g[2] === 2 || (third >= 1900 && third <= 2099);
    if (year && first >= 1 && first <= 31 && second >= 1 && second <= 31 && Math.min(first, second) <= 12 && g.length === 3) return true;
  }
  return DATE_INSIDE.test(text.slice(start, end));
}

/** A date with a four-digit year or an IPv4 address anywhere in a window: `12 2024-05-01 512`, `0 192.168.0.1 0712` are no numbers. */
const DATE_INSIDE =
  /(?:^|\D)(?:19|20)\d\d[-./]\d{1,2}[-./]\d{1,2}(?:\D|$)|(?:^|\D)\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d\d(?:\D|$)|(?:^|[^\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?:[^\d.]|$)/;

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
 * A number that is the whole text is no literal.
 */
function looksLikeLiteral(text: string, start: number, end: number, shape: Shape): boolean {
  if (shape.separated || shape.plus) return false;
  let p = start - 1;
  while (p >= 0 && text.charCodeAt(p) === 32) p--;
  let n = end;
  while (n < text.length && text.charCodeAt(n) === 32) n++;
  const before = p >= 0 ? text[p]! : '';
  const after = n < text.length ? text[n]! : '';
  if (before === '' && !(after === ']' || after === ')' || after === ';' || after === '}')) return false;
  if (!((before === '' || '[(,=:{'.includes(before)) && (after === '' || ',])};}\n\r'.includes(after)))) return false;
  if (before === ',' && (after === '' || after === ',' || after === '\n' || after === '\r')) return isInCodeLine(text, p, n);
  return !((before === ':' || before === '=') && PHONE_LABEL.test(text.slice(Math.max(0, p - 24), p)));
}

/**
 * Whether the parentheses of `text[start, end)` pair up, none inside another and at most two pairs
 * (`(+44) (555) 123-1234`): `((79.964)` and `(80).(585) (79).(9)64` are not numbers.
 */
function bracketsBalanced(text: string, start: number, end: number): boolean {
  let open = false;
  let pairs = 0;
  for (let j = start; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c === 40) {
      if (open) return false;
      open = true;
    } else if (c === 41) {
      if (!open) return false;
      open = false;
      pairs++;
    }
  }
  return !open && pairs <= 2;
}

/**
 * National numbers written like something else: a decimal (`3.1415926535`, `37.7749295`: one `.` in
 * the first segment, alone or before other numbers), a single digit after the first group (`ip-172-31-5-9`; a number dictated from
 * a trunk `0` may have them), or a Unix time in seconds or milliseconds (`1700000000`, bare).
 */
function looksLikeMeasure(text: string, start: number, end: number, shape: Shape): boolean {
  const { digits, groups } = shape;
  if (digits.charCodeAt(0) !== 48) {
    for (let g = 1; g < groups.length; g++) if (groups[g] === 1) return true;
  }
  // A decimal: one `.` in the first segment, which is the whole window or is followed by others
  // (`3.14159 020 7946 0958` is pi and then a number).
  let dots = 0;
  let j = start;
  for (; j < end && text.charCodeAt(j) !== 32; j++) if (text.charCodeAt(j) === 46) dots++;
  if (dots === 1 && !shape.opened && (j < end || groups.length === 2)) return true;
  // A decimal further on: one `.` in a segment and five or more digits after it (`0 3.14159`).
  if (LATER_DECIMAL.test(text.slice(j, end))) return true;
  if (!shape.separated && (digits.length === 10 || digits.length === 13) && digits.charCodeAt(0) === 49) {
    const seconds = Number(digits.slice(0, 10));
    if (seconds >= 1_000_000_000 && seconds < 2_100_000_000) return true;
  }
  return false;
}

const LATER_DECIMAL = /(?:^|\s)\d+\.\d{5,}(?:\s|$)/;

/** A phone label (`phone`, `tel`, `call`, `whatsapp`...) within this many units before a number. */
const LABEL_WINDOW = 40;
const NEAR_LABEL =
  /(?:phone|tel|mobile|cell|fax|whatsapp|sms|call|ring|text me|contact|number|nummer|numéro|número|telefon|handy|celular|móvil|movil|portable|電話|电话|번호)/i;

/**
 * A bare run of fewer than ten digits that starts with neither a trunk `0` nor `+` (`20231145` in a
 * CSV row, an 8-digit id) is read as a phone only after a phone word (`call me 20231145`): valid
 * 7-9 digit numbers are too common among ids.
 */
function isShortBare(text: string, start: number, shape: Shape): boolean {
  if (shape.digits.length >= 10 || shape.digits.charCodeAt(0) === 48) return false;
  const before = text.slice(Math.max(0, start - LABEL_WINDOW), start);
  return !NEAR_LABEL.test(before.slice(before.lastIndexOf('\n') + 1));
}

/**
 * Whether `text[start, end)` is digits in parentheses right after a name: a call's argument
 * (`sleep(4155552671)`), not a number (`abc(415)6667777` goes on after the `)`).
 */
function isCallArgument(text: string, start: number, end: number): boolean {
  if (start === 0 || text.charCodeAt(start) !== 40 || text.charCodeAt(end - 1) !== 41) return false;
  if (!isWordUnit(text.charCodeAt(start - 1))) return false;
  for (let j = start + 1; j < end - 1; j++) if (!isDigit(text.charCodeAt(j))) return false;
  return true;
}

/**
 * Where a run of four or more groups of four digits, written the way cards are (one and the same
 * single space or `-` between groups: `4242 4242 4242 4241`), ends; -1 if the run does not start so.
 * A card number or a key, Luhn-valid or not: no phone is written so. Groups joined otherwise
 * (`5000 1620  8123 4567`: two numbers, the second a Singapore phone) are read as phones, and so is
 * what follows the card-shaped groups in the run (`4955 1321 3744 3144  131 2345 6789`).
 */
function cardShapedEnd(text: string, start: number, end: number): number {
  let groups = 0;
  let size = 0;
  let separator = -1;
  for (let j = start; j <= end; j++) {
    const c = j < end ? text.charCodeAt(j) : -1;
    if (isDigit(c)) {
      size++;
      continue;
    }
    if (size !== 4) return -1;
    groups++;
    size = 0;
    if (j >= end) break;
    if (separator === -1) separator = c;
    if (c !== separator || (c !== 32 && c !== 45) || !isDigit(text.charCodeAt(j + 1))) return groups >= 4 ? j : -1;
  }
  return groups >= 4 ? end : -1;
}

/** How many full parses ran (a run gives up after a few failed ones: the linear bound). */
let parses = 0;

function parsePhoneNumberFromString(input: string, options: { defaultCountry?: CountryCode; extract: false }) {
  return parseWith(input, options, PHONE_METADATA);
}

/** Whether a string of digits starts with a country calling code the metadata knows (`44`, `1`, `880`). */
function startsWithCallingCode(digits: string): boolean {
  const codes = PHONE_METADATA.country_calling_codes;
  for (let n = 1; n <= 3 && n <= digits.length; n++) if (Object.hasOwn(codes, digits.slice(0, n))) return true;
  return false;
}

/**
 * Parses `digits` (with a leading `+` when international) and returns its E.164 form when valid. An
 * international number whose calling code the metadata does not know is refused before the parse
 * (which would throw and catch an error: the most expensive way to say no).
 */
function validE164(input: string, country?: CountryCode): string | undefined {
  if (!country && input.charCodeAt(0) === 43 && isDigit(input.charCodeAt(1)) && !startsWithCallingCode(input.slice(1, 4))) return undefined;
  parses++;
  const parsed = country
    ? parsePhoneNumberFromString(input, { defaultCountry: country, extract: false })
    : parsePhoneNumberFromString(input, { extract: false });
  return parsed?.isValid() ? parsed.number : undefined;
}

/**
 * The E.164 form of an international number that libphonenumber does not call valid but that is
 * shaped like a number of its plan (`+44 7700 900123`, in Ofcom's range for drama): of a possible
 * length, and its first four national digits begin a valid number of that length that a person
 * has, mobile or fixed (`7700` begins the mobile `7700 000000`). Written with `+` or `00` and the calling code of a listed country (`plans`), such a
 * number is redacted: a leak outranks precision. `+1 800-123-4567` (toll-free: no person's number) and
 * `+1 555 555 0100` (555 is no area code) are not shaped so. Without `plans` (`(+44) ...`, written
 * unmistakably as a phone), a possible length is enough.
 */
function possibleE164(input: string, plans?: readonly PhonePlan[]): string | undefined {
  parses++;
  const parsed = parsePhoneNumberFromString(input, { extract: false });
  if (!parsed?.isPossible()) return undefined;
  if (!plans) return parsed.number;
  const national = parsed.nationalNumber as string;
  const code = parsed.countryCallingCode as string;
  // As long as a subscriber number (`+49 12345` is too short to be taken on its shape alone).
  if (national.length < 8 || !plans.some((plan) => plan.callingCode === code)) return undefined;
  const head = national.slice(0, 4);
  for (let d = 0; d <= 9; d++) {
    parses++;
    const filled = parsePhoneNumberFromString(`+${code}${head}${String(d).repeat(national.length - 4)}`, { extract: false });
    const type = filled?.isValid() ? filled.getType() : undefined;
    if (type && PERSONAL_TYPES.has(type)) return parsed.number;
  }
  return undefined;
}

/** The kinds of number a person has (not toll-free, premium, shared-cost or a company's UAN). */
const PERSONAL_TYPES = new Set(['MOBILE', 'FIXED_LINE', 'FIXED_LINE_OR_MOBILE', 'PERSONAL_NUMBER', 'VOIP']);

/**
 * The E.164 form of a stretch if it is a number: international (`+`, `(+44)`, `00`) and valid in its
 * plan (or of a possible length, in a listed country: `possibleE164`), or valid in one of the plans (read in their order, each with its own international prefix:
 * `011 44 ...` in the US, `0011 ...` in Australia). `(+44) (555)...`, written unmistakably as a phone,
 * needs only a possible length.
 */
function numberOf(stretch: string, shape: Shape, plans: readonly PhonePlan[]): string | undefined {
  const { digits } = shape;
  if (shape.plus) {
    if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS + 1) return undefined;
    const direct = validE164(`+${digits}`) ?? (shape.trunkZero ? validE164(stretch.slice(shape.bracketedPlus ? 1 : 0).replace(')', ' ')) : undefined);
    if (direct) return direct;
    if (shape.bracketedPlus) return possibleE164(`+${digits}`);
    return possibleE164(`+${digits}`, plans);
  }
  if (digits.length > MAX_WRITTEN_DIGITS || MACHINE_CONSTANTS.has(digits)) return undefined;
  if (digits.startsWith('00') && digits.length - 2 >= MIN_DIGITS) {
    const international = validE164(`+${digits.slice(2)}`) ?? possibleE164(`+${digits.slice(2)}`, plans);
    if (international) return international;
  }
  // Dialled with a chosen country's international prefix (`011 44 ...`, `0011 44 ...`): the rest is
  // an international number, checked once.
  if (digits.length > 8) {
    // Many plans share a prefix (`00`): each rest is checked once.
    let tried = digits.startsWith('00') ? 4 : 0;
    for (const plan of plans) {
      const idd = plan.idd.exec(digits);
      if (!idd || idd[0].length > 31 || tried & (1 << idd[0].length)) continue;
      tried |= 1 << idd[0].length;
      const international = validE164(`+${digits.slice(idd[0].length)}`);
      if (international) return international;
    }
  }
  for (const plan of plans) {
    const read = plan.readNational(digits);
    if (read === false) continue;
    if (read !== true) return read;
    const national = validE164(digits, plan.country);
    if (national) return national;
  }
  return undefined;
}

/** What `bestAt` reads: the scan text, the run, the plans, the per-call memo, and whether a parse ran. */
interface Scanner {
  readonly scan: string;
  readonly run: Run;
  readonly plans: readonly PhonePlan[];
  readonly memo: Map<string, Judged | null>;
  checked: boolean;
}

/** The longest number of the run starting at segment `from` and ending at segment `minEnd` or later. */
function bestAt(scanner: Scanner, from: number, minEnd: number): Match | undefined {
  const { scan, run, plans, memo } = scanner;
  const last = run.segments - 1;
  const start = run.starts[from]!;
  if (from === 0 && isGluedBefore(scan, start)) return undefined;
  const firstUnit = scan.charCodeAt(start);
  const maxGroups = firstUnit === 48 || firstUnit === 43 ? MAX_DICTATED_GROUPS : MAX_GROUPS;
  for (let e = Math.min(from + maxGroups - 1, last); e >= minEnd; e--) {
    let end = run.ends[e]!;
    // Judge the window from the sums first; read it in full only if it can be a number.
    const count = run.digitSums[e + 1]! - run.digitSums[from]!;
    const groups = run.groupSums[e + 1]! - run.groupSums[from]!;
    if (count < MIN_DIGITS || count > MAX_WRITTEN_DIGITS || groups > maxGroups) continue;
    // What the stretch alone decides (its shape, dates and addresses in it, decimals, its
    // validity in the plans) is remembered per stretch: a text that repeats a stretch pays once.
    const stretch = scan.slice(start, end);
    let judged = memo.get(stretch);
    if (judged === undefined) {
      const before = parses;
      judged = judgeStretch(scan, start, end, plans);
      memo.set(stretch, judged);
      if (parses > before) scanner.checked = true;
    }
    if (judged === null) continue;
    let extension = readExtension(scan, end);
    if (extension && isGluedAfter(scan, extension.end)) extension = undefined;
    if (!extension && e === last && isGluedAfter(scan, end)) continue;
    const { shape } = judged;
    let value = judged.value;
    // Then what the text around decides.
    if (from === 0 && isCallArgument(scan, start, end)) continue;
    if (!shape.plus && isGroupedAmount(scan, start, end)) continue;
    if (!extension && looksLikeLiteral(scan, start, end, shape)) continue;
    if (!shape.plus && !shape.separated && !extension && isShortBare(scan, start, shape)) continue;
    if (from === 0 && !shape.plus && ID_CONTEXT.test(scan.slice(Math.max(0, start - 24), start))) continue;
    if (from === 0 && !shape.plus && !shape.separated && ID_KEY.test(scan.slice(Math.max(0, start - 32), start))) continue;
    if (extension) {
      end = extension.end;
      value = `${value};ext=${extension.digits}`;
    }
    return { first: from, last: e, start, end, value };
  }
  return undefined;
}

/** A number of a run, and how far numbers that start inside it (after its first segment) reach. */
interface Covered {
  start: number;
  end: number;
  readonly value: string;
  /** The furthest end of a number that starts inside this one and goes on past it (`end` if none). */
  readonly tailEnd: number;
}

/**
 * The match with the furthest reach of the numbers that start inside it and go on past it: in
 * `126- 0905 123 4567`, `126- 0905 123` is valid somewhere, and so is `0905 123 4567`, which starts
 * inside it and reaches `4567`. Only the match's own segments are tried as starts (not those of the
 * tail, which the scan reaches next), a bounded number of windows each, so the work stays linear.
 */
function withTail(scanner: Scanner, match: Match): Covered {
  const segments = scanner.run.segments;
  let tailEnd = match.end;
  if (match.last < segments - 1) {
    for (let k = match.first + 1; k <= match.last; k++) {
      const later = bestAt(scanner, k, match.last + 1);
      if (later && later.end > tailEnd) tailEnd = later.end;
    }
  }
  return { start: match.start, end: match.end, value: match.value, tailEnd };
}

/** How many digits `text[from, to)` holds. */
function digitsIn(text: string, from: number, to: number): number {
  let count = 0;
  for (let j = from; j < to; j++) if (isDigit(text.charCodeAt(j))) count++;
  return count;
}

/**
 * The numbers of one run, widened so that no digit of a valid number stays visible: where a number
 * starting inside a match reaches digits that no later match covers (`12 12 12 070-123 45 67 x1`
 * read as `12 12 070-123 45` leaves `67 x1`), the match is widened to that reach, and matches it
 * then overlaps are joined to it (a lone digit left over is not: see below). Where later matches cover the tail (`0151 23456789 0151 23456789`,
 * two numbers), nothing changes.
 */
function closeGaps(text: string, matches: Covered[]): Covered[] {
  const out: Covered[] = [];
  for (let i = 0; i < matches.length; i++) {
    const current = { ...matches[i]! };
    if (current.tailEnd > current.end) {
      // Covered up to `cover` by the matches that follow without a digit between them.
      let cover = current.end;
      for (let j = i + 1; j < matches.length && cover < current.tailEnd; j++) {
        if (digitsIn(text, cover, matches[j]!.start) > 0) break;
        cover = Math.max(cover, matches[j]!.end);
      }
      // A lone digit after a number (`010 01234567 2,`, where `01234567 2` reads as a number too) is
      // a count, not the rest of a phone: two or more left uncovered widen the match.
      if (cover < current.tailEnd && digitsIn(text, cover, current.tailEnd) >= 2) current.end = current.tailEnd;
    }
    const previous = out[out.length - 1];
    if (previous && current.start < previous.end) previous.end = Math.max(previous.end, current.end);
    else out.push(current);
  }
  return out;
}

/**
 * Finds phone numbers valid in their numbering plan (libphonenumber-js, full metadata): international
 * ones (`+44 20 7946 0958`, `0044 ...`, `(+44) ...`) always, national ones in the plans of `countries`
 * (by default `DEFAULT_PHONE_COUNTRIES`, 39 countries; `[]` for international numbers only), with
 * their international prefixes (`011 44 ...` from the US) and trunk zeros (`+33 (0)4 ...`).
 * Digits of any script are read (`４１５-６６６-７７７７`, `+٤٤ ...`); offsets stay offsets into
 * `text`. The span covers the whole number: the `+`, a leading `(` and an extension (`x123`,
 * `ext. 1234`, `;ext=12`). Not phones: versions, dates, times, IP addresses, ports, line:column,
 * durations, numbers glued to Latin, Greek or Cyrillic letters (hashes, UUIDs), amounts (`£415-666-7777`,
 * `415-666-7777%`), numeric literals in code, integer limits, numbers after `order #`, `id` or `port`.
 *
 * Each run of digits is read once and checked a bounded number of times (results are remembered
 * within a call), so the work is linear. `taken` (sorted spans already found as emails or cards) are
 * skipped.
 *
 * @param text - the text to search.
 * @param countries - a country or an ordered list of countries whose plans read national numbers.
 * @param taken - spans found by other detectors, in text order, to skip.
 * @returns the phone numbers, in text order, each with its E.164 form (and `;ext=` extension) as `value`.
 * @example
 * findPhones('Call +1 (415) 555-2671 today').map((d) => d.value); // ['+14155552671']
 * findPhones('ring 020 7946 0958 x12').map((d) => d.value); // ['+442079460958;ext=12']
 * findPhones('at Object.<anonymous> (app.js:4155:5526)'); // []
 */
export function findPhones(
  text: string,
  countries: CountryCode | readonly CountryCode[] = DEFAULT_PHONE_COUNTRIES,
  taken: readonly Detection[] = [],
): Detection[] {
  return findPhonesInScan(scanText(text), countries, taken);
}

/** `findPhones` on a text already passed through `scanText` (so that `detect` makes the copy once). */
export function findPhonesInScan(scan: string, countries: CountryCode | readonly CountryCode[], taken: readonly Detection[]): Detection[] {
  const plans = plansOf(typeof countries === 'string' ? [countries] : countries);
  const found: Detection[] = [];
  let nextTaken = 0;
  const memo = new Map<string, Judged | null>();
  const run: Run = { end: 0, digits: 0, segments: 0, starts: [], ends: [], digitSums: [0], groupSums: [0] };
  const scanner: Scanner = { scan, run, plans, memo, checked: false };
  const length = scan.length;
  let i = 0;
  /** Where the last number found ends (an extension may reach past its run). */
  let reach = 0;
  const nextCandidate = /[0-9+(]/g;
  while (i < length) {
    // Jump to the next digit, `+` or `(` with the engine's own scan (a one-character class: linear).
    nextCandidate.lastIndex = i;
    if (!nextCandidate.test(scan)) break;
    i = nextCandidate.lastIndex - 1;
    const c = scan.charCodeAt(i);
    const c1 = i + 1 < length ? scan.charCodeAt(i + 1) : 0;
    const startsRun = isDigit(c) || (c === 43 && (isDigit(c1) || c1 === 40)) || (c === 40 && (isDigit(c1) || (c1 === 43 && isDigit(scan.charCodeAt(i + 2)))));
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
    readRun(scan, i, run);
    const runEnd = run.end;
    if (run.digits < MIN_DIGITS) {
      i = Math.max(runEnd, i + 1);
      continue;
    }
    const last = run.segments - 1;
    const cardEnd = cardShapedEnd(scan, i, runEnd);
    if (cardEnd >= 0) {
      i = Math.max(cardEnd, i + 1);
      continue;
    }
    let s = 0;
    let restarts = 0;
    scanner.checked = false;
    const inRun: Covered[] = [];
    while (s <= last && restarts <= MAX_RESTARTS) {
      scanner.checked = false;
      let match = bestAt(scanner, s, s);
      // A small number right before a longer one (`12 01512 3456789`, `0 7 0905 123 4567`) can make a
      // valid number with its first part: if one starting a little later reaches further, it wins.
      if (match && match.last > s && match.last < last && isDigit(scan.charCodeAt(run.starts[s]!))) {
        // Small numbers first (each of two digits at most, four at most: `12`, `0 7`, `0 12 12`), then a
        // number reaching further. Not three digits: `010 01234567 2,` is a Beijing number then a `2`.
        for (let k = s + 1; k <= match.last && k - s <= 4 && run.digitSums[k]! - run.digitSums[k - 1]! <= 2; k++) {
          const later = bestAt(scanner, k, match.last + 1);
          if (later) {
            match = later;
            break;
          }
        }
      }
      if (match) {
        inRun.push(withTail(scanner, match));
        s = match.last + 1;
      } else {
        s++;
        if (scanner.checked) restarts++;
      }
    }
    for (const covered of closeGaps(scan, inRun)) {
      found.push({ kind: 'phone', start: covered.start, end: covered.end, value: covered.value });
      reach = covered.end;
    }
    i = Math.max(runEnd, i + 1, reach);
  }
  return found;
}
