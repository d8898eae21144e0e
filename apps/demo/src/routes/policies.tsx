import { formatDuration, safeParseManifestJson, type PrivacyManifest } from '@priv/schema';
import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { endSession } from '../auth/sessions.js';
import { field, readForm, readText, refuseNulIn } from '../http/input.js';
import { page, type AppEnv, type Ctx } from '../context.js';
import { BadInput } from '../errors.js';
import { findPolicy, listPolicies, saveUploadedPolicy, type DemoPolicy } from '../domain/policies.js';
import { IssueList } from '../views/layout.js';

/** "Pick a policy": the five seeds and uploads, and the `privacy.json` upload with its errors by path. */
export const policyRoutes = new Hono<AppEnv>();

function ageLine(m: PrivacyManifest): string {
  if (!m.age || m.age.minimumAge === undefined) return 'No minimum age stated: only the law of the country decides.';
  const consent =
    m.age.parentalConsentBelow && m.age.parentalConsentBelow > m.age.minimumAge
      ? `; ${m.age.minimumAge}–${m.age.parentalConsentBelow - 1} with a parent's consent`
      : '';
  return `From ${m.age.minimumAge}${consent}.`;
}

function PolicyCard(props: { p: DemoPolicy; selected: boolean }) {
  const m = props.p.manifest;
  const notice = m.notice?.material?.advanceNotice;
  return (
    <div class={`card${props.selected ? ' selected' : ''}`} data-testid={`policy-${props.p.id}`}>
      <div class="row between">
        <strong>
          {props.p.id} · {props.p.title}
        </strong>
        {props.selected ? <span class="pill info">in use</span> : null}
      </div>
      <p class="small muted">
        {m.controller.name}, version {m.version}, effective {m.effectiveDate}
      </p>
      <ul class="small">
        <li>Ages: {ageLine(m)}</li>
        <li>
          {m.collections.length} kinds of data, {m.recipients.length} recipients, {m.retention.length} retention rules
        </li>
        <li>Material changes: {notice ? `${formatDuration(notice)} notice` : 'no advance notice promised'}</li>
      </ul>
      <form method="post" action="/policy/select">
        <input type="hidden" name="policy" value={props.p.id} />
        <button type="submit" class={props.selected ? 'secondary' : ''} data-testid={`use-${props.p.id}`}>
          {props.selected ? 'Using this policy' : 'Use this policy'}
        </button>
      </form>
    </div>
  );
}

function UploadForm(props: { text?: string }) {
  return (
    <div class="card">
      <h2 class="mt0">Or bring your own privacy.json</h2>
      <p class="small muted">
        The file is checked by <code>@priv/schema</code> (every field and every cross-reference). Problems are listed with the path where they are.
      </p>
      <form method="post" action="/policy/upload" enctype="multipart/form-data" class="stack">
        <label>
          privacy.json file <span class="hint">(or paste it below)</span>
          <input type="file" name="file" accept=".json,application/json" data-testid="upload-file" />
        </label>
        <label>
          JSON text
          <textarea name="text" rows={6} data-testid="upload-text" placeholder='{ "version": "1.0.0", ... }'>
            {props.text ?? ''}
          </textarea>
        </label>
        <div>
          <button type="submit" data-testid="upload-submit">
            Check and use
          </button>
        </div>
      </form>
    </div>
  );
}

async function pickerPage(c: Ctx, extra?: { issues: { pathText: string; message: string }[]; text: string; summary: string }) {
  const policies = await listPolicies(c.get('db'));
  const current = c.get('policy');
  return page(
    c,
    'Pick a policy',
    <>
      <h1>Pick a policy</h1>
      <p class="lead">
        Every page of this coding school is driven by one manifest: the sign-up age gate, what your data page lists, the deletion timeline, the AI redaction and
        the published policy. Pick one of five real policies (encoded in <code>@priv/examples</code>) and click through.
      </p>
      <div class="card small" data-testid="tour">
        <strong>A ten-minute tour:</strong> (1) keep policy 000 and <a href="/signup">sign up</a> as a 14-year-old — a parent must consent; switch to 002 and
        try again — refused until 16. (2) Look at <a href="/account">your data</a> and download it. (3) <a href="/signin">Sign in</a> as Ben
        (ben.002@example.com, the demo password printed at start), open <a href="/account/delete">Delete my account</a> and preview the purge at a day; as the
        operator, place a legal hold on him, run the purge, release the hold, run it again. (4) Paste an email into the <a href="/tutor">AI tutor</a>. (5){' '}
        <a href="/policy/edit">Draft a new policy version</a> and see the notice it needs.
      </div>
      {extra ? (
        <div class="banner bad" data-testid="upload-errors">
          <h2>This privacy.json cannot be used</h2>
          <p>{extra.summary}</p>
          <IssueList issues={extra.issues} />
        </div>
      ) : null}
      <div class="grid">
        {policies.map((p) => (
          <PolicyCard p={p} selected={p.id === current.id} />
        ))}
      </div>
      <UploadForm text={extra?.text} />
    </>,
    extra ? 400 : 200,
  );
}

policyRoutes.get('/', (c) => pickerPage(c));

policyRoutes.post('/policy/select', async (c) => {
  const form = await readForm(c);
  const id = field(form, 'policy');
  const policy = await findPolicy(c.get('db'), id);
  if (!policy) throw new BadInput(404, `There is no policy "${id.slice(0, 40)}". Pick one from the list.`);
  setCookie(c, 'policy', policy.id, { path: '/', httpOnly: true, sameSite: 'Lax' });
  // An account lives under the policy it signed up with: switching policy signs it out.
  if (c.get('account') && c.get('account')?.policy_id !== policy.id) await endSession(c, c.get('db'), c.get('secret'));
  return c.redirect(c.req.header('referer')?.endsWith('/policy') ? '/policy' : '/', 303);
});

policyRoutes.post('/policy/upload', async (c) => {
  const form = await readForm(c);
  let text = '';
  const file = Array.isArray(form.file) ? form.file[0] : form.file;
  if (file instanceof File && file.size > 0) text = await file.text();
  else text = field(form, 'text');
  if (!text.trim()) throw new BadInput(400, 'Choose a privacy.json file or paste its JSON text.', [{ pathText: 'file', message: 'Nothing was uploaded' }]);
  const result = safeParseManifestJson(text);
  if (!result.success) {
    const issues = result.error.issues.map((i) => ({ pathText: i.pathText, message: i.message }));
    const summary = `${issues.length} problem${issues.length === 1 ? '' : 's'} found. Fix them in your file and upload it again.`;
    return pickerPage(c, { issues, text: text.length > 20_000 ? '' : text, summary });
  }
  refuseNulIn(result.data);
  const policy = await saveUploadedPolicy(c.get('db'), result.data);
  setCookie(c, 'policy', policy.id, { path: '/', httpOnly: true, sameSite: 'Lax' });
  if (c.get('account')) await endSession(c, c.get('db'), c.get('secret'));
  return c.redirect('/policy', 303);
});

/** API: validate a manifest (JSON body) without storing it. */
policyRoutes.post('/api/manifests/validate', async (c) => {
  const text = await readText(c);
  const result = safeParseManifestJson(text);
  if (result.success) refuseNulIn(result.data);
  if (!result.success)
    return c.json({ valid: false, issues: result.error.issues.map((i) => ({ path: i.path, pathText: i.pathText, code: i.code, message: i.message })) }, 400);
  return c.json({ valid: true, version: result.data.version, controller: result.data.controller.name });
});
