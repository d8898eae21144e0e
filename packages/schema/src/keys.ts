import { z } from 'zod';

/** A snake_case identifier: lower-case letters, digits and `_`, starting with a letter. */
export const SnakeKeySchema = z
  .string()
  .min(1, 'A key cannot be empty')
  .max(64)
  .regex(/^[a-z][a-z0-9_]*$/, 'Expected a snake_case key: lower-case letters, digits and "_", starting with a letter');

/** The JSON Schema pattern of {@link TextSchema}: at least one character that is not white space. */
export const TEXT_PATTERN = '\\S';

/** Short human text: not empty, not only spaces, at most 2,000 characters. */
export const TextSchema = z
  .string()
  .max(2_000, 'Text is limited to 2,000 characters')
  .refine((s) => /\S/.test(s), { message: 'Text cannot be empty' })
  .meta({ pattern: TEXT_PATTERN, minLength: 1 });

/** An email address, as a contact point. */
export const EmailSchema = z.email('Expected an email address like privacy@example.com').max(254);

/**
 * The JSON Schema pattern of {@link UrlSchema}: `http://` or `https://`, a host of letters, digits,
 * `-`, `.` (and any non-ASCII letter, for internationalised domain names), an optional port, then
 * any path without spaces.
 */
export const URL_PATTERN =
  '^[Hh][Tt][Tt][Pp][Ss]?://[A-Za-z0-9\\u00A1-\\uFFFF](?:[A-Za-z0-9.\\u00A1-\\uFFFF-]*[A-Za-z0-9\\u00A1-\\uFFFF])?(?::(?:[0-5]?[0-9]{1,4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))?(?:[/?#][^\\s]*)?$';

/** An absolute http(s) URL (internationalised domain names allowed); `javascript:` and other schemes are refused. */
export const UrlSchema = z
  .string()
  .max(2_000)
  .regex(new RegExp(URL_PATTERN), { message: 'Expected an http(s) URL like https://example.com/privacy', abort: true })
  .refine(
    (s) => {
      try {
        const url = new URL(s);
        return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
      } catch {
        return false;
      }
    },
    { message: 'Expected an http(s) URL like https://example.com/privacy' },
  )
  .meta({ format: 'uri', pattern: URL_PATTERN });
