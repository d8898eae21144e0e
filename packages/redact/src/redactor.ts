import type { Finding } from './finding.js';
import { detect } from './detect.js';
import { RedactOptionsError } from './errors.js';
import { type RedactOptions, resolveRedactOptions } from './options.js';
import { PlaceholderBook } from './placeholder-book.js';
import { restorePlaceholders } from './restore-placeholders.js';

/** What a redaction returns: the text safe to send, and what was replaced where in the original. */
export interface RedactResult {
  readonly text: string;
  readonly findings: readonly Finding[];
}

/** A conversation-scoped redactor: placeholders stay the same across its calls. */
export interface Redactor {
  /** Redacts one message; a value seen earlier in the conversation keeps its placeholder. */
  redact(text: string): RedactResult;
  /** Puts the originals back into a text (a model's answer) that uses this conversation's placeholders. */
  restore(text: string): string;
  /** Placeholder -> original value, for a product that restores answers itself. Keep it on the server. */
  readonly placeholders: ReadonlyMap<string, string>;
}

function checkText(text: unknown): asserts text is string {
  if (typeof text !== 'string') {
    throw new RedactOptionsError([{ path: ['text'], message: `Expected a string to redact, got ${text === null ? 'null' : typeof text}` }]);
  }
}

/**
 * Creates a redactor for one conversation: the same email, phone or card gets the same placeholder in
 * every message (`[EMAIL_1]`), and `restore` puts the originals back into the model's answer.
 * The output is safe without the map; the map never leaves your server.
 *
 * @param options - kinds and phone countries (by default all kinds, `DEFAULT_PHONE_COUNTRIES`).
 * @returns the conversation's redactor.
 * @throws RedactOptionsError when the options are invalid.
 * @example
 * const chat = createRedactor({ defaultCountry: 'US' });
 * chat.redact('I am ada@example.com').text; // 'I am [EMAIL_1]'
 * chat.redact('Reply to ADA@example.com or (415) 555-2671').text; // 'Reply to [EMAIL_1] or [PHONE_1]'
 * chat.restore('Sure, I will write to [EMAIL_1].'); // 'Sure, I will write to ada@example.com.'
 */
export function createRedactor(options: RedactOptions = {}): Redactor {
  const resolved = resolveRedactOptions(options);
  const book = new PlaceholderBook();
  return {
    redact(text: string): RedactResult {
      checkText(text);
      const detections = detect(text, resolved);
      if (detections.length === 0) return { text, findings: [] };
      const findings: Finding[] = [];
      const parts: string[] = [];
      let cursor = 0;
      for (const detection of detections) {
        const replacement = book.placeholderFor(detection.kind, detection.value, text.slice(detection.start, detection.end));
        parts.push(text.slice(cursor, detection.start), replacement);
        cursor = detection.end;
        findings.push({ kind: detection.kind, start: detection.start, end: detection.end, replacement });
      }
      parts.push(text.slice(cursor));
      return { text: parts.join(''), findings };
    },
    restore(text: string): string {
      checkText(text);
      return restorePlaceholders(text, book.originals);
    },
    placeholders: book.originals,
  };
}

/**
 * Removes emails, phone numbers and card numbers from a text before it reaches an AI model. Returns
 * the text with placeholders (`[EMAIL_1]`, `[PHONE_1]`, `[CARD_1]`; the same value gets the same one)
 * and the findings with their offsets into the original (UTF-16 indices, `end` exclusive).
 *
 * @param text - the text to redact.
 * @param options - kinds and phone countries (by default all kinds, `DEFAULT_PHONE_COUNTRIES`).
 * @returns the redacted text and the findings.
 * @throws RedactOptionsError when the options are invalid or `text` is not a string.
 * @example
 * const { text, findings } = redact('Mail ada@example.com, card 4242 4242 4242 4242', { defaultCountry: 'US' });
 * text; // 'Mail [EMAIL_1], card [CARD_1]'
 * findings[0]; // { kind: 'email', start: 5, end: 20, replacement: '[EMAIL_1]' }
 */
export function redact(text: string, options: RedactOptions = {}): RedactResult {
  return createRedactor(options).redact(text);
}
