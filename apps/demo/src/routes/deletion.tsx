import { canCancelDeletion, isHoldActive } from '@priv/retention';
import type { PrivacyManifest } from '@priv/schema';
import { Hono } from 'hono';
import { z } from 'zod';
import { page, type AppEnv, type Ctx } from '../context.js';
import { cancelDeletion, recordsOf, requestDeletion, toLegalHold, type Account } from '../domain/accounts.js';
import { previewPurge, retentionPolicyOf, type PurgeReport, type PurgeReportRow } from '../domain/purge.js';
import { categoryLabel, toPurgeRecord, type StoredRecord } from '../domain/records.js';
import { accountTimeline, type TimelineStep } from '../domain/timeline.js';
import { BadInput } from '../errors.js';
import { readForm } from '../http/input.js';
import { formatDate, formatInstant, isoDay, relative, words } from '../views/format.js';
import { NoRecordsLeft, requireAccount } from './account.js';

/** "Delete my account": the retention timeline, cancel within the grace period, a legal hold, and a purge run at a chosen date. */
export const deletionRoutes = new Hono<AppEnv>();

function actionText(step: TimelineStep): string {
  if (step.action === 'anonymise') return 'Anonymised';
  if (step.action === 'archive') return 'Archived';
  if (step.storage === 'active') return 'Removed from active systems';
  if (step.storage === 'backups') return 'Erased from backups';
  if (step.storage === 'logs') return 'Removed from logs';
  return 'Deleted';
}

function Step(props: { step: TimelineStep; m: PrivacyManifest; tz: string; now: Date; held: boolean; preview: boolean }) {
  const { step, m, tz, now } = props;
  const cats = step.categories.map((c) => categoryLabel(m, c)).join(', ');
  const past = step.at !== null && step.at.getTime() <= now.getTime();
  const cls = [props.held && step.kind !== 'recoverable_until' ? 'held' : '', past ? 'past' : ''].join(' ');
  let title: string;
  if (step.kind === 'recoverable_until') title = 'You can still recover your account until then (grace period)';
  else if (step.kind === 'due' && step.minimum) title = `Kept at least until then, then ${actionText(step).toLowerCase()}`;
  else if (step.kind === 'due') title = actionText(step);
  else if (step.keptReason === 'anchor_missing') title = `Kept until “${words(step.anchor ?? 'an event')}” happens; the retention period starts then`;
  else if (step.keptReason === 'no_rule') title = 'Kept: no retention rule of the policy covers it';
  else title = 'Kept with no end date';
  return (
    <li class={cls}>
      <div class="when">{step.at ? `${formatInstant(step.at, tz)} · ${relative(step.at, now)}` : 'No date'}</div>
      <div>
        <strong>{title}</strong>
        {props.held && step.kind !== 'recoverable_until' ? <span class="pill warn"> paused by the legal hold</span> : null}
        {past && step.kind === 'due' && !props.held ? <span class="pill bad">{props.preview ? ' at once' : ' due now: runs at the next purge'}</span> : null}
      </div>
      <div class="small">{cats}</div>
      <div class="small muted">
        {step.ruleDescription}
        {step.reason ? ` Why: ${step.reason}` : ''}
        {step.overrides ? ` (This keeps the data longer than the rule “${step.overrides}” alone would.)` : ''} <code>{step.rule}</code>
      </div>
    </li>
  );
}

function ReportTable(props: { rows: PurgeReportRow[]; m: PrivacyManifest; tz: string; kind: 'done' | 'kept' }) {
  if (props.rows.length === 0) return <p class="small muted">None.</p>;
  return (
    <table>
      <thead>
        <tr>
          <th>Record</th>
          <th>Copy</th>
          <th>{props.kind === 'done' ? 'Rule (due since)' : 'Why kept'}</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr>
            <td>
              {categoryLabel(props.m, r.category)} <span class="small muted">{r.id}</span>
            </td>
            <td>{r.storage ?? 'all'}</td>
            <td>
              {props.kind === 'done' ? (
                <>
                  <code>{r.rule}</code> {r.dueAt ? <span class="small muted">due {formatDate(new Date(r.dueAt), props.tz)}</span> : null}
                </>
              ) : (
                <>
                  <span class={`pill ${r.reason === 'on_hold' ? 'warn' : ''}`}>{words(r.reason ?? '')}</span>
                  {r.until ? <span class="small"> until {formatDate(new Date(r.until), props.tz)}</span> : null}
                  {r.rule ? (
                    <span class="small muted">
                      {' '}
                      <code>{r.rule}</code>
                    </span>
                  ) : null}
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Report(props: { report: PurgeReport; m: PrivacyManifest; tz: string }) {
  const r = props.report;
  return (
    <div class="card" data-testid="purge-report" id="purge">
      <h2 class="mt0">Preview: a purge as of {formatInstant(new Date(r.asOf), props.tz)}</h2>
      <p class="small muted" data-testid="preview-note">
        A preview only: nothing has been deleted. Over this account's {r.summary.scanned} stored records, a purge then would act on {r.summary.due.total} (
        {r.summary.due.delete} deleted, {r.summary.due.anonymise} anonymised, {r.summary.due.archive} archived) and keep {r.summary.kept.total} (
        {r.summary.kept.on_hold} on legal hold). The real purge runs at the real time, over what is due then.
      </p>
      <h3 data-testid="purge-deleted-count">Would be deleted: {r.deleted.length}</h3>
      <ReportTable rows={r.deleted} m={props.m} tz={props.tz} kind="done" />
      {r.anonymised.length > 0 ? (
        <>
          <h3>Would be anonymised: {r.anonymised.length}</h3>
          <ReportTable rows={r.anonymised} m={props.m} tz={props.tz} kind="done" />
        </>
      ) : null}
      <h3 data-testid="purge-kept-count">Would be kept: {r.kept.length}</h3>
      <ReportTable rows={r.kept} m={props.m} tz={props.tz} kind="kept" />
    </div>
  );
}

deletionRoutes.get('/account/delete', async (c) => {
  const account = requireAccount(c);
  if (account instanceof Response || account instanceof Promise) return account;
  const db = c.get('db');
  const m = c.get('policy').manifest;
  const now = c.get('now')();
  const tz = account.time_zone;
  const records = await recordsOf(db, account.id);
  const deleted = account.deleted_at !== null;
  const events = deleted ? account : { ...account, deletion_requested_at: now, deleted_at: now };
  const steps = accountTimeline(m, retentionPolicyOf(m), events, records, now);
  const hold = account.hold ? toLegalHold(account.hold) : undefined;
  const held = hold !== undefined && isHoldActive(hold, now);
  const recoverable = deleted && cancellation(m, account, records, now).cancellable;
  const previewDay = c.req.query('preview');
  let report: PurgeReport | undefined;
  let previewIssues: { pathText: string; message: string }[] | undefined;
  if (previewDay !== undefined) {
    const parsed = PurgeSchema.safeParse({ asOf: previewDay });
    if (parsed.success) report = await previewPurge(m, account, records, endOfDay(parsed.data.asOf, tz));
    else previewIssues = parsed.error.issues.map((i) => ({ pathText: 'preview', message: i.message }));
  }
  const defaultPurgeDay = previewDay && !previewIssues ? previewDay : isoDay(new Date(now.getTime() + 31 * 86_400_000), tz);
  return page(
    c,
    'Delete my account',
    <>
      <h1>Delete my account</h1>
      <p class="lead">
        What happens to each kind of data when {account.name} deletes the account, computed by <code>@priv/retention</code> from the policy's retention rules,
        with dates in {tz}.
      </p>
      {held && hold ? (
        <div class="banner warn" data-testid="hold-banner">
          <strong>Legal hold in place</strong> since {formatInstant(hold.placedAt, tz)}: {hold.reason}. Nothing of this account is deleted, anonymised or
          archived while the hold lasts, whatever the dates below say.
        </div>
      ) : null}
      {deleted ? (
        <div class="banner bad" data-testid="deletion-requested">
          <strong>Deletion requested</strong> on {formatInstant(account.deleted_at!, tz)}. Access to the account has ended.
          {recoverable ? (
            <form class="mt8" method="post" action="/account/delete/cancel">
              <button type="submit" class="secondary" data-testid="cancel-deletion">
                Cancel the deletion and recover my account
              </button>
            </form>
          ) : null}
        </div>
      ) : (
        <div class="banner info">
          <strong>If you delete your account now</strong>, this is what would happen:
        </div>
      )}
      {records.length === 0 ? (
        <p data-testid="nothing-left">
          <NoRecordsLeft consent={account.consent !== null} />
        </p>
      ) : (
        <ol class="timeline" data-testid="timeline">
          {steps.map((s) => (
            <Step step={s} m={m} tz={tz} now={now} held={held} preview={!deleted} />
          ))}
        </ol>
      )}
      {!deleted ? (
        <form class="my16" method="post" action="/account/delete">
          <button type="submit" class="danger" data-testid="delete-account">
            Delete my account
          </button>
        </form>
      ) : null}
      <div class="card mt16">
        <h2 class="mt0">Preview a purge</h2>
        <p class="small muted">
          What a purge on a given day would do to this account's records, planned by <code>@priv/retention</code> with any legal hold. A preview changes
          nothing; the real purge is run by the operator at the real time.
        </p>
        {previewIssues ? (
          <div class="banner bad" data-testid="preview-errors">
            {previewIssues.map((i) => (
              <div>{i.message}</div>
            ))}
          </div>
        ) : null}
        <form method="get" action="/account/delete" class="stack">
          <label>
            Preview the purge on <span class="hint">(a day, {tz})</span>
            <input type="date" name="preview" value={previewDay ?? defaultPurgeDay} data-testid="purge-date" />
          </label>
          <div>
            <button type="submit" data-testid="run-purge">
              Preview the purge on this day
            </button>
          </div>
        </form>
      </div>
      {report ? <Report report={report} m={m} tz={tz} /> : null}
    </>,
    previewIssues ? 400 : 200,
  );
});

function signedIn(account: Account | undefined): Account {
  if (!account) throw new BadInput(401, 'Sign in first: there is no account in this browser.', [{ pathText: 'session', message: 'Not signed in' }]);
  return account;
}

/** Whether this account's deletion may still be cancelled now (`@priv/retention`'s `canCancelDeletion`). */
function cancellation(m: PrivacyManifest, account: Account, records: readonly StoredRecord[], now: Date) {
  return canCancelDeletion(
    retentionPolicyOf(m),
    records.map((r) => toPurgeRecord(r, account)),
    now,
  );
}

deletionRoutes.post('/account/delete', async (c) => {
  const account = signedIn(c.get('account'));
  await readForm(c); // no fields, but a malformed body is still a 400
  await requestDeletion(c.get('db'), account.id, c.get('now')());
  return c.redirect('/account/delete', 303);
});

deletionRoutes.post('/account/delete/cancel', async (c: Ctx) => {
  const account = signedIn(c.get('account'));
  await readForm(c);
  const now = c.get('now')();
  if (!account.deleted_at) return c.redirect('/account/delete', 303);
  const decision = cancellation(c.get('policy').manifest, account, await recordsOf(c.get('db'), account.id), now);
  if (!decision.cancellable) {
    const why =
      decision.reason === 'no_grace_period'
        ? 'This policy has no grace period: a deletion cannot be cancelled once requested.'
        : `The grace period ended on ${formatInstant(decision.until, account.time_zone)}: the deletion can no longer be cancelled.`;
    throw new BadInput(409, why, [{ pathText: 'deletion', message: decision.reason }]);
  }
  await cancelDeletion(c.get('db'), account.id);
  return c.redirect('/account/delete', 303);
});

/** A purge day: a real calendar day between 2000 and 2100. */
export const PurgeSchema = z.object({
  asOf: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Write the day as YYYY-MM-DD')
    .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'That day does not exist')
    .refine((d) => d >= '2000-01-01' && d <= '2100-12-31', 'Pick a day between 2000 and 2100'),
});

/** The last instant (23:59:59.999) of a calendar day in a zone. */
function endOfDay(day: string, timeZone: string): Date {
  // Start from 23:59:59 UTC that day and shift by the zone's offset at that moment (twice, for DST).
  let guess = Date.parse(`${day}T23:59:59.999Z`);
  for (let i = 0; i < 2; i++) {
    const local = new Date(guess).toLocaleString('sv-SE', { timeZone, hourCycle: 'h23' }).replace(' ', 'T');
    const offset = Date.parse(`${local}Z`) - Math.floor(guess / 1000) * 1000;
    guess = Date.parse(`${day}T23:59:59.999Z`) - offset;
  }
  return new Date(guess);
}
