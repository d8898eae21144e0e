import { getDataCategory } from '@priv/schema';
import { describe, expect, it } from 'vitest';
import { indexCatalog, shippedCatalog } from '../src/scan/catalog.js';
import { VENDOR_CATALOG_DATA } from '../src/scan/vendor-catalog-data.js';
import { mentionsCatalogPackage } from '../src/scan/collect-traces.js';
import { namesMatch, wordsOf } from '../src/scan/match-recipients.js';

describe('the vendor catalog', () => {
  const catalog = shippedCatalog().catalog;

  it('has at least 150 SDKs (exact npm packages) across every kind the issue names', () => {
    const exact = catalog.sdks.filter((s) => !s.package.endsWith('/*'));
    expect(exact.length).toBeGreaterThanOrEqual(150);
    const kinds = new Set(catalog.vendors.flatMap((v) => v.kinds));
    for (const kind of [
      'payments',
      'authentication',
      'database',
      'email',
      'analytics',
      'monitoring',
      'session_replay',
      'ai_model_provider',
      'support_chat',
      'hosting',
      'cdn',
      'video',
      'object_storage',
      'feature_flags',
      'advertising',
    ]) {
      expect(kinds, kind).toContain(kind);
    }
  });

  it('uses only @priv/schema data categories', () => {
    for (const vendor of catalog.vendors) for (const key of vendor.categories) expect(getDataCategory(key), `${vendor.id}: ${key}`).toBeDefined();
  });

  it('refuses an SDK of an unknown vendor, a duplicate package and an unknown category', () => {
    const vendor = VENDOR_CATALOG_DATA.vendors[0];
    expect(() => indexCatalog({ vendors: [vendor!], sdks: [{ package: 'x', vendor: 'nobody', kind: 'payments', side: 'server' }] })).toThrow(
      /Unknown vendor nobody/,
    );
    expect(() =>
      indexCatalog({
        vendors: [vendor!],
        sdks: [
          { package: 'x', vendor: vendor!.id, kind: 'payments', side: 'server' },
          { package: 'x', vendor: vendor!.id, kind: 'payments', side: 'server' },
        ],
      }),
    ).toThrow(/Duplicate package x/);
    expect(() => indexCatalog({ vendors: [{ ...vendor!, categories: ['user.thoughts'] }], sdks: [] })).toThrow();
  });

  it('maps exact packages first, then the vendor scope; server SDKs set no browser storage', () => {
    const index = shippedCatalog();
    expect(index.sdkFor('@aws-sdk/client-ses')?.vendor.id).toBe('amazon_ses');
    expect(index.sdkFor('@aws-sdk/client-sqs')?.vendor.id).toBe('aws');
    expect(index.sdkFor('@sentry/deno')).toMatchObject({ package: '@sentry/deno', vendor: { id: 'sentry' } });
    expect(index.sdkFor('posthog-node')?.storage).toEqual([]);
    expect(index.sdkFor('posthog-js')?.storage.length).toBeGreaterThan(0);
    expect(index.sdkFor('left-pad')).toBeUndefined();
  });
});

describe('recipient names', () => {
  const vendor = (id: string) => {
    const v = shippedCatalog().vendors.get(id);
    if (!v) throw new Error(id);
    return v;
  };
  it.each([
    [{ key: 'stripe', name: 'Stripe, Inc.' }, 'stripe', true],
    [{ key: 'payments', name: 'Stripe Payments Europe Ltd' }, 'stripe', true],
    [{ key: 'ga4', name: 'Google Analytics 4' }, 'google_analytics', true],
    [{ key: 'google', name: 'Google LLC' }, 'google_analytics', true],
    [{ key: 'google_cloud', name: 'Google Cloud' }, 'google_analytics', false],
    [{ key: 'azure', name: 'Microsoft Azure' }, 'microsoft_clarity', false],
    [{ key: 'gemini', name: 'Google (Gemini API)' }, 'google_gemini', true],
    [{ key: 'fly_io', name: 'Fly.io' }, 'fly_io', true],
    [{ key: 'customerio', name: 'Customer IO' }, 'customer_io', true],
    [{ key: 'ai_tutor', name: 'Our AI tutor provider' }, 'openai', false],
  ])('%o is %s: %s', (recipient, id, expected) => {
    expect(namesMatch(recipient, vendor(id))).toBe(expected);
  });

  it('splits names into plain words', () => {
    expect(wordsOf('Crème-Brûlée_Analytics GmbH')).toEqual(['creme', 'brulee', 'analytics', 'gmbh']);
    expect(wordsOf('Customer.io')).toEqual(['customerio']);
  });
});

describe('mentionsCatalogPackage (the pre-filter before parsing)', () => {
  const index = shippedCatalog();
  it('flags a file for every exact catalog package in every import form, so no import is skipped', () => {
    for (const sdk of index.catalog.sdks.filter((s) => !s.package.endsWith('/*'))) {
      for (const form of [`import x from '${sdk.package}';`, `const x = require("${sdk.package}/sub");`, 'const x = await import(`' + sdk.package + '`);']) {
        expect(mentionsCatalogPackage(form, index), form).toBe(true);
      }
    }
    expect(mentionsCatalogPackage("import { redactText } from '@priv/redact';", index)).toBe(true);
    expect(mentionsCatalogPackage("import { x } from '@sentry/new-thing';", index)).toBe(true);
  });

  it('lets files that name no SDK go unparsed', () => {
    expect(mentionsCatalogPackage("import React from 'react';\nimport { a } from './stripe';\nconst s = 'hello';", index)).toBe(false);
  });
});
