import { isAsciiLetter, isDigit } from './characters.js';

/** Words and marks that introduce an extension, lower case, longest first where one starts another. */
const MARKERS = ['extension', 'extn', 'ext', 'anexo', 'доб', 'int', 'x', '#', '~'];
/** Extensions have at most this many digits (libphonenumber allows 7 after `x`/`ext`). */
const MAX_EXTENSION_DIGITS = 7;
/** Spaces allowed around the marker and before a `,` or `;` in front of it. */
const MAX_SPACES = 3;

function skipSpaces(text: string, from: number): number {
  let j = from;
  while (j < text.length && j - from < MAX_SPACES && text.charCodeAt(j) === 32) j++;
  return j;
}

/** An extension read after a number: where it ends and its digits. */
export interface Extension {
  readonly end: number;
  readonly digits: string;
}

/**
 * Reads an extension written right after a phone number ending at `end`: ` x123`, `x123`, ` ext. 12`,
 * `, ext 7246433`, `;ext=123`, ` extension 1`, ` #3456`, `~1234`, `anexo 12`, `доб. 12`; the marker may
 * be capitalised and followed by `.`, `:` or `=`. Looks at a bounded stretch (about 30 units).
 *
 * @param text - the text with ASCII digits (see `scanText`).
 * @param end - where the number ends (exclusive).
 * @returns the extension, or `undefined` when none follows.
 * @example
 * import { readExtension } from './phone-extension.js';
 *
 * readExtension('415-666-7777 ext. 503 ok', 12); // { end: 21, digits: '503' }
 * readExtension('415-666-7777 xylophone', 12); // undefined
 */
export function readExtension(text: string, end: number): Extension | undefined {
  let j = skipSpaces(text, end);
  const punct = text.charCodeAt(j);
  if (punct === 44 || punct === 59) j = skipSpaces(text, j + 1);
  const lower = text.slice(j, j + 9).toLowerCase();
  const marker = MARKERS.find((m) => lower.startsWith(m));
  if (marker === undefined) return undefined;
  j += marker.length;
  if (isAsciiLetter(text.charCodeAt(j))) return undefined;
  if (text.charCodeAt(j) === 46) j++;
  const sep = text.charCodeAt(j);
  if (sep === 58 || sep === 61) j++;
  j = skipSpaces(text, j);
  const from = j;
  while (j < text.length && isDigit(text.charCodeAt(j)) && j - from <= MAX_EXTENSION_DIGITS) j++;
  const count = j - from;
  if (count === 0 || count > MAX_EXTENSION_DIGITS) return undefined;
  return { end: j, digits: text.slice(from, j) };
}
