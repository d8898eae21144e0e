import { z } from 'zod';
import { DurationSchema } from './duration.js';
import { SnakeKeySchema, TextSchema } from './keys.js';

/** Cookie categories as consent banners group them. */
export const CookieCategorySchema = z.enum(['strictly_necessary', 'preferences', 'analytics', 'marketing']);
/** A cookie category. */
export type CookieCategory = z.infer<typeof CookieCategorySchema>;

/** Where in the browser the value lives. */
export const StorageKindSchema = z.enum(['cookie', 'local_storage', 'session_storage', 'indexed_db']);
/** A browser storage kind. */
export type StorageKind = z.infer<typeof StorageKindSchema>;

/** How long a cookie or stored value lives: the browser session, a duration, or until removed. */
export const CookieLifetimeSchema = z.union([
  z.literal('session'),
  z.literal('persistent'),
  z.strictObject({ duration: DurationSchema }),
]);
/** A cookie lifetime. */
export type CookieLifetime = z.infer<typeof CookieLifetimeSchema>;

/** A cookie or browser storage entry, such as the auth session or a JWT in localStorage. */
export const CookieSchema = z.strictObject({
  name: TextSchema,
  category: CookieCategorySchema,
  storage: StorageKindSchema,
  purpose: TextSchema,
  lifetime: CookieLifetimeSchema,
  /** `first_party`, or the key of the recipient that sets it (e.g. `google_analytics`). */
  provider: SnakeKeySchema.default('first_party'),
});
/** A cookie or browser storage entry. */
export type Cookie = z.infer<typeof CookieSchema>;
