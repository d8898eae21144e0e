/**
 * A function from offset to 1-based line and column for one text, built once (binary search).
 *
 * @param text - the text
 * @returns the lookup
 * @example
 * import { lineIndex } from './line-index.js';
 *
 * lineIndex('a\nbc')(3); // { line: 2, column: 2 }
 */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
  };
}
