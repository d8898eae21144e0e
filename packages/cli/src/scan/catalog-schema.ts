import { BUILT_IN_DATA_CATEGORIES, CookieCategorySchema, DataCategoryKeySchema, ServiceTypeSchema, SnakeKeySchema, StorageKindSchema } from '@priv/schema';
import { z } from 'zod';

/**
 * What a vendor does: the manifest's service types plus the kinds a scan must tell apart that the
 * schema folds into `other` or `analytics` (session replay, feature flags, advertising, support chat,
 * messaging, search, maps, bot protection, realtime).
 */
export const VendorKindSchema = z.enum([
  ...ServiceTypeSchema.options,
  'session_replay',
  'feature_flags',
  'advertising',
  'support_chat',
  'messaging',
  'search',
  'maps',
  'bot_protection',
  'realtime',
  'crm',
]);
/** A vendor kind, e.g. `'payments'` or `'session_replay'`. */
export type VendorKind = z.infer<typeof VendorKindSchema>;

const builtIn = new Set<string>(BUILT_IN_DATA_CATEGORIES.map((c) => c.key));
/** A data category key from `@priv/schema`'s built-in taxonomy. */
export const CatalogCategorySchema = DataCategoryKeySchema.refine((key) => builtIn.has(key), { message: 'Not a built-in @priv/schema data category' });

/** A cookie or storage entry an SDK sets in the browser. */
export const CatalogStorageSchema = z.strictObject({
  name: z.string().min(1).max(100),
  storage: StorageKindSchema,
  category: CookieCategorySchema,
});
/** A cookie or storage entry an SDK sets. */
export type CatalogStorage = z.infer<typeof CatalogStorageSchema>;

/** A vendor (a processor product teams send data to). */
export const CatalogVendorSchema = z.strictObject({
  /** Stable id, snake_case: `stripe`, `google_analytics`. Also what `--link recipient=vendor` names. */
  id: SnakeKeySchema,
  /** The product's name as a policy would write it. */
  name: z.string().min(1).max(100),
  /** The company, when it has products under other names (Google, Amazon Web Services, Microsoft). */
  company: z.string().min(1).max(100).optional(),
  /** Other names a recipient may use for it (`Amazon SES`, `AWS`). */
  aliases: z.array(z.string().min(1).max(100)).max(20).default([]),
  kinds: z.array(VendorKindSchema).min(1).max(6),
  /** What it typically receives. */
  categories: z.array(CatalogCategorySchema).min(1).max(30),
  /** What its browser SDK sets (server SDKs set nothing). */
  storage: z.array(CatalogStorageSchema).max(30).default([]),
  /** Hosts its script tags or endpoints live on (`js.stripe.com`), found in code and HTML. */
  hosts: z
    .array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}(\/[\w./-]*)?$/))
    .max(20)
    .default([]),
  /** Config files whose presence shows the vendor is used (`vercel.json`). */
  configFiles: z.array(z.string().min(1).max(100)).max(10).default([]),
});
/** A vendor. */
export type CatalogVendor = z.infer<typeof CatalogVendorSchema>;

/** An npm package (an SDK) and the vendor it sends data to. */
export const CatalogSdkSchema = z.strictObject({
  /** An exact npm name, or a scope prefix ending in `/*` that catches the vendor's other packages. */
  package: z.string().regex(/^(@[a-z0-9._-]+\/)?([a-z0-9._-]+|\*)$/),
  vendor: SnakeKeySchema,
  kind: VendorKindSchema,
  /** Where it runs: browser SDKs set the vendor's cookies; server SDKs set none. */
  side: z.enum(['browser', 'server', 'universal']),
});
/** An SDK. */
export type CatalogSdk = z.infer<typeof CatalogSdkSchema>;

/** The vendor catalog: vendors, and the SDKs that send data to each. */
export const VendorCatalogSchema = z
  .strictObject({ vendors: z.array(CatalogVendorSchema).min(1), sdks: z.array(CatalogSdkSchema).min(1) })
  .superRefine((catalog, ctx) => {
    const ids = new Set<string>();
    catalog.vendors.forEach((v, i) => {
      if (ids.has(v.id)) ctx.addIssue({ code: 'custom', path: ['vendors', i, 'id'], message: `Duplicate vendor id ${v.id}` });
      ids.add(v.id);
    });
    const packages = new Set<string>();
    catalog.sdks.forEach((s, i) => {
      if (!ids.has(s.vendor)) ctx.addIssue({ code: 'custom', path: ['sdks', i, 'vendor'], message: `Unknown vendor ${s.vendor}` });
      if (packages.has(s.package)) ctx.addIssue({ code: 'custom', path: ['sdks', i, 'package'], message: `Duplicate package ${s.package}` });
      packages.add(s.package);
    });
  });
/** The vendor catalog as written. */
export type VendorCatalogInput = z.input<typeof VendorCatalogSchema>;
/** The vendor catalog, validated. */
export type VendorCatalog = z.infer<typeof VendorCatalogSchema>;
