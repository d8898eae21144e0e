import { z } from 'zod';

/** A snake_case identifier: lower-case letters, digits and `_`, starting with a letter. */
export const SnakeKeySchema = z
  .string()
  .min(1, 'A key cannot be empty')
  .max(64)
  .regex(/^[a-z][a-z0-9_]*$/, 'Expected a snake_case key: lower-case letters, digits and "_", starting with a letter');

/** Short human text: not empty, not only spaces, at most 2,000 characters. */
export const TextSchema = z
  .string()
  .max(2_000, 'Text is limited to 2,000 characters')
  .refine((s) => s.trim().length > 0, { message: 'Text cannot be empty' });

/** An email address, as a contact point. */
export const EmailSchema = z.email('Expected an email address like privacy@example.com').max(254);

/** An absolute http(s) URL. */
export const UrlSchema = z.url({ protocol: /^https?$/, message: 'Expected an http(s) URL' }).max(2_000);
