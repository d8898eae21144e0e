import { Hono } from 'hono';
import { z } from 'zod';

import { page, type AppEnv } from '../context.js';
import { getAccount, listAccounts, setHold } from '../domain/accounts.js';
import { listPolicies } from '../domain/policies.js';
import { lastPurgeRun, purgeStatus, requestPurge, type PurgeRun } from '../domain/purge.js';
import { logError } from '../log.js';
import { resetDemo } from '../domain/seed.js';
import { BadInput } from '../errors.js';
import { field, readForm } from '../http/input.js';
import { requireOperator } from './auth.js';

/** The operator's pages: every account (ids and states only), legal holds, the real purge, reset. */
export const operatorRoutes = new Hono<AppEnv>();

function RunLine(props: { run: PurgeRun }) {
  const r = props.run;
  return (
    <span class="small">
      {r.asOf.slice(0, 19).replace('T', ' ')} UTC: {r.summary.scanned} scanned, {r.summary.due.total} acted on ({r.summary.due.delete} deleted,{' '}
      {r.summary.due.anonymise} anonymised, {r.summary.due.archive} archived), {r.summary.kept.on_hold} kept on hold, {r.accountsTouched} account
      {r.accountsTouched === 1 ? '' : 's'} touched
    </span>
  );
}

operatorRoutes.get('/operator', async (c) => {
  requireOperator(c);
  const db = c.get('db');
  const accounts = await listAccounts(db);
  const policies = await listPolicies(db);
  const runs = await Promise.all(policies.map(async (p) => [p.id, await lastPurgeRun(db, p.id)] as const));
  const done = c.req.query('done');
  const status = purgeStatus(db);
  return page(
    c,
    'Operator',
    <>
      <h1>Operator</h1>
      <p class="lead">
        Accounts by id and state only: the operator places and releases legal holds and runs the real purge, but reads no learner's data here (each learner sees
        their own under “Your data”).
      </p>
      {done ? (
        <div class="banner ok" data-testid="operator-done">
          {done === 'purge'
            ? 'The purge is queued: it runs at the real time over what is due then (reload to see it done).'
            : done === 'reset'
              ? 'The demo data was reset; every learner session ended.'
              : 'Saved.'}
        </div>
      ) : null}
      <div class="card">
        <h2 class="mt0">Run the purge now</h2>
        <p class="small muted">
          As of this moment: only what the policy's retention rules make due now is deleted, anonymised or archived; accounts on legal hold keep everything.
        </p>
        <form method="post" action="/operator/purge" class="row">
          <select name="policy" data-testid="purge-policy">
            <option value="all">every policy</option>
            {policies.map((p) => (
              <option value={p.id}>
                {p.id} {p.title}
              </option>
            ))}
          </select>
          <button type="submit" data-testid="operator-purge">
            Run the purge now
          </button>
        </form>
        {status.running || status.pending.length > 0 ? (
          <p class="small" data-testid="purge-busy">
            Purging now: {status.running ?? '—'}; queued: {status.pending.join(', ') || 'none'}.
          </p>
        ) : null}
        <ul class="small" data-testid="purge-runs">
          {runs.map(([id, run]) => (
            <li>
              {id}: {run ? <RunLine run={run} /> : <span class="muted">no run yet</span>}
            </li>
          ))}
        </ul>
      </div>
      <table data-testid="accounts-table">
        <thead>
          <tr>
            <th>Account</th>
            <th>Policy</th>
            <th>State</th>
            <th>Legal hold</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((a) => (
            <tr data-testid={`account-${a.id}`}>
              <td>
                <code>{a.id}</code>
                {a.seeded ? <span class="small muted"> demo</span> : null}
              </td>
              <td>{a.policy_id}</td>
              <td>
                {a.deleted_at ? <span class="pill bad">deletion requested</span> : <span class="pill ok">active</span>}
                {a.consent ? <span class="pill info">parental consent</span> : null}
              </td>
              <td>
                <form method="post" action={`/operator/accounts/${encodeURIComponent(a.id)}/hold`} class="row">
                  {a.hold ? (
                    <>
                      <span class="pill warn">on hold</span>
                      <input type="hidden" name="hold" value="release" />
                      <button type="submit" class="secondary" data-testid={`hold-${a.id}`}>
                        Release
                      </button>
                    </>
                  ) : (
                    <>
                      <input type="hidden" name="hold" value="place" />
                      <input type="text" name="reason" value="Litigation: case 2026-114" maxlength={200} aria-label="Reason" />
                      <button type="submit" data-testid={`hold-${a.id}`}>
                        Place a hold
                      </button>
                    </>
                  )}
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="card mt16">
        <h2 class="mt0">Reset the demo data</h2>
        <p class="small muted">Deletes every account, record, purge run and upload, seeds the demo accounts again and ends every learner's session.</p>
        <form method="post" action="/operator/reset">
          <button class="danger" type="submit" data-testid="reset-demo">
            Reset demo data
          </button>
        </form>
      </div>
    </>,
  );
});

const HoldSchema = z.object({ hold: z.enum(['place', 'release']), reason: z.string().trim().max(200) });

operatorRoutes.post('/operator/accounts/:id/hold', async (c) => {
  requireOperator(c);
  const db = c.get('db');
  const account = await getAccount(db, c.req.param('id'));
  if (!account) throw new BadInput(404, 'There is no such account.', [{ pathText: 'id', message: 'Unknown account' }]);
  const form = await readForm(c);
  const parsed = HoldSchema.safeParse({ hold: field(form, 'hold'), reason: field(form, 'reason') });
  if (!parsed.success)
    throw new BadInput(400, 'Choose to place or release the hold (a reason of at most 200 characters).', [
      { pathText: 'hold', message: 'Expected "place" or "release"' },
    ]);
  const now = c.get('now')();
  await setHold(
    db,
    account.id,
    parsed.data.hold === 'place'
      ? { id: `hold-${account.id}-${now.getTime()}`, placedAt: now.toISOString(), reason: parsed.data.reason || 'Legal hold' }
      : null,
  );
  return c.redirect('/operator?done=hold', 303);
});

operatorRoutes.post('/operator/purge', async (c) => {
  requireOperator(c);
  const db = c.get('db');
  const which = field(await readForm(c), 'policy') || 'all';
  const policies = (await listPolicies(db)).filter((p) => which === 'all' || p.id === which);
  if (policies.length === 0) throw new BadInput(404, 'There is no such policy.', [{ pathText: 'policy', message: 'Unknown policy' }]);
  requestPurge(db, policies, c.get('now'), (error) => logError('purge', error), { gapMs: c.get('purgeGapMs') });
  return c.redirect('/operator?done=purge', 303);
});

operatorRoutes.post('/operator/reset', async (c) => {
  requireOperator(c);
  const db = c.get('db');
  await readForm(c);
  await resetDemo(db, c.get('now')());
  await db.query("delete from sessions where kind = 'learner'");
  return c.redirect('/operator?done=reset', 303);
});
