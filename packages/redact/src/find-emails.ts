import { isAsciiLetter, isDigit, isSpace, isUnicodeWordUnit } from './characters.js';
import type { Detection } from './finding.js';
import { CODE_WORD_TLDS, isPublicTopLevelDomain } from './top-level-domains.js';

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;
const MAX_LABEL = 63;
/** How far left of an address to look for `scheme://` (URL credentials). */
const MAX_CONTEXT = 256;

function isLocalUnit(code: number): boolean {
  // . _ % + -
  return code === 46 || code === 95 || code === 37 || code === 43 || code === 45 || isUnicodeWordUnit(code);
}

function isDomainUnit(code: number): boolean {
  return code === 46 || code === 45 || isUnicodeWordUnit(code);
}

/** Whether the domain is a public host name: two or more labels of 1-63 units, none starting or ending in `-`, and a public TLD. */
function isPublicDomain(text: string, start: number, end: number): boolean {
  let labelStart = start;
  let labels = 0;
  for (let i = start; i <= end; i++) {
    if (i === end || text.charCodeAt(i) === 46) {
      const length = i - labelStart;
      if (length === 0 || length > MAX_LABEL) return false;
      if (text.charCodeAt(labelStart) === 45 || text.charCodeAt(i - 1) === 45) return false;
      labels++;
      if (i === end) return labels >= 2 && isPublicTopLevelDomain(text.slice(labelStart, end));
      labelStart = i + 1;
    }
  }
  return false;
}

/**
 * Whether the address is the user-info part of a URL (`ssh://git@host/`, `https://user:pw@host`):
 * walking left from the local part without leaving the token reaches `://` before any `/`, `?`, `#`.
 */
function isUrlUserInfo(text: string, localStart: number): boolean {
  for (let j = localStart - 1; j >= 0 && localStart - j <= MAX_CONTEXT; j--) {
    const c = text.charCodeAt(j);
    if (c === 47) return j >= 2 && text.charCodeAt(j - 1) === 47 && text.charCodeAt(j - 2) === 58; // '/', '://'
    if (
      isSpace(c) ||
      c === 34 ||
      c === 39 ||
      c === 60 ||
      c === 62 ||
      c === 40 ||
      c === 41 ||
      c === 91 ||
      c === 93 ||
      c === 63 ||
      c === 35 ||
      c === 38 ||
      c === 61 ||
      c === 44 ||
      c === 96
    ) {
      return false;
    }
  }
  return false;
}

/** How far right of `host:` to look for the `/` or `.git` of an scp-style path. */
const MAX_PATH = 256;

/** Whether a code unit ends an scp-style path: white space, quotes, brackets, `,` or `;`. */
function endsPath(code: number): boolean {
  return isSpace(code) || code === 34 || code === 39 || code === 96 || code === 41 || code === 93 || code === 62 || code === 44 || code === 59;
}

/**
 * Whether what follows the domain makes it a host rather than a mailbox: `git@github.com:org/repo`
 * or `git@heroku.com:app.git` (an scp-style remote), `deploy@web1.example.com:~$` (a shell prompt),
 * `host:22` (a port): a `:` directly followed by `~`, `/` or a digit, or by a word that holds a `/` or
 * ends in `.git`. `ada@example.com:hunter2` (an address and a password) stays an address.
 */
function isFollowedByHostPath(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 58) return false;
  const next = text.charCodeAt(end + 1);
  if (next === 126 || next === 47 || isDigit(next)) return true;
  if (!(next === 46 || next === 95 || isAsciiLetter(next))) return false;
  let j = end + 1;
  const limit = Math.min(text.length, end + 1 + MAX_PATH);
  while (j < limit && !endsPath(text.charCodeAt(j))) {
    if (text.charCodeAt(j) === 47) return true;
    j++;
  }
  return j - end - 1 > 4 && text.slice(j - 4, j).toLowerCase() === '.git';
}

/**
 * Whether the domain reads as code rather than a host: a method call right after it
 * (`x@W.to(device)`) or a last label with a capital after a small letter (`q@k.mT`, PyTorch's
 * transpose). Title case and capitals (`Ada@Example.Com`, `ADA@X.COM`) stay addresses.
 */
function looksLikeCode(text: string, domainStart: number, domainEnd: number, end: number): boolean {
  if (domainEnd === end && text.charCodeAt(end) === 40) return true;
  for (let i = domainEnd - 1; i > domainStart; i--) {
    const c = text.charCodeAt(i);
    if (c === 46) break;
    const before = text.charCodeAt(i - 1);
    if (c >= 65 && c <= 90 && before >= 97 && before <= 122) return true;
  }
  return false;
}

function opensProse(code: number): boolean {
  // start, white space, quotes, < ( [ : , ; =
  return (
    Number.isNaN(code) ||
    isSpace(code) ||
    code === 34 ||
    code === 39 ||
    code === 96 ||
    code === 60 ||
    code === 40 ||
    code === 91 ||
    code === 58 ||
    code === 44 ||
    code === 59 ||
    code === 61
  );
}

function closesProse(text: string, end: number): boolean {
  const code = text.charCodeAt(end);
  if (
    Number.isNaN(code) ||
    isSpace(code) ||
    code === 34 ||
    code === 39 ||
    code === 96 ||
    code === 62 ||
    code === 41 ||
    code === 93 ||
    code === 44 ||
    code === 59
  )
    return true;
  if (code === 46 || code === 33 || code === 63) {
    const next = text.charCodeAt(end + 1);
    return Number.isNaN(next) || isSpace(next);
  }
  return false;
}

/**
 * For a TLD that is also a file extension or a word of code (`CODE_WORD_TLDS`: `.zip`, `.py`,
 * `.map`, `.data`...): whether the address stands as prose writes one: after white space, a quote, `<`,
 * `(`, `:` or `,`, before white space, a quote, `>`, `)`, `,` or an end of sentence, with a name of two
 * or more units before the TLD (`ada@school.zip` yes; `x@W.map`, `logo@2x.zip`, `a@b.data[0]` no).
 */
function standsAsProse(text: string, start: number, domainStart: number, domainEnd: number): boolean {
  const tldDot = text.lastIndexOf('.', domainEnd - 1);
  const tld = text.slice(tldDot + 1, domainEnd).toLowerCase();
  if (!CODE_WORD_TLDS.has(tld)) return true;
  const secondDot = text.lastIndexOf('.', tldDot - 1);
  const second = text.slice(Math.max(secondDot + 1, domainStart), tldDot);
  if (second.length < 2 || /^\d/.test(second)) return false;
  return opensProse(start > 0 ? text.charCodeAt(start - 1) : Number.NaN) && closesProse(text, domainEnd);
}

/**
 * Finds email addresses in a text: the address itself, without `mailto:`, quotes, angle brackets or
 * trailing punctuation, whose domain has a public top-level domain. Not addresses: `user@localhost`,
 * hosts without a public TLD, `git@github.com:org/repo.git`, URL credentials (`ssh://git@host`,
 * `postgres://u:pw@db`), decorators and `@mentions`, npm specs (`pkg@1.2.3`), `A@B`.
 *
 * Each `@` costs a bounded walk (at most 64 units left, 253 right), so the work is linear. Also finds
 * `@` spelled out: `john [at] gmail.com`, and `john at gmail.com` after a word such as "email".
 *
 * @param text - the text to search.
 * @returns the addresses in text order, each with its lower-case form as `value`.
 * @example
 * findEmails('Mail <Ada.Lovelace+class@Example.co.uk>.').map((d) => d.value);
 * // ['ada.lovelace+class@example.co.uk']
 * findEmails('git clone git@github.com:org/repo.git'); // []
 */
export function findEmails(text: string): Detection[] {
  const found: Detection[] = [];
  const length = text.length;
  let at = text.indexOf('@');
  while (at !== -1) {
    let next = at + 1;
    let start = at;
    // A local part has at most 64 units; a longer run (`-----ada@example.com`) is cut to its last 64
    // rather than dropped, so the address is still covered.
    while (start > 0 && at - start < MAX_LOCAL && isLocalUnit(text.charCodeAt(start - 1))) start--;
    while (start < at && text.charCodeAt(start) === 46) start++; // a local part does not start with '.'
    let end = at + 1;
    while (end < length && end - at - 1 <= MAX_DOMAIN && isDomainUnit(text.charCodeAt(end))) end++;
    const domainTooLong = end - at - 1 > MAX_DOMAIN;
    let domainEnd = end;
    while (domainEnd > at + 1 && (text.charCodeAt(domainEnd - 1) === 46 || text.charCodeAt(domainEnd - 1) === 45)) domainEnd--;
    if (
      !domainTooLong &&
      start < at &&
      isPublicDomain(text, at + 1, domainEnd) &&
      !(domainEnd === end && isFollowedByHostPath(text, end)) &&
      !looksLikeCode(text, at + 1, domainEnd, end) &&
      standsAsProse(text, start, at + 1, domainEnd) &&
      !isUrlUserInfo(text, start)
    ) {
      found.push({ kind: 'email', start, end: domainEnd, value: text.slice(start, domainEnd).toLowerCase() });
      next = domainEnd;
    }
    at = text.indexOf('@', next);
  }
  findSpelledEmails(text, found);
  return found.length > 1 ? found.sort((a, b) => a.start - b.start) : found;
}

/** How `@` is spelled to dodge scrapers: ` at ` (after a word such as "email"), `[at]`, `(at)`. */
const SPELLED_AT = [' at ', '[at]', '(at)', ' AT ', '[AT]', '(AT)', ' At '];

/** Words that say an address follows, for the bare ` at ` form (`My email is john at gmail.com`). */
const EMAIL_WORD = /(?:e-?mail|mail|correo|courriel|address|contact)/i;

/**
 * Adds addresses written with `@` spelled out: `john [at] gmail.com` and `john(at)gmail.com`
 * anywhere, `john at gmail.com` after a word such as `email` on its line (within 40 units). The
 * domain must be public, as for any address. Each occurrence costs a bounded walk.
 */
function findSpelledEmails(text: string, found: Detection[]): void {
  const written = found.length;
  for (const mark of SPELLED_AT) {
    // `indexOf` per spelling: the engine's own search, far cheaper than a regular expression here.
    for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, at + 1)) spelledAt(text, at, mark, found, written);
  }
}

/** Whether `[start, end)` overlaps one of the first `count` detections (sorted, without overlaps). */
function overlapsAny(found: readonly Detection[], count: number, start: number, end: number): boolean {
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (found[mid]!.end <= start) low = mid + 1;
    else high = mid;
  }
  return low < count && found[low]!.start < end;
}

/** Adds the address around the spelled `@` at `at`, unless one of the first `written` addresses holds it. */
function spelledAt(text: string, at: number, mark: string, found: Detection[], written: number): void {
  {
    let markStart = at;
    let markEnd = markStart + mark.length;
    const bare = mark.charCodeAt(0) === 32;
    if (!bare) {
      // One space on either side of `[at]` or `(at)` belongs to the mark.
      if (markStart > 0 && text.charCodeAt(markStart - 1) === 32) markStart--;
      if (text.charCodeAt(markEnd) === 32) markEnd++;
    }
    let start = markStart;
    while (start > 0 && markStart - start < MAX_LOCAL && isLocalUnit(text.charCodeAt(start - 1))) start--;
    while (start < markStart && text.charCodeAt(start) === 46) start++;
    if (start === markStart || (start > 0 && text.charCodeAt(start - 1) === 64)) return;
    let end = markEnd;
    while (end < text.length && end - markEnd <= MAX_DOMAIN && isDomainUnit(text.charCodeAt(end))) end++;
    while (end > markEnd && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 45)) end--;
    if (end - markEnd > MAX_DOMAIN || !isPublicDomain(text, markEnd, end)) return;
    if (bare) {
      const line = text.slice(Math.max(0, start - 40), start);
      if (!EMAIL_WORD.test(line.slice(line.lastIndexOf('\n') + 1))) return;
    }
    if (overlapsAny(found, written, start, end)) return;
    found.push({ kind: 'email', start, end, value: `${text.slice(start, markStart)}@${text.slice(markEnd, end)}`.toLowerCase() });
  }
}
