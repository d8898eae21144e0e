import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedCatalog } from '../src/scan/catalog.js';

interface HandVendor {
  readonly id: string;
  readonly where: string;
  readonly inCatalog: boolean;
  readonly visibleInCode: boolean;
}
const byHand = JSON.parse(readFileSync(join(import.meta.dirname, 'real-apps', 'vendors-by-hand.json'), 'utf8')) as {
  apps: { name: string; repo: string; commit: string; half: string; vendors: HandVendor[] }[];
};

// The real apps cannot be fetched in CI; this keeps their hand-written vendor lists consistent with
// the catalog, so bench/real-apps.mjs compares like with like.
describe('the hand-written vendor lists of the real apps', () => {
  it('name at least three apps, each at a commit, with a tuning and a held-out half', () => {
    expect(byHand.apps.length).toBeGreaterThanOrEqual(3);
    for (const app of byHand.apps) expect(app.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(new Set(byHand.apps.map((a) => a.half))).toEqual(new Set(['tuning', 'held-out']));
  });

  it('mark a vendor as in the catalog exactly when the catalog has it', () => {
    const vendors = shippedCatalog().vendors;
    for (const app of byHand.apps) {
      for (const v of app.vendors) expect(vendors.has(v.id), `${app.name}: ${v.id}`).toBe(v.inCatalog || (app.half === 'tuning' && vendors.has(v.id)));
    }
  });
});
