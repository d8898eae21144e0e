// Character tests on UTF-16 code units. Every detector walks the text with these: no regular
// expression runs over unbounded input, so the work is linear in the length of the text.

/** Whether a code unit is an ASCII digit. */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Whether a code unit is an ASCII letter. */
export function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}\p{M}]$/u;

/**
 * Whether a code unit is a letter or digit of any script. A non-ASCII code unit is tested on its own;
 * surrogate halves (emoji, astral letters) are not letters here, so an emoji next to a number does not
 * glue it into a word.
 */
export function isUnicodeWordUnit(code: number): boolean {
  if (code < 128) return isDigit(code) || isAsciiLetter(code);
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return LETTER_OR_NUMBER.test(String.fromCharCode(code));
}

/** Whether a code unit continues an identifier or a number: a letter or digit of any script, or `_`. */
export function isWordUnit(code: number): boolean {
  return code === 95 || isUnicodeWordUnit(code);
}

/** Whether a code unit is white space (space, tab, line breaks, no-break space). */
export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 11 || code === 12 || code === 0xa0 || code === 0x2028 || code === 0x2029;
}
