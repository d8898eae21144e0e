import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_POLICIES } from '../src/domain/policies.js';
import { lastPurgeRun, purgeStatus, purgesIdle, requestPurge } from '../src/domain/purge.js';
import { testApp } from './helpers.js';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.db.close();
});

const count = async (account: string) => (await t.db.query<{ n: number }>('select count(*)::int as n from records where account_id = $1', [account]))[0]!.n;
const categories = async (account: string) =>
  (await t.db.query<{ category: string }>('select category from records where account_id = $1', [account])).map((r) => r.category);

describe('delete my account', () => {
  it('shows the timeline before deletion: 000 removes active copies at once and backups after 30 days', async () => {
    const html = await (await t.request('/account/delete', { cookies: await t.as('000-ada') })).text();
    expect(html).toContain('data-testid="timeline"');
    expect(html).toContain('Removed from active systems');
    expect(html).toContain('Erased from backups');
    expect(html).toContain('23 December 2026 at 00:00'); // 30 days counted from 23 November: gone when 22 December ends
  });

  it('004 shows the 7-day grace period, and the deletion can be cancelled within it', async () => {
    const ada = await t.as('004-ada');
    await t.form('/account/delete', {}, ada);
    const html = await (await t.request('/account/delete', { cookies: ada })).text();
    expect(html).toContain('grace period');
    expect(html).toContain('30 November 2026'); // recoverable until the end of 29 November
    expect(html).toContain('data-testid="cancel-deletion"');
    expect((await t.form('/account/delete/cancel', {}, ada)).status).toBe(303);
    const after = await (await t.request('/account/delete', { cookies: ada })).text();
    expect(after).not.toContain('data-testid="deletion-requested"');
  });

  it('cancelling after the grace period (004, Ben deleted 40 days ago) or under a policy with none (000) is refused, and the account stays deleted', async () => {
    for (const id of ['004-ben', '000-ben']) {
      const ben = await t.as(id);
      const page = await (await t.request('/account/delete', { cookies: ben })).text();
      expect(page).not.toContain('data-testid="cancel-deletion"');
      const res = await t.form('/account/delete/cancel', {}, ben);
      expect(res.status, id).toBe(409);
      expect(await res.text()).toMatch(id === '000-ben' ? /no grace period/ : /grace period ended/);
      const [row] = await t.db.query<{ deleted_at: Date | null }>('select deleted_at from accounts where id = $1', [id]);
      expect(row!.deleted_at).not.toBeNull();
    }
    // A fresh 000 deletion cannot be cancelled either: 000 has no grace period.
    const ada = await t.as('000-ada');
    await t.form('/account/delete', {}, ada);
    expect((await t.form('/account/delete/cancel', {}, ada)).status).toBe(409);
  });

  it('"purge at 2100-12-31" is a preview: it shows what would go and deletes nothing, for anyone', async () => {
    const before = await t.db.query<{ n: number }>('select count(*)::int as n from records');
    const html = await (await t.request('/account/delete?preview=2100-12-31', { cookies: await t.as('002-ada') })).text();
    expect(html).toContain('data-testid="purge-report"');
    expect(html).toContain('nothing has been deleted');
    expect(Number(/Would be deleted: (\d+)/.exec(html)?.[1])).toBeGreaterThan(0);
    expect(await t.db.query<{ n: number }>('select count(*)::int as n from records')).toEqual(before);
    // The old state-changing endpoint is gone.
    expect((await t.form('/account/purge', { asOf: '2100-12-31' }, await t.as('002-ada'))).status).toBe(404);
  });

  it('the real purge (operator, at the real time) deletes only what is due: Ben (002, deleted 40 days ago) loses personal data, keeps invoices 7 years; Ada keeps everything', async () => {
    const ben = await count('002-ben');
    const ada = await count('002-ada');
    const res = await t.form('/operator/purge', { policy: '002' }, await t.asOperator());
    expect(res.status).toBe(303);
    await purgesIdle(t.db);
    const run = (await lastPurgeRun(t.db, '002'))!;
    expect(run.asOf).toBe(t.now.toISOString());
    expect(run.summary.due.total).toBeGreaterThan(0);
    expect(await count('002-ben')).toBeLessThan(ben);
    expect(await categories('002-ben')).toContain('user.financial.invoice');
    expect(await count('002-ada')).toBe(ada);
  });

  it('a legal hold (operator) stops the real purge; released, the purge runs', async () => {
    const op = await t.asOperator();
    const before = await count('000-ben');
    await t.form('/operator/accounts/000-ben/hold', { hold: 'place', reason: 'Litigation' }, op);
    const page = await (await t.request('/account/delete', { cookies: await t.as('000-ben') })).text();
    expect(page).toContain('data-testid="hold-banner"');
    await t.form('/operator/purge', { policy: '000' }, op);
    await purgesIdle(t.db);
    expect(await count('000-ben')).toBe(before);
    await t.form('/operator/accounts/000-ben/hold', { hold: 'release', reason: '' }, op);
    await t.form('/operator/purge', { policy: '000' }, op);
    await purgesIdle(t.db);
    expect(await count('000-ben')).toBeLessThan(before);
  });

  it('purges are a job queue: a burst of requests answers at once, queues each policy once, and a sign-up meanwhile goes through', async () => {
    const op = await t.asOperator();
    const runs = async () => (await t.db.query<{ n: number }>("select count(*)::int as n from purge_runs where account_id like 'policy:%'"))[0]!.n;
    const before = await runs();
    const purges = Array.from({ length: 10 }, () => t.form('/operator/purge', { policy: 'all' }, op));
    const signup = t.form(
      '/signup',
      { name: 'Quick', email: 'quick@example.com', birthDate: '1990-01-01', country: 'GB', timeZone: 'Europe/London', password: 'a long password' },
      { policy: '003' },
    );
    const results = await Promise.all([...purges, signup]);
    expect(results.map((r) => r.status)).toEqual(Array(11).fill(303));
    expect(results[10]!.headers.get('location')).toBe('/account?welcome=1');
    await purgesIdle(t.db);
    expect(purgeStatus(t.db)).toEqual({ running: undefined, pending: [] });
    expect((await runs()) - before).toBeGreaterThanOrEqual(5);
    // Requests made together queue each policy once: 10 requests for 5 policies are 5 runs.
    const mid = await runs();
    for (let i = 0; i < 10; i++)
      requestPurge(
        t.db,
        SEED_POLICIES,
        () => t.now,
        (e) => {
          throw e;
        },
      );
    expect(purgeStatus(t.db).pending).toEqual(['000', '001', '002', '003', '004']);
    await purgesIdle(t.db);
    expect((await runs()) - mid).toBe(5);
  });

  it('refuses an impossible preview date with a 400 that keeps the page', async () => {
    const res = await t.request('/account/delete?preview=2027-02-30', { cookies: await t.as('001-ada') });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('does not exist');
    expect(html).toContain('data-testid="timeline"');
  });

  it('asks to sign in when nobody is', async () => {
    expect((await t.request('/account/delete')).status).toBe(401);
    expect((await t.form('/account/delete', {})).status).toBe(401);
  });
});

describe('records from the manifest', () => {
  it("a parental consent record exists only for a minor's account (004: Mia has one, Ada none)", async () => {
    expect(await categories('004-mia')).toContain('user.consent.parental');
    expect(await categories('004-ada')).not.toContain('user.consent.parental');
  });
});
