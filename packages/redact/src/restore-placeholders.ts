/**
 * Puts original values back into a text that uses placeholders (`[EMAIL_1]`), e.g. a model's answer,
 * from a redactor's `placeholders` map. Unknown placeholders are left as they are. Linear in the text.
 *
 * @param text - a text with placeholders, such as a model's answer
 * @param placeholders - placeholder -> original value, a redactor's `placeholders`
 * @returns the text with every known placeholder replaced by its original value
 * @example
 * restorePlaceholders('Write to [EMAIL_1]', new Map([['[EMAIL_1]', 'ada@example.com']]));
 * // 'Write to ada@example.com'
 */
export function restorePlaceholders(text: string, placeholders: ReadonlyMap<string, string>): string {
  let out = '';
  let cursor = 0;
  let open = text.indexOf('[');
  while (open !== -1) {
    // Placeholders are short: look for the ']' within 16 units, so that the work stays linear.
    const close = text.slice(open + 1, open + 17).indexOf(']') + open + 1;
    if (close > open) {
      const original = placeholders.get(text.slice(open, close + 1));
      if (original !== undefined) {
        out += text.slice(cursor, open) + original;
        cursor = close + 1;
        open = text.indexOf('[', cursor);
        continue;
      }
    }
    open = text.indexOf('[', open + 1);
  }
  return out + text.slice(cursor);
}
