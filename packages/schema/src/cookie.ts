import { z } from 'zod';
import { byShape } from './by-shape.js';
import { DurationSchema } from './duration.js';
import { SnakeKeySchema, TextSchema } from './keys.js';

/** Cookie categories as consent banners group them. */
export const CookieCategorySchema = z.enum(['strictly_necessary', 'preferences', 'analytics', 'marketing']).meta({
  description: 'The cookie category, as consent banners group them.',
});
/** A cookie category. */
export type CookieCategory = z.infer<typeof CookieCategorySchema>;

/** Where in the browser the value lives. */
export const StorageKindSchema = z
  .enum(['cookie', 'local_storage', 'session_storage', 'indexed_db'])
  .meta({ description: 'Where in the browser the value lives.' });
/** A browser storage kind. */
export type StorageKind = z.infer<typeof StorageKindSchema>;

/** How long a cookie or stored value lives: the browser session, a duration, or until removed. */
export const CookieLifetimeSchema = byShape(
  { string: z.enum(['session', 'persistent']), object: z.strictObject({ duration: DurationSchema.meta({ description: 'How long the value lives.' }) }) },
  'a cookie lifetime: "session", "persistent", or { "duration": { "days": 30 } }',
).meta({ description: 'How long it lives: "session", "persistent" (until removed), or { duration }.' });
/** A cookie lifetime. */
export type CookieLifetime = z.infer<typeof CookieLifetimeSchema>;

/**
 * A cookie or browser storage entry, such as the auth session or a JWT in localStorage. When a policy
 * names only a category ("we use analytics cookies"), give only `category` (and `purpose` if it says
 * why): name, storage and lifetime are then not published.
 */
export const CookieSchema = z.strictObject({
  name: TextSchema.optional().meta({ description: "The cookie's name, or what the policy calls it." }),
  category: CookieCategorySchema,
  storage: StorageKindSchema.optional(),
  purpose: TextSchema.optional().meta({ description: "Why it is used, in the policy's words." }),
  lifetime: CookieLifetimeSchema.optional(),
  /** `first_party`, or the key of the recipient that sets it (e.g. `google_analytics`). */
  provider: SnakeKeySchema.default('first_party').meta({ description: '"first_party", or the key of the recipient that sets it.' }),
});
/** A cookie or browser storage entry. */
export type Cookie = z.infer<typeof CookieSchema>;
