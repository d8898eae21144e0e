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

let replacements: Uint8Array | undefined;

/**
 * For every BMP code unit, the ASCII code that replaces it (0: none), built on first use: decimal
 * digits from `\p{Nd}` (Unicode assigns them in runs of ten, zero first) and the marks above.
 */
function replacementTable(): Uint8Array {
  if (replacements) return replacements;
  const table = new Uint8Array(0x10000);
  const decimal = /\p{Nd}/u;
  let runStart = -1;
  for (let code = 0x80; code < 0x10000; code++) {
    if (code >= 0xd800 && code < 0xe000) {
      runStart = -1;
      continue;
    }
    if (decimal.test(String.fromCharCode(code))) {
      if (runStart < 0) runStart = code;
      table[code] = 48 + ((code - runStart) % 10);
    } else runStart = -1;
  }
  for (const [code, ascii] of Object.entries(MARKS)) table[Number(code)] = ascii;
  replacements = table;
  return table;
}

/** The next code unit outside ASCII. */
const NON_ASCII = /[^\u0000-\u007f]/g;

/**
 * The text with decimal digits of every script and the full-width marks of numbers in ASCII, at the
 * same offsets. A text with nothing to replace is returned as it is (no copy). Astral digits
 * (mathematical bold digits and the like, two code units each) are left as they are.
 *
 * @param text - the text to read numbers in.
 * @returns a string of the same length, with ASCII digits and marks where the text had others.
 * @example
 * scanText('４１５-６６６-７７７７'); // '415-666-7777'
 * scanText('+٤٤ 20 7946 0958'); // '+44 20 7946 0958'
 */
export function scanText(text: string): string {
  NON_ASCII.lastIndex = 0;
  if (!NON_ASCII.test(text)) return text;
  const table = replacementTable();
  const parts: string[] = [];
  let from = 0;
  // Jump from one non-ASCII unit to the next with the engine's scan: ASCII text costs nothing here.
  for (let i = NON_ASCII.lastIndex - 1; i >= 0; ) {
    const ascii = table[text.charCodeAt(i)]!;
    if (ascii !== 0) {
      parts.push(text.slice(from, i), String.fromCharCode(ascii));
      from = i + 1;
    }
    NON_ASCII.lastIndex = i + 1;
    i = NON_ASCII.test(text) ? NON_ASCII.lastIndex - 1 : -1;
  }
  if (from === 0) return text;
  parts.push(text.slice(from));
  return parts.join('');
}
