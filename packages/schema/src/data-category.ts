import { z } from 'zod';
import { BUILT_IN_DATA_CATEGORIES, type BuiltInDataCategoryKey } from './data-category-taxonomy.js';
import { TextSchema } from './keys.js';

/** A dotted data category key: snake_case segments joined by dots (`user.contact.email`); built-in keys complete in an editor. */
export const DataCategoryKeySchema = z
  .string()
  .max(200)
  .regex(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/, 'Expected a dotted category key such as "user.contact.email" (snake_case segments joined by dots)')
  .meta({
    description: 'A dotted data category key: a built-in one (see examples) or one declared in `categories`.',
    examples: BUILT_IN_DATA_CATEGORIES.map((c) => c.key),
  }) as unknown as z.ZodType<DataCategoryKey, DataCategoryKey>;
/**
 * A data category key. Built-in keys autocomplete; any other dotted key is accepted by the type and
 * must be declared in the manifest's `categories` to pass validation.
 */
export type DataCategoryKey = BuiltInDataCategoryKey | (string & {});

/** A data category: its key, a short label and what it covers. */
export const DataCategorySchema = z.strictObject({
  key: DataCategoryKeySchema,
  label: TextSchema,
  description: TextSchema,
});
/** A data category: key, label and description. */
export type DataCategory = z.infer<typeof DataCategorySchema>;

/**
 * A team's own category, declared in a manifest without forking the taxonomy. Its parent (the key
 * without its last segment) must be a built-in or another declared category, unless it starts a new
 * top-level prefix such as `acme`. It cannot redefine a built-in key.
 */
export const CustomDataCategorySchema = DataCategorySchema;
/** A team's own data category. */
export type CustomDataCategory = DataCategory;

const BY_KEY: ReadonlyMap<string, DataCategory> = new Map(BUILT_IN_DATA_CATEGORIES.map((c) => [c.key, c]));

/**
 * Whether `key` is `parent` itself or lies below it in the taxonomy (segment-wise, so
 * `user.contactless` is not within `user.contact`).
 *
 * @param key - the category key to test
 * @param parent - the category key that may contain it
 * @returns `true` when `key` equals `parent` or starts with `parent` and a dot
 * @example
 * isWithin('user.contact.email', 'user.contact'); // true
 * isWithin('user.contact', 'user.contact'); // true
 * isWithin('user.contactless', 'user.contact'); // false
 */
export function isWithin(key: string, parent: string): boolean {
  return key === parent || key.startsWith(`${parent}.`);
}

/**
 * The parent of a key, or `undefined` for a top-level key.
 *
 * @param key - a dotted category key
 * @returns the key without its last segment, or `undefined` when it has none
 * @example
 * parentOf('user.contact.email'); // 'user.contact'
 * parentOf('user'); // undefined
 */
export function parentOf(key: string): string | undefined {
  const dot = key.lastIndexOf('.');
  return dot === -1 ? undefined : key.slice(0, dot);
}

/**
 * Every ancestor of a key, nearest first.
 *
 * @param key - a dotted category key such as `user.contact.email` (built-in or custom)
 * @returns the keys above it, nearest first (`[]` for a top-level key)
 * @example
 * ancestorsOf('user.contact.email'); // ['user.contact', 'user']
 */
export function ancestorsOf(key: string): string[] {
  const result: string[] = [];
  for (let p = parentOf(key); p !== undefined; p = parentOf(p)) result.push(p);
  return result;
}

/**
 * The direct children of `parent` among `categories` (the built-in taxonomy by default).
 *
 * @param parent - a dotted category key such as `user.contact`
 * @param categories - the taxonomy to search: the built-in categories by default, `taxonomyWith(manifest.categories)` for a manifest's own
 * @returns the categories exactly one level below `parent`, in taxonomy order
 * @example
 * childrenOf('user.contact').map((c) => c.key); // ['user.contact.email', 'user.contact.phone']
 */
export function childrenOf(parent: string, categories: readonly DataCategory[] = BUILT_IN_DATA_CATEGORIES): DataCategory[] {
  return categories.filter((c) => parentOf(c.key) === parent);
}

/**
 * Looks a built-in category up by key.
 *
 * @param key - a dotted category key
 * @returns the built-in category (key, label, description), or `undefined` when no built-in has that key (a custom one included)
 * @example
 * getDataCategory('user.contact.email')?.label; // 'Email address'
 * getDataCategory('user.nope'); // undefined
 */
export function getDataCategory(key: string): DataCategory | undefined {
  return BY_KEY.get(key);
}

/**
 * The built-in taxonomy plus a manifest's own categories, as one list.
 *
 * @param custom - a manifest's own `categories` (none by default)
 * @returns a new list: every built-in category, then the custom ones
 * @example
 * const all = taxonomyWith([{ key: 'user.content.notebook', label: 'Notebooks', description: 'Jupyter notebooks.' }]);
 * all.some((c) => c.key === 'user.content.notebook'); // true
 */
export function taxonomyWith(custom: readonly DataCategory[] = []): DataCategory[] {
  return [...BUILT_IN_DATA_CATEGORIES, ...custom];
}
