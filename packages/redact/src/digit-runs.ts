import { isDigit, isWordUnit } from './characters.js';

/**
 * Whether the digits at `start` are glued to what comes before: a letter, digit or `_` (a hash, an
 * identifier), or `.`, `:`, `/` or `-` right after a digit (a decimal, a version, a time, line:column,
 * a path, a range). A comma is not glue: in CSV and lists it separates values.
 */
export function isGluedBefore(text: string, start: number): boolean {
  if (start === 0) return false;
  const prev = text.charCodeAt(start - 1);
  if (isWordUnit(prev)) return true;
  if ((prev === 46 || prev === 58 || prev === 47 || prev === 45) && start >= 2 && isDigit(text.charCodeAt(start - 2))) return true;
  return false;
}

/**
 * Whether the digits ending at `end` are glued to what follows: a letter, digit or `_` (`1700000000ms`,
 * a hash), or `.`, `:`, `/` or `-` followed by a digit (a decimal, an IP address, a time, a path).
 */
export function isGluedAfter(text: string, end: number): boolean {
  if (end >= text.length) return false;
  const next = text.charCodeAt(end);
  if (isWordUnit(next)) return true;
  if ((next === 46 || next === 58 || next === 47 || next === 45) && end + 1 < text.length && isDigit(text.charCodeAt(end + 1))) return true;
  return false;
}
