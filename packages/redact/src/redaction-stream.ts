import { isDigit, isSpace } from './characters.js';
import type { Finding } from './finding.js';
import type { RedactOptions } from './options.js';
import { createRedactor, type Redactor } from './redactor.js';

/** Options of a redaction stream: the redaction options, plus where to report findings. */
export interface RedactionStreamOptions extends RedactOptions {
  /** Called with each finding, its offsets counted from the start of the whole stream. */
  readonly onFinding?: (finding: Finding) => void;
  /** Use this conversation's redactor (placeholders shared with other messages) instead of a new one. */
  readonly redactor?: Redactor;
}

/** How much text a stream may hold back while it waits for a safe place to cut. */
const MAX_HELD = 64 * 1024;

function continuesNumber(code: number): boolean {
  return isDigit(code) || code === 43 || code === 40 || code === 41 || code === 45 || code === 46;
}

/**
 * How far the detectors look left of a number for words that decide what it is (`Phone: `,
 * `phone_number = `, `order #`: 24 units, plus the `:` or `=` and spaces). A cut leaves at least this
 * much text before the next digit, so that no such decision changes.
 */
const CONTEXT = 32;

/**
 * The last place in `text` where it can be cut without changing what the detectors find: a line break
 * (the detectors judge a bare number by its line, and no address or number spans one) at least
 * `CONTEXT` units before the next digit or `+` (the end of `text` counts as one: the next chunk may
 * start with a number). With `anySpace`, for a text that has none for too long, white space between
 * two characters that cannot continue a number will do. Looks only at positions from `from` on
 * (earlier ones were looked at before), so a stream of many small chunks stays linear. Returns 0 when
 * there is none.
 */
function safeCut(text: string, from: number, anySpace = false): number {
  let nextNumber = text.length;
  for (let p = text.length - 1; p > Math.max(0, from); p--) {
    const c = text.charCodeAt(p);
    if (isDigit(c) || c === 43) {
      nextNumber = p;
      continue;
    }
    if (nextNumber - p <= CONTEXT || !isSpace(c) || p + 1 >= text.length) continue;
    const after = text.charCodeAt(p + 1);
    if (c === 10 && !continuesNumber(after)) return p + 1;
    if (!anySpace || continuesNumber(text.charCodeAt(p - 1)) || continuesNumber(after) || isSpace(after)) continue;
    if (after === 58 || after === 61 || after === 35) continue;
    return p + 1;
  }
  return 0;
}

/**
 * A `TransformStream` of text that redacts as it goes, for a model's input built from chunks: it holds
 * back the end of each chunk until it reaches a safe place to cut, so a card number or an address
 * split across two chunks is still found. Works wherever Web Streams do (Node 18+, browsers, edge).
 *
 * @param options - the redaction options, `onFinding`, and an optional conversation `redactor`.
 * @returns a `TransformStream<string, string>` whose output is the redacted text.
 * @throws RedactOptionsError when the options are invalid.
 * @example
 * const stream = createRedactionStream({ defaultCountry: 'US' });
 * // someReadableOfText.pipeThrough(stream) -> text with [EMAIL_1], [PHONE_1], [CARD_1]
 * const writer = stream.writable.getWriter();
 * void writer.write('card 4242 4242 ');
 * void writer.write('4242 4242\n');
 * void writer.close();
 * // reading stream.readable gives 'card [CARD_1]\n'
 */
export function createRedactionStream(options: RedactionStreamOptions = {}): TransformStream<string, string> {
  const { onFinding, redactor: given, ...redactOptions } = options;
  const redactor = given ?? createRedactor(redactOptions);
  let held = '';
  let checked = 0;
  let emitted = 0;
  const emit = (text: string, controller: TransformStreamDefaultController<string>) => {
    if (text === '') return;
    const result = redactor.redact(text);
    if (onFinding) for (const f of result.findings) onFinding({ ...f, start: f.start + emitted, end: f.end + emitted });
    emitted += text.length;
    controller.enqueue(result.text);
  };
  return new TransformStream<string, string>({
    transform(chunk, controller) {
      held += String(chunk);
      let cut = safeCut(held, checked - 2);
      if (cut === 0 && held.length > MAX_HELD) cut = safeCut(held, held.length - 8 * 1024, true) || held.length - 1024;
      if (cut > 0) {
        const ready = held.slice(0, cut);
        held = held.slice(cut);
        emit(ready, controller);
      }
      checked = held.length;
    },
    flush(controller) {
      emit(held, controller);
      held = '';
    },
  });
}
