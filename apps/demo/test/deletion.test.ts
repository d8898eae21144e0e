import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastPurge } from '../src/domain/purge.js';
import { testApp } from './helpers.js';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.db.close();
});

const count = async (account: string) => (await t.db.query<{ n: number }>('select count(*)::int as n from records where account_id = $1', [account]))[0]!.n;

describe('delete my account', () => {
  it('shows the timeline before deletion: 000 removes active copies at once and backups after 30 days', async () => {
    const html = await (await t.request('/account/delete', { cookies: { account: '000-ada' } })).text();
    expect(html).toContain('data-testid="timeline"');
    expect(html).toContain('Removed from active systems');
    expect(html).toContain('Erased from backups');
    expect(html).toContain('23 December 2026 at 00:00'); // 30 days counted from 23 November: gone when 22 December ends
  });

  it('004 shows the 7-day grace period, and the deletion can be cancelled within it', async () => {
    await t.form('/account/delete', {}, { account: '004-ada' });
    const html = await (await t.request('/account/delete', { cookies: { account: '004-ada' } })).text();
    expect(html).toContain('grace period');
    expect(html).toContain('30 November 2026'); // recoverable until the end of 29 November
    expect(html).toContain('data-testid="cancel-deletion"');
    await t.form('/account/delete/cancel', {}, { account: '004-ada' });
    const after = await (await t.request('/account/delete', { cookies: { account: '004-ada' } })).text();
    expect(after).not.toContain('data-testid="deletion-requested"');
  });

  it('002: the purge deletes personal data of an account deleted 40 days ago, keeps invoices 7 years (tax)', async () => {
    const before = await count('002-ben');
    const res = await t.form('/account/purge', { asOf: '2026-11-22' }, { account: '002-ben' });
    expect(res.status).toBe(303);
    const report = (await lastPurge(t.db, '002-ben'))!;
    expect(report.deleted.length).toBeGreaterThan(0);
    expect(report.kept.map((k) => k.category)).toContain('user.financial.invoice');
    expect(report.kept.find((k) => k.category === 'user.financial.invoice')?.rule).toBe('financial_records_7_years');
    expect(await count('002-ben')).toBe(before - report.deleted.length);
    const html = await (await t.request('/account/delete', { cookies: { account: '002-ben' } })).text();
    expect(html).toContain('data-testid="purge-report"');
    // Active accounts under the same policy lose nothing.
    expect((await lastPurge(t.db, '002-ben'))!.summary.due.total).toBe(report.deleted.length + report.anonymised.length + report.archived.length);
  });

  it('a legal hold stops the purge; releasing it lets the purge run', async () => {
    const before = await count('000-ben');
    await t.form('/account/hold', { hold: 'place', reason: 'Litigation' }, { account: '000-ben' });
    const page = await (await t.request('/account/delete', { cookies: { account: '000-ben' } })).text();
    expect(page).toContain('data-testid="hold-banner"');
    await t.form('/account/purge', { asOf: '2027-01-01' }, { account: '000-ben' });
    const held = (await lastPurge(t.db, '000-ben'))!;
    expect(held.deleted).toHaveLength(0);
    expect(held.kept.every((k) => k.reason === 'on_hold')).toBe(true);
    expect(await count('000-ben')).toBe(before);
    await t.form('/account/hold', { hold: 'release' }, { account: '000-ben' });
    await t.form('/account/purge', { asOf: '2027-01-01' }, { account: '000-ben' });
    expect(await count('000-ben')).toBe(0);
  });

  it('refuses an impossible purge date with a 400', async () => {
    const res = await t.form('/account/purge', { asOf: '2027-02-30' }, { account: '000-ada' });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('does not exist');
  });

  it('asks to sign in when nobody is', async () => {
    expect((await t.request('/account/delete')).status).toBe(401);
    expect((await t.form('/account/purge', { asOf: '2027-01-01' })).status).toBe(404);
  });
});

describe('records from the manifest', () => {
  it("a parental consent record exists only for a minor's account (004: Mia has one, Ada none)", async () => {
    const cats = async (id: string) => (await t.db.query<{ category: string }>('select category from records where account_id = $1', [id])).map((r) => r.category);
    expect(await cats('004-mia')).toContain('user.consent.parental');
    expect(await cats('004-ada')).not.toContain('user.consent.parental');
  });
});
