// A copy of a text for the number detectors, of the same length (so offsets stay offsets into the
// original): every decimal digit of any script in the Basic Multilingual Plane (full-width `４`,
// Arabic-Indic `٤`, Devanagari `४`...) becomes its ASCII digit, and the full-width and typographic
// forms of the marks numbers are written with (`＋`, `（`, `）`, `－`, `．`, `／`, `～`, the
// ideographic space, dashes and minus signs) become their ASCII forms.

/** Code unit -> ASCII replacement for the marks around numbers. */
const MARKS: Readonly<Record<number, number>> = {
  0xff0b: 43, // ＋
  0xff08: 40, // （
  0xff09: 41, // ）
  0xff3b: 91, // ［
  0xff3d: 93, // ］
  0xff0d: 45, // －
  0xff0e: 46, // ．
  0xff0f: 47, // ／
  0xff5e: 126, // ～
  0x2053: 126, // ⁓
  0x223c: 126, // ∼
  0x3000: 32, // ideographic space
  0x2002: 32,
  0x2003: 32,
  0x2009: 32,
  0x202f: 32,
  0x2010: 45,
  0x2011: 45,
  0x2012: 45,
  0x2013: 45,
  0x2014: 45,
  0x2015: 45,
  0x2212: 45,
  0x30fc: 45, // ー, as libphonenumber reads it between digits
  0xff58: 120, // ｘ (extension mark)
};

let digitValues: Uint8Array | undefined;

/**
 * The value + 1 of every decimal digit of the BMP (0 for code units that are not one), built on
 * first use from `\p{Nd}`: Unicode assigns decimal digits in runs of ten, zero first.
 */
function digitTable(): Uint8Array {
  if (digitValues) return digitValues;
  const table = new Uint8Array(0x10000);
  const decimal = /\p{Nd}/u;
  let runStart = -1;
  for (let code = 0x80; code < 0xd800; code++) {
    if (decimal.test(String.fromCharCode(code))) {
      if (runStart < 0) runStart = code;
      table[code] = ((code - runStart) % 10) + 1;
    } else runStart = -1;
  }
  for (let code = 0xe000; code < 0x10000; code++) {
    if (decimal.test(String.fromCharCode(code))) {
      if (runStart < 0) runStart = code;
      table[code] = ((code - runStart) % 10) + 1;
    } else runStart = -1;
  }
  digitValues = table;
  return table;
}

/** Whether a text holds a code unit that `scanText` would change: only then is a copy made. */
const NEEDS_COPY = /[^\u0000-\u007f]/;

/**
 * The text with decimal digits of every script and the full-width marks of numbers in ASCII, at the
 * same offsets. An ASCII text is returned as it is (no copy). Astral digits (mathematical bold
 * digits and the like, two code units each) are left as they are.
 *
 * @param text - the text to read numbers in.
 * @returns a string of the same length, with ASCII digits and marks where the text had others.
 * @example
 * scanText('４１５-６６６-７７７７'); // '415-666-7777'
 * scanText('+٤٤ 20 7946 0958'); // '+44 20 7946 0958'
 */
export function scanText(text: string): string {
  if (!NEEDS_COPY.test(text)) return text;
  const table = digitTable();
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) continue;
    const digit = table[code]!;
    const mark = digit > 0 ? 47 + digit : MARKS[code];
    if (mark === undefined) continue;
    out += text.slice(from, i) + String.fromCharCode(mark);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
