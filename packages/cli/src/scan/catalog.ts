import {
  VendorCatalogSchema,
  type CatalogSdk,
  type CatalogStorage,
  type CatalogVendor,
  type VendorCatalog,
  type VendorCatalogInput,
  type VendorKind,
} from './catalog-schema.js';
import { VENDOR_CATALOG_DATA } from './vendor-catalog-data.js';

/** An SDK with everything a finding needs: its vendor, kind, the data it typically receives and what it stores. */
export interface ResolvedSdk {
  readonly package: string;
  readonly vendor: CatalogVendor;
  readonly kind: VendorKind;
  readonly side: CatalogSdk['side'];
  readonly categories: readonly string[];
  /** What it sets in the browser: the vendor's storage for browser SDKs, none for server SDKs. */
  readonly storage: readonly CatalogStorage[];
}

/** A validated catalog with lookups by npm package and by vendor id. */
export interface CatalogIndex {
  readonly catalog: VendorCatalog;
  readonly vendors: ReadonlyMap<string, CatalogVendor>;
  /** The SDK an npm package name belongs to: an exact entry, else a scope entry (`@sentry/*`). */
  readonly sdkFor: (packageName: string) => ResolvedSdk | undefined;
}

/**
 * Validates a catalog and indexes it.
 *
 * @param input - a catalog (the shipped one by default)
 * @returns the index
 * @throws {z.ZodError} when the catalog is not valid (unknown vendor, duplicate package, unknown category)
 * @example
 * const index = indexCatalog();
 * index.sdkFor('@sentry/nextjs')?.vendor.name; // 'Sentry'
 * index.sdkFor('@sentry/some-new-sdk')?.vendor.name; // 'Sentry' (the @sentry/* entry)
 */
export function indexCatalog(input: VendorCatalogInput = VENDOR_CATALOG_DATA): CatalogIndex {
  const catalog = VendorCatalogSchema.parse(input);
  const vendors = new Map(catalog.vendors.map((v) => [v.id, v]));
  const resolve = (sdk: CatalogSdk): ResolvedSdk => {
    const vendor = vendors.get(sdk.vendor) as CatalogVendor;
    return {
      package: sdk.package,
      vendor,
      kind: sdk.kind,
      side: sdk.side,
      categories: vendor.categories,
      storage: sdk.side === 'server' ? [] : vendor.storage,
    };
  };
  const exact = new Map<string, ResolvedSdk>();
  const scopes = new Map<string, ResolvedSdk>();
  for (const sdk of catalog.sdks) {
    if (sdk.package.endsWith('/*')) scopes.set(sdk.package.slice(0, -2), resolve(sdk));
    else exact.set(sdk.package, resolve(sdk));
  }
  const sdkFor = (name: string): ResolvedSdk | undefined => {
    const hit = exact.get(name);
    if (hit) return hit;
    const slash = name.indexOf('/');
    if (name.startsWith('@') && slash > 0) {
      const scoped = scopes.get(name.slice(0, slash));
      if (scoped) return { ...scoped, package: name };
    }
    return undefined;
  };
  return { catalog, vendors, sdkFor };
}

let shipped: CatalogIndex | undefined;

/**
 * The shipped vendor catalog, validated once and indexed.
 *
 * @returns the index
 * @example
 * shippedCatalog().sdkFor('posthog-js')?.kind; // 'analytics'
 */
export function shippedCatalog(): CatalogIndex {
  shipped ??= indexCatalog();
  return shipped;
}
