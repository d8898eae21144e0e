import { classifyChanges, diffManifests, InsufficientNoticeError, planNotice, renderChangeSummary, type ClassifiedDiff, type NoticePlan } from '@priv/notice';
import { formatDuration, safeParseManifestJson, type PrivacyManifest } from '@priv/schema';
import { Hono } from 'hono';
import { raw } from 'hono/html';
import { page, type AppEnv, type Ctx } from '../context.js';
import { nextVersion, PRESETS, type PresetKey } from '../domain/presets.js';
import { formatDay, formatInstant, isoDay, words } from '../views/format.js';
import { IssueList } from '../views/layout.js';
import { field, readForm } from '../http/input.js';

/** The notice editor: a new version of the manifest, its domain diff, material/minor, earliest effective date and the notice schedule per channel. */
export const noticeEditorRoutes = new Hono<AppEnv>();

interface Outcome {
  readonly text: string;
  readonly issues?: { pathText: string; message: string }[];
  readonly diff?: ClassifiedDiff;
  readonly plan?: NoticePlan;
  readonly tooEarly?: { requested: string; earliest: string };
  readonly email?: { subject: string; html: string };
}

function Results(props: { o: Outcome; old: PrivacyManifest }) {
  const { diff, plan } = props.o;
  if (!diff || !plan) return null;
  return (
    <div data-testid="notice-results">
      {props.o.tooEarly ? (
        <div class="banner bad" data-testid="too-early">
          <strong>{formatDay(props.o.tooEarly.requested)} is too early.</strong> The policy promises{' '}
          {plan.advanceNotice ? formatDuration(plan.advanceNotice) : 'notice'} before material changes: the earliest effective date is{' '}
          {formatDay(props.o.tooEarly.earliest)}.
        </div>
      ) : null}
      <div class={`banner ${diff.changes.length === 0 ? 'info' : diff.material ? 'warn' : 'ok'}`} data-testid="classification">
        <h2>
          {diff.changes.length === 0 ? 'No changes' : diff.material ? 'Material change' : 'Minor change'}: {diff.changes.length} change
          {diff.changes.length === 1 ? '' : 's'}
        </h2>
        <p>
          Earliest effective date: <strong data-testid="earliest-date">{formatDay(plan.earliestEffectiveDate)}</strong> ({plan.earliestEffectiveDate},{' '}
          {plan.timeZone})
          {plan.advanceNotice ? ` — ${formatDuration(plan.advanceNotice)} of notice from ${formatDay(plan.noticeStartsOn)}` : ' — no advance notice promised'}.
        </p>
      </div>
      <h2>What changed</h2>
      <table data-testid="diff-table">
        <thead>
          <tr>
            <th>Change</th>
            <th>Where</th>
            <th>Class</th>
            <th>Why</th>
          </tr>
        </thead>
        <tbody>
          {diff.changes.map((ch) => (
            <tr>
              <td>
                {ch.summary}
                <div class="small muted">{words(ch.kind)}</div>
              </td>
              <td>
                <code>{ch.pathText}</code>
              </td>
              <td>
                <span class={`pill ${ch.classification === 'material' ? 'warn' : 'ok'}`}>{ch.classification}</span>
              </td>
              <td class="small">{ch.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Notice schedule</h2>
      {plan.channels.length === 0 ? (
        <p>No channel is promised: update the published page by the effective date.</p>
      ) : (
        <table data-testid="schedule-table">
          <thead>
            <tr>
              <th>Channel</th>
              <th>Promised?</th>
              <th>Last day to send</th>
              <th>Send before</th>
            </tr>
          </thead>
          <tbody>
            {plan.channels.map((ch) => (
              <tr>
                <td>{words(ch.channel)}</td>
                <td>{ch.promised ? `yes (${ch.governedBy} changes${ch.advanceNotice ? `, ${formatDuration(ch.advanceNotice)}` : ''})` : 'may use'}</td>
                <td>{formatDay(ch.lastSendDate)}</td>
                <td>{formatInstant(ch.sendBefore, plan.timeZone)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <details class="card">
        <summary>How this was computed</summary>
        <ol class="small">
          {plan.explanation.map((line) => (
            <li>{line}</li>
          ))}
        </ol>
      </details>
      {props.o.email ? (
        <div class="card" data-testid="email-preview">
          <h3 class="mt0">Notice email: {props.o.email.subject}</h3>
          <div class="policy-render">{raw(props.o.email.html)}</div>
        </div>
      ) : null}
    </div>
  );
}

function editorPage(c: Ctx, o: Outcome, status: 200 | 400 | 422 = 200) {
  const policy = c.get('policy');
  const today = isoDay(c.get('now')(), policy.manifest.timeZone);
  return page(
    c,
    'Draft a new policy version',
    <>
      <h1>Draft a new policy version</h1>
      <p class="lead">
        Edit the manifest of <strong>{policy.title}</strong> (version {policy.manifest.version}). <code>@priv/notice</code> lists what changed in domain terms,
        classifies each change as material or minor, and plans the notice this policy promises.
      </p>
      <div class="row">
        <span class="small muted">Try an example edit:</span>
        {(Object.keys(PRESETS) as PresetKey[]).map((k) => (
          <form method="post" action="/policy/edit">
            <input type="hidden" name="preset" value={k} />
            <button class="secondary" type="submit" data-testid={`preset-${k}`}>
              {PRESETS[k]}
            </button>
          </form>
        ))}
      </div>
      {o.issues ? (
        <div class="banner bad" data-testid="editor-errors">
          <strong>This version is not a valid manifest</strong>
          <IssueList issues={o.issues} />
        </div>
      ) : null}
      <Results o={o} old={policy.manifest} />
      <form method="post" action="/policy/edit" class="card gridform">
        <label>
          New version (the whole manifest, JSON)
          <textarea name="manifest" rows={18} data-testid="editor-text">
            {o.text}
          </textarea>
        </label>
        <div class="row">
          <label>
            Effective on <span class="hint">(optional; checked against the promised notice)</span>
            <input type="date" name="effectiveDate" min={today} />
          </label>
          <button type="submit" data-testid="editor-submit">
            Compare with the current version
          </button>
        </div>
      </form>
    </>,
    status,
  );
}

noticeEditorRoutes.get('/policy/edit', (c) => {
  const policy = c.get('policy');
  const today = isoDay(c.get('now')(), policy.manifest.timeZone);
  return editorPage(c, { text: JSON.stringify(nextVersion(policy.manifest, today), null, 2) });
});

noticeEditorRoutes.post('/policy/edit', async (c) => {
  const policy = c.get('policy');
  const now = c.get('now')();
  const today = isoDay(now, policy.manifest.timeZone);
  const raw = await readForm(c);
  const form = { preset: field(raw, 'preset'), manifest: field(raw, 'manifest'), effectiveDate: field(raw, 'effectiveDate') };
  const preset = typeof form.preset === 'string' && form.preset in PRESETS ? (form.preset as PresetKey) : undefined;
  const text = preset ? JSON.stringify(nextVersion(policy.manifest, today, preset), null, 2) : typeof form.manifest === 'string' ? form.manifest : '';
  const parsed = safeParseManifestJson(text);
  if (!parsed.success) return editorPage(c, { text, issues: parsed.error.issues.map((i) => ({ pathText: i.pathText, message: i.message })) }, 400);
  const diff = classifyChanges(diffManifests(policy.manifest, parsed.data));
  const requested = typeof form.effectiveDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(form.effectiveDate) ? form.effectiveDate : undefined;
  let plan: NoticePlan;
  let tooEarly: Outcome['tooEarly'];
  try {
    // No date asked for: the editor plans the earliest date that keeps every promise.
    plan = planNotice(diff, policy.manifest.notice, { publishedAt: now, effectiveDate: requested ?? 'earliest' });
  } catch (error) {
    if (!(error instanceof InsufficientNoticeError) || !requested) throw error;
    tooEarly = { requested, earliest: error.earliestEffectiveDate };
    plan = planNotice(diff, policy.manifest.notice, { publishedAt: now, effectiveDate: 'earliest' });
  }
  const email = diff.changes.length > 0 ? renderChangeSummary(diff, { manifest: parsed.data, plan }) : undefined;
  return editorPage(
    c,
    { text, diff, plan, ...(tooEarly ? { tooEarly } : {}), ...(email ? { email: { subject: email.subject, html: email.html } } : {}) },
    tooEarly ? 422 : 200,
  );
});
