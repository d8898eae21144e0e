import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPolicy, listPolicies } from '../src/domain/policies.js';
import { SEED_POLICIES } from '../src/domain/policies.js';
import { testApp } from './helpers.js';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.db.close();
});

const upload = async (name: string) => {
  const base = SEED_POLICIES.find((p) => p.id === '001')!.manifest;
  const res = await t.form('/policy/upload', { text: JSON.stringify({ ...base, controller: { ...base.controller, name } }) });
  expect(res.status).toBe(303);
};

describe('uploaded policies are parsed once per upload', () => {
  it('the same upload is the same parsed policy on every request; a reset that reuses the id gives the new manifest', async () => {
    await upload('First School');
    const a = await findPolicy(t.db, 'upload-1');
    expect(a?.manifest.controller.name).toBe('First School');
    expect(await findPolicy(t.db, 'upload-1')).toBe(a); // not parsed again
    expect((await listPolicies(t.db)).find((p) => p.id === 'upload-1')).toBe(a);
    // Reset deletes uploads; the next upload is upload-1 again, with another manifest.
    expect((await t.form('/operator/reset', {}, await t.asOperator())).status).toBe(303);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await upload('Second School');
    const b = await findPolicy(t.db, 'upload-1');
    expect(b?.manifest.controller.name).toBe('Second School');
    expect(await findPolicy(t.db, 'upload-2')).toBeUndefined();
  });
});
