import {
  AgeInputError,
  agePolicyOf,
  checkParentalConsent,
  ConsentMethodSchema,
  evaluateAgeGate,
  JURISDICTION_SOURCES,
  parseConsentRecord,
  type AgeGateResult,
} from '@priv/age';
import { isValidTimeZone, purposeLabel, type PrivacyManifest } from '@priv/schema';
import { Hono } from 'hono';
import { z } from 'zod';
import { hashPassword, PASSWORD_MAX, PASSWORD_MIN } from '../auth/passwords.js';
import { startSession } from '../auth/sessions.js';
import { page, type AppEnv, type Ctx } from '../context.js';
import { createAccount, emailTaken } from '../domain/accounts.js';
import { agreedPurposes, consentOffer, type ConsentOffer } from '../domain/consent.js';
import { field, fields, readForm, readJson, type FormFields } from '../http/input.js';
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
  birthDate: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Write the date as YYYY-MM-DD, e.g. 2011-06-01'),
  country: z.string().refine((c) => COUNTRIES.some((x) => x.code === c), 'Pick a country from the list'),
  timeZone: z.string().refine((z) => isValidTimeZone(z), 'Pick a time zone from the list'),
});
type Signup = z.infer<typeof SignupSchema>;

/** The oldest birth date accepted: 120 years before today (older is a typo, such as 1800 or 0001). */
export const OLDEST_AGE_YEARS = 120;

/** The password chosen at sign-up (checked apart from the rest: it is never shown back). */
const PasswordSchema = z.string().min(PASSWORD_MIN, `At least ${PASSWORD_MIN} characters`).max(PASSWORD_MAX, `At most ${PASSWORD_MAX} characters`);

/** A birth date more than 120 years before `now` (UTC calendar), as an issue, or `undefined`. */
function tooOld(birthDate: string, now: Date): { pathText: string; message: string } | undefined {
  const oldest = `${String(now.getUTCFullYear() - OLDEST_AGE_YEARS).padStart(4, '0')}${now.toISOString().slice(4, 10)}`;
  return birthDate < oldest
    ? { pathText: 'birthDate', message: `A birth date before ${oldest} (${OLDEST_AGE_YEARS} years ago) cannot be right: check the year` }
    : undefined;
}

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
        Choose a password <span class="hint">(at least {PASSWORD_MIN} characters; stored only as an argon2id hash)</span>
        <input type="password" name="password" required minlength={PASSWORD_MIN} maxlength={PASSWORD_MAX} autocomplete="new-password" />
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

function PurposeBox(props: { purpose: string; label: string; checked: boolean }) {
  return (
    <label class="plain">
      <input type="checkbox" name="purposes" value={props.purpose} checked={props.checked} /> {props.label}
    </label>
  );
}

/** The parent's consent form: nothing pre-ticked, withheld purposes not offered, the typed values kept after an error. */
function ConsentForm(props: {
  s: Signup;
  manifest: PrivacyManifest;
  gate: Extract<AgeGateResult, { status: 'needs_parental_consent' }>;
  offer: ConsentOffer;
  values?: FormFields;
}) {
  const labels = new Map(props.manifest.purposes.map((p) => [p.key, purposeLabel(p)]));
  const v = props.values ?? {};
  const ticked = new Set(fields(v, 'purposes'));
  return (
    <form method="post" action="/signup/consent" class="stack card" data-testid="consent-form">
      <Hidden s={props.s} />
      <h3>A parent or guardian gives consent</h3>
      <label>
        Their name
        <input type="text" name="parentName" required maxlength={200} value={field(v, 'parentName')} />
      </label>
      <label>
        They are the child's
        <select name="role">
          {props.gate.consent.from.map((r) => (
            <option value={r} selected={field(v, 'role') === r}>
              {words(r)}
            </option>
          ))}
        </select>
      </label>
      <label>
        How consent was given
        <select name="method">
          {ConsentMethodSchema.options.map((m) => (
            <option value={m} selected={field(v, 'method') === m}>
              {words(m)}
            </option>
          ))}
        </select>
      </label>
      <fieldset data-testid="required-purposes">
        <legend class="small">The account needs these purposes: tick each one you agree to (without them the account cannot be opened)</legend>
        {props.offer.required.map((p) => (
          <PurposeBox purpose={p} label={labels.get(p) ?? words(p)} checked={ticked.has(p)} />
        ))}
      </fieldset>
      {props.offer.optional.length > 0 ? (
        <fieldset data-testid="optional-purposes">
          <legend class="small">Optional: tick only if you agree</legend>
          {props.offer.optional.map((p) => (
            <PurposeBox purpose={p} label={labels.get(p) ?? words(p)} checked={ticked.has(p)} />
          ))}
        </fieldset>
      ) : null}
      {props.offer.withheld.length > 0 ? (
        <p class="small muted" data-testid="withheld-purposes">
          Not asked and not recorded for this account:{' '}
          {props.offer.withheld
            .map(
              (p) =>
                `${labels.get(p) ?? words(p)} (${props.offer.withheldBy[p] === 'platform' ? 'the policy restricts it for minors' : props.offer.withheldBy[p] === 'jurisdiction' ? 'the law does not allow it at this age' : 'not allowed without a known age'})`,
            )
            .join(', ')}
          .
        </p>
      ) : null}
      <label>
        The child's password <span class="hint">(at least {PASSWORD_MIN} characters)</span>
        <input type="password" name="password" required minlength={PASSWORD_MIN} maxlength={PASSWORD_MAX} autocomplete="new-password" />
      </label>
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

async function readSignup(c: Ctx): Promise<{ ok: true; s: Signup; form: FormFields } | { ok: false; res: Response }> {
  const form = await readForm(c);
  const values = Object.fromEntries((['name', 'email', 'birthDate', 'country', 'timeZone'] as const).map((k) => [k, field(form, k)])) as Record<
    keyof Signup,
    string
  >;
  const parsed = SignupSchema.safeParse(values);
  if (!parsed.success) return { ok: false, res: await formPage(c, { values, issues: issuesOf(parsed.error) }) };
  const old = tooOld(parsed.data.birthDate, c.get('now')());
  if (old) return { ok: false, res: await formPage(c, { values, issues: [old] }) };
  // An impossible date (2010-02-30) is the age gate's typed error: shown on the form, with what was typed.
  try {
    evaluateAgeGate(agePolicyOf(c.get('policy').manifest), gateInput(parsed.data, c.get('now')()));
  } catch (error) {
    if (error instanceof AgeInputError)
      return { ok: false, res: await formPage(c, { values, issues: [{ pathText: error.pathText, message: error.message }] }) };
    throw error;
  }
  return { ok: true, s: parsed.data, form };
}

/** The password typed, or the issue with it. */
function passwordOf(form: FormFields): { ok: true; password: string } | { ok: false; issue: { pathText: string; message: string } } {
  const parsed = PasswordSchema.safeParse(field(form, 'password'));
  return parsed.success
    ? { ok: true, password: parsed.data }
    : { ok: false, issue: { pathText: 'password', message: parsed.error.issues[0]?.message ?? 'Choose a password' } };
}

/** Creates the account with its password hash and signs it in (a fresh session). */
async function openAccount(c: Ctx, s: Signup, password: string, consent?: Parameters<typeof createAccount>[2]['consent']) {
  const policy = c.get('policy');
  const now = c.get('now')();
  const account = await createAccount(c.get('db'), policy.manifest, {
    policyId: policy.id,
    name: s.name,
    email: s.email,
    birthDate: s.birthDate,
    country: s.country,
    timeZone: s.timeZone,
    createdAt: now,
    passwordHash: await hashPassword(password),
    ...(consent ? { consent } : {}),
  });
  await startSession(c, c.get('db'), c.get('secret'), { kind: 'learner', subject: account.id }, now);
  return account;
}

const EMAIL_TAKEN = { pathText: 'email', message: 'This email already has an account: sign in instead, or use another email' };

async function formPage(c: Ctx, extra: { values?: Partial<Record<keyof Signup, string>>; issues?: { pathText: string; message: string }[] } = {}) {
  const m = c.get('policy').manifest;
  return page(
    c,
    'Sign up',
    <>
      <h1>Sign up</h1>
      <p class="lead">
        The age gate of <code>@priv/age</code> applies the stricter of this policy ({m.controller.name}) and the law of your country. Try the same birth date
        under policy 000 and policy 002.
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
            You are {gate.age}. Under this policy and the law in {JURISDICTION_SOURCES[s.country]?.name ?? s.country}, people under {gate.rules.consentBelow}{' '}
            need {gate.consent.kind === 'verifiable_parental_consent' ? 'verifiable consent' : 'consent'} from a {gate.consent.from.map(words).join(' or ')}.
          </p>
          {gate.consent.neededUntil ? (
            <p>
              Consent is needed until <strong data-testid="needed-until">{formatDay(gate.consent.neededUntil)}</strong>.
            </p>
          ) : null}
          <p class="small muted">{rulesLine(gate)}</p>
        </div>
        <ConsentForm s={s} manifest={policy.manifest} gate={gate} offer={consentOffer(policy.manifest, consentSubject(s, now))} />
      </>,
    );
  }
  if (gate.status !== 'allowed') throw new BadInput(400, 'Enter your date of birth.', [{ pathText: 'birthDate', message: 'Required' }]);
  const password = passwordOf(read.form);
  if (!password.ok) return formPage(c, { values: s, issues: [password.issue] });
  if (await emailTaken(c.get('db'), s.email)) return formPage(c, { values: s, issues: [EMAIL_TAKEN] });
  await openAccount(c, s, password.password);
  return c.redirect('/account?welcome=1', 303);
});

function consentSubject(s: Signup, now: Date) {
  return { birthDate: s.birthDate, jurisdiction: s.country, timeZone: s.timeZone, on: now };
}

/** The consent form again, with what was typed and what is wrong. */
function consentAgain(
  c: Ctx,
  s: Signup,
  form: FormFields,
  gate: Extract<AgeGateResult, { status: 'needs_parental_consent' }>,
  offer: ConsentOffer,
  issues: { pathText: string; message: string }[],
) {
  return page(
    c,
    'Parental consent needed',
    <>
      <div class="banner bad" data-testid="consent-errors">
        <strong>Please check the consent</strong>
        <IssueList issues={issues} />
      </div>
      <ConsentForm s={s} manifest={c.get('policy').manifest} gate={gate} offer={offer} values={form} />
    </>,
    422,
  );
}

signupRoutes.post('/signup/consent', async (c) => {
  const read = await readSignup(c);
  if (!read.ok) return read.res;
  const { s, form } = read;
  const policy = c.get('policy');
  const now = c.get('now')();
  const gate = evaluateAgeGate(agePolicyOf(policy.manifest), gateInput(s, now));
  if (gate.status !== 'needs_parental_consent')
    throw new BadInput(
      422,
      gate.status === 'allowed' ? 'No consent is needed: please sign up directly.' : 'Consent cannot help here: the age gate refuses this sign-up.',
      [{ pathText: 'birthDate', message: 'No consent step for this birth date' }],
    );
  const offer = consentOffer(policy.manifest, consentSubject(s, now));
  const agreed = agreedPurposes(offer, fields(form, 'purposes'));
  const parentName = field(form, 'parentName').trim().slice(0, 200);
  const issues: { pathText: string; message: string }[] = [];
  if (!parentName) issues.push({ pathText: 'consentedBy.name', message: 'Enter the name of the parent or guardian' });
  const password = passwordOf(form);
  if (!password.ok) issues.push(password.issue);
  const missing = offer.required.filter((p) => !agreed.includes(p));
  if (missing.length > 0)
    issues.push({
      pathText: 'purposes',
      message: `The account cannot be opened without consent to: ${missing.map(words).join(', ')}. Optional purposes may stay unticked.`,
    });
  if (await emailTaken(c.get('db'), s.email)) issues.push(EMAIL_TAKEN);
  if (issues.length > 0 || !password.ok) return consentAgain(c, s, form, gate, offer, issues);
  // The record holds exactly what was agreed: the purposes ticked, nothing pre-filled, nothing withheld.
  const record = parseConsentRecord({
    consentedBy: { role: field(form, 'role'), name: parentName },
    consentedAt: now.toISOString(),
    method: field(form, 'method'),
    purposes: agreed,
  });
  const check = checkParentalConsent(agePolicyOf(policy.manifest), record, { ...gateInput(s, now), purposes: offer.required });
  if (check.status !== 'valid') {
    const why =
      check.status === 'invalid' && check.reason === 'giver_not_allowed'
        ? `Only ${check.allowedGivers.map(words).join(' or ')} may consent.`
        : 'The consent does not let this account go ahead.';
    return consentAgain(c, s, form, gate, offer, [{ pathText: 'consent', message: why }]);
  }
  await openAccount(c, s, password.password, record);
  return c.redirect('/account?welcome=consent', 303);
});

/** API: the age gate alone, as JSON. */
signupRoutes.post('/api/age-gate', async (c) => {
  const body = await readJson(c, 'Send a JSON body: { "birthDate": "2011-06-01", "country": "DE", "timeZone": "Europe/Berlin" }');
  const parsed = SignupSchema.pick({ birthDate: true, country: true, timeZone: true }).safeParse(body);
  if (!parsed.success) throw new BadInput(400, 'Invalid sign-up data', issuesOf(parsed.error));
  const old = tooOld(parsed.data.birthDate, c.get('now')());
  if (old) throw new BadInput(400, 'Invalid sign-up data', [old]);
  const gate = evaluateAgeGate(agePolicyOf(c.get('policy').manifest), { ...parsed.data, jurisdiction: parsed.data.country, on: c.get('now')() });
  return c.json({ policy: c.get('policy').id, gate });
});
