import { agePolicyOf, checkParentalConsent, ConsentMethodSchema, evaluateAgeGate, JURISDICTION_SOURCES, parseConsentRecord, type AgeGateResult } from '@priv/age';
import { isValidTimeZone, purposeLabel, type PrivacyManifest } from '@priv/schema';
import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { z } from 'zod';
import { page, type AppEnv, type Ctx } from '../context.js';
import { createAccount } from '../domain/accounts.js';
import { COUNTRIES, defaultZone, TIME_ZONES } from '../domain/places.js';
import { BadInput } from '../errors.js';
import { formatDay, words } from '../views/format.js';
import { IssueList } from '../views/layout.js';

/** Sign-up: the age gate of `@priv/age` under the policy in use, and the parental consent it may ask for. */
export const signupRoutes = new Hono<AppEnv>();

/** The sign-up form, checked before the gate runs. */
export const SignupSchema = z.object({
  name: z.string().trim().min(1, 'Enter your name').max(100, 'At most 100 characters'),
  email: z.email('Enter an email address like you@example.com').max(200),
  birthDate: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, 'Write the date as YYYY-MM-DD, e.g. 2011-06-01'),
  country: z.string().refine((c) => COUNTRIES.some((x) => x.code === c), 'Pick a country from the list'),
  timeZone: z.string().refine((z) => isValidTimeZone(z), 'Pick a time zone from the list'),
});
type Signup = z.infer<typeof SignupSchema>;

function issuesOf(error: z.ZodError): { pathText: string; message: string }[] {
  return error.issues.map((i) => ({ pathText: i.path.map(String).join('.'), message: i.message }));
}

function SignupForm(props: { values?: Partial<Record<keyof Signup, string>>; manifest: PrivacyManifest }) {
  const v = props.values ?? {};
  const country = v.country ?? 'GB';
  return (
    <form method="post" action="/signup" class="stack card" data-testid="signup-form">
      <label>
        Name
        <input type="text" name="name" value={v.name ?? ''} required maxlength={100} />
      </label>
      <label>
        Email
        <input type="email" name="email" value={v.email ?? ''} required />
      </label>
      <label>
        Date of birth <span class="hint">YYYY-MM-DD</span>
        <input type="text" name="birthDate" value={v.birthDate ?? ''} placeholder="2011-06-01" inputmode="numeric" required />
      </label>
      <label>
        Country or region <span class="hint">(decides the age of digital consent)</span>
        <select name="country">
          {COUNTRIES.map((c) => (
            <option value={c.code} selected={c.code === country}>
              {c.name} ({c.code})
            </option>
          ))}
        </select>
      </label>
      <label>
        Your time zone <span class="hint">(your birthday starts at midnight there)</span>
        <select name="timeZone">
          {TIME_ZONES.map((z) => (
            <option value={z} selected={z === (v.timeZone ?? defaultZone(country))}>
              {z}
            </option>
          ))}
        </select>
      </label>
      <div>
        <button type="submit" data-testid="signup-submit">
          Continue
        </button>
      </div>
    </form>
  );
}

function rulesLine(gate: AgeGateResult): string {
  const r = gate.rules;
  const law = JURISDICTION_SOURCES[r.jurisdiction.code];
  const band = r.consentBelow > r.minimumAge ? `from ${r.minimumAge} to ${r.consentBelow - 1} with consent` : 'no consent band';
  return `Minimum age ${r.minimumAge} (the platform), ${band} (decided by ${r.consentDecidedBy === 'both' ? 'the platform and the law alike' : r.consentDecidedBy === 'platform' ? 'the platform' : `the law: ${law?.law ?? r.jurisdiction.code}`}).`;
}

function Hidden(props: { s: Signup }) {
  return (
    <>
      {(Object.keys(props.s) as (keyof Signup)[]).map((k) => (
        <input type="hidden" name={k} value={props.s[k]} />
      ))}
    </>
  );
}

/** Purposes the new account is used for: those of the collections that are not optional. */
function accountPurposes(m: PrivacyManifest): string[] {
  return [...new Set(m.collections.filter((c) => !c.optional).flatMap((c) => c.purposes))];
}

function ConsentForm(props: { s: Signup; manifest: PrivacyManifest; gate: Extract<AgeGateResult, { status: 'needs_parental_consent' }> }) {
  const purposes = accountPurposes(props.manifest);
  const labels = new Map(props.manifest.purposes.map((p) => [p.key, purposeLabel(p)]));
  return (
    <form method="post" action="/signup/consent" class="stack card" data-testid="consent-form">
      <Hidden s={props.s} />
      <h3>A parent or guardian gives consent</h3>
      <label>
        Their name
        <input type="text" name="parentName" required maxlength={200} />
      </label>
      <label>
        They are the child's
        <select name="role">
          {props.gate.consent.from.map((r) => (
            <option value={r}>{words(r)}</option>
          ))}
        </select>
      </label>
      <label>
        How consent was given
        <select name="method">
          {ConsentMethodSchema.options.map((m) => (
            <option value={m}>{words(m)}</option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend class="small">They agree to these purposes</legend>
        {purposes.map((p) => (
          <label style="font-weight:400">
            <input type="checkbox" name="purposes" value={p} checked /> {labels.get(p) ?? words(p)}
          </label>
        ))}
      </fieldset>
      <div>
        <button type="submit" data-testid="consent-submit">
          Record consent and create the account
        </button>
      </div>
    </form>
  );
}

function gateInput(s: Signup, now: Date) {
  return { birthDate: s.birthDate, jurisdiction: s.country, on: now, timeZone: s.timeZone };
}

async function readSignup(c: Ctx): Promise<{ ok: true; s: Signup; form: Record<string, unknown> } | { ok: false; res: Response }> {
  const form = await c.req.parseBody({ all: true });
  const parsed = SignupSchema.safeParse(form);
  if (parsed.success) return { ok: true, s: parsed.data, form };
  const values = Object.fromEntries(Object.entries(form).filter(([, v]) => typeof v === 'string')) as Record<keyof Signup, string>;
  return { ok: false, res: await formPage(c, { values, issues: issuesOf(parsed.error) }) };
}

async function formPage(c: Ctx, extra: { values?: Partial<Record<keyof Signup, string>>; issues?: { pathText: string; message: string }[] } = {}) {
  const m = c.get('policy').manifest;
  return page(
    c,
    'Sign up',
    <>
      <h1>Sign up</h1>
      <p class="lead">
        The age gate of <code>@priv/age</code> applies the stricter of this policy ({m.controller.name}) and the law of your country. Try the same birth date under policy 000 and policy 002.
      </p>
      {extra.issues ? (
        <div class="banner bad" data-testid="signup-errors">
          <strong>Please check the form</strong>
          <IssueList issues={extra.issues} />
        </div>
      ) : null}
      <SignupForm values={extra.values} manifest={m} />
    </>,
    extra.issues ? 400 : 200,
  );
}

signupRoutes.get('/signup', (c) => formPage(c));

signupRoutes.post('/signup', async (c) => {
  const read = await readSignup(c);
  if (!read.ok) return read.res;
  const { s } = read;
  const policy = c.get('policy');
  const now = c.get('now')();
  const gate = evaluateAgeGate(agePolicyOf(policy.manifest), gateInput(s, now));
  if (gate.status === 'refused') {
    return page(
      c,
      'Sign-up refused',
      <div class="banner bad" data-testid="gate-refused">
        <h2>Sorry, you cannot sign up yet</h2>
        <p>
          You are {gate.age}. {policy.manifest.controller.name} accepts people from {gate.rules.minimumAge}.
        </p>
        {gate.eligibleOn ? (
          <p>
            You can sign up from <strong data-testid="eligible-on">{formatDay(gate.eligibleOn)}</strong> ({gate.eligibleOn}).
          </p>
        ) : null}
        <p class="small muted">{rulesLine(gate)} Nothing you entered was stored.</p>
        <p class="small">
          <a href="/signup">Back to sign-up</a> · <a href="/">Try the same birth date under another policy</a>
        </p>
      </div>,
    );
  }
  if (gate.status === 'needs_parental_consent') {
    return page(
      c,
      'Parental consent needed',
      <>
        <div class="banner warn" data-testid="gate-consent">
          <h2>A parent or guardian needs to agree</h2>
          <p>
            You are {gate.age}. Under this policy and the law in {JURISDICTION_SOURCES[s.country]?.name ?? s.country}, people under {gate.rules.consentBelow} need{' '}
            {gate.consent.kind === 'verifiable_parental_consent' ? 'verifiable consent' : 'consent'} from a {gate.consent.from.map(words).join(' or ')}.
          </p>
          {gate.consent.neededUntil ? (
            <p>
              Consent is needed until <strong data-testid="needed-until">{formatDay(gate.consent.neededUntil)}</strong>.
            </p>
          ) : null}
          <p class="small muted">{rulesLine(gate)}</p>
        </div>
        <ConsentForm s={s} manifest={policy.manifest} gate={gate} />
      </>,
    );
  }
  if (gate.status !== 'allowed') throw new BadInput(400, 'Enter your date of birth.', [{ pathText: 'birthDate', message: 'Required' }]);
  const account = await createAccount(c.get('db'), policy.manifest, { policyId: policy.id, name: s.name, email: s.email, birthDate: s.birthDate, country: s.country, timeZone: s.timeZone, createdAt: now });
  setCookie(c, 'account', account.id, { path: '/', httpOnly: true, sameSite: 'Lax' });
  return c.redirect('/account?welcome=1', 303);
});

signupRoutes.post('/signup/consent', async (c) => {
  const read = await readSignup(c);
  if (!read.ok) return read.res;
  const { s, form } = read;
  const policy = c.get('policy');
  const now = c.get('now')();
  const purposesField = form.purposes;
  const purposes = (Array.isArray(purposesField) ? purposesField : purposesField === undefined ? [] : [purposesField]).filter((p): p is string => typeof p === 'string');
  const parentName = typeof form.parentName === 'string' ? form.parentName.trim() : '';
  if (!parentName) throw new BadInput(400, 'Enter the name of the parent or guardian.', [{ pathText: 'consentedBy.name', message: 'Required' }]);
  const record = parseConsentRecord({
    consentedBy: { role: form.role, name: parentName },
    consentedAt: now.toISOString(),
    method: form.method,
    purposes: purposes.length > 0 ? purposes : undefined,
  });
  const check = checkParentalConsent(agePolicyOf(policy.manifest), record, { ...gateInput(s, now), purposes: accountPurposes(policy.manifest) });
  if (check.status !== 'valid') {
    const why =
      check.status === 'invalid'
        ? check.reason === 'purposes_not_covered'
          ? `The consent must cover every purpose the account is used for; missing: ${check.missingPurposes.map(words).join(', ')}.`
          : check.reason === 'giver_not_allowed'
            ? `Only ${check.allowedGivers.map(words).join(' or ')} may consent.`
            : 'The consent is dated after now.'
        : check.status === 'not_needed'
          ? 'No consent is needed: please sign up directly.'
          : 'Consent cannot help here: the age gate refuses this sign-up.';
    throw new BadInput(422, why, [{ pathText: check.status === 'invalid' && check.reason === 'purposes_not_covered' ? 'purposes' : 'consent', message: why }]);
  }
  const account = await createAccount(c.get('db'), policy.manifest, {
    policyId: policy.id,
    name: s.name,
    email: s.email,
    birthDate: s.birthDate,
    country: s.country,
    timeZone: s.timeZone,
    createdAt: now,
    consent: record,
  });
  setCookie(c, 'account', account.id, { path: '/', httpOnly: true, sameSite: 'Lax' });
  return c.redirect('/account?welcome=consent', 303);
});

/** API: the age gate alone, as JSON. */
signupRoutes.post('/api/age-gate', async (c) => {
  const body = await c.req.json().catch(() => {
    throw new BadInput(400, 'Send a JSON body: { "birthDate": "2011-06-01", "country": "DE", "timeZone": "Europe/Berlin" }');
  });
  const parsed = SignupSchema.pick({ birthDate: true, country: true, timeZone: true }).safeParse(body);
  if (!parsed.success) throw new BadInput(400, 'Invalid sign-up data', issuesOf(parsed.error));
  const gate = evaluateAgeGate(agePolicyOf(c.get('policy').manifest), { ...parsed.data, jurisdiction: parsed.data.country, on: c.get('now')() });
  return c.json({ policy: c.get('policy').id, gate });
});
