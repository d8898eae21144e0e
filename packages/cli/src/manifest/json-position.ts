import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

/** A place in a text: 1-based line and column (columns count UTF-16 code units, as editors do). */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/**
 * The line and column of a character offset.
 *
 * @param text - the whole text
 * @param offset - a 0-based offset into it
 * @returns 1-based line and column
 * @example
 * positionAt('{\n  "a": 1\n}', 4); // { line: 2, column: 3 }
 */
export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}

/** A JSON syntax error: what, and where. */
export interface JsonSyntaxError extends TextPosition {
  readonly message: string;
}

/** A parsed JSON text: the value and the tree that knows where each value is. */
export interface PositionedJson {
  readonly value: unknown;
  readonly tree: Node | undefined;
  readonly text: string;
}

const WORDS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected a colon',
  CommaExpected: 'expected a comma',
  CloseBraceExpected: 'expected }',
  CloseBracketExpected: 'expected ]',
  EndOfFileExpected: 'expected the end of the text',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in a string',
};

/**
 * Parses strict JSON (no comments, no trailing commas) keeping where every value is, so problems
 * can be shown with line and column.
 *
 * @param text - JSON text
 * @returns the value and its tree, or the first syntax error with its line and column
 * @example
 * const result = parseJsonWithPositions('{"a": }');
 * if ('message' in result) result.line; // 1
 */
export function parseJsonWithPositions(text: string): PositionedJson | JsonSyntaxError {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first) {
    const code = printParseErrorCode(first.error);
    return { ...positionAt(text, first.offset), message: WORDS[code] ?? code };
  }
  try {
    return { value: JSON.parse(text), tree, text };
  } catch (error) {
    // jsonc-parser and JSON.parse agree on strict JSON; this is a guard, not an expected path.
    return { line: 1, column: 1, message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Where the value at `path` is in the text; for a path that does not exist (a missing property),
 * the nearest enclosing value that does.
 *
 * @param json - the result of {@link parseJsonWithPositions}
 * @param path - a path such as `['recipients', 2, 'key']`
 * @returns 1-based line and column, or `undefined` for a text with no tree
 * @example
 * const json = parseJsonWithPositions('{\n  "a": [1, 2]\n}');
 * if (!('message' in json)) locatePath(json, ['a', 1]); // { line: 2, column: 12 }
 */
export function locatePath(json: PositionedJson, path: readonly PropertyKey[]): TextPosition | undefined {
  if (!json.tree) return undefined;
  const segments = path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number');
  for (let n = segments.length; n >= 0; n -= 1) {
    const node = findNodeAtLocation(json.tree, segments.slice(0, n));
    if (node) {
      // Point at the property name when the value belongs to a property, as editors do.
      const target = n > 0 && node.parent?.type === 'property' && typeof segments[n - 1] === 'string' ? (node.parent.children?.[0] ?? node) : node;
      return positionAt(json.text, target.offset);
    }
  }
  return undefined;
}
