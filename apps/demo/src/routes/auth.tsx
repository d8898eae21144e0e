import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono } from 'hono';
import { verifyPassword } from '../auth/passwords.js';
import { endSession, startSession } from '../auth/sessions.js';
import { page, type AppEnv, type Ctx } from '../context.js';
import { BadInput } from '../errors.js';
import { field, readForm } from '../http/input.js';
import { IssueList } from '../views/layout.js';

/** Sign-in (learners and the operator, by email and password) and sign-out. */
export const authRoutes = new Hono<AppEnv>();

/** The client's address for the rate limit (the socket's, never a forwarded header anyone can set). */
function clientAddress(c: Ctx): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'in-process';
  }
}

function SignInPage(props: { email?: string; issues?: { pathText: string; message: string }[] }) {
  return (
    <>
      <h1>Sign in</h1>
      <p class="lead">
        With the email and password you signed up with. The seeded demo accounts (Ada, Ben, Mia) (ada.000@example.com, ben.002@example.com, …) share the demo
        password the server printed once when it first started; the operator (operator@demo.invalid) has its own, printed with it.
      </p>
      {props.issues ? (
        <div class="banner bad" data-testid="signin-errors">
          <IssueList issues={props.issues} />
        </div>
      ) : null}
      <form method="post" action="/signin" class="stack card" data-testid="signin-form">
        <label>
          Email
          <input type="email" name="email" value={props.email ?? ''} required maxlength={200} autocomplete="username" />
        </label>
        <label>
          Password
          <input type="password" name="password" required maxlength={200} autocomplete="current-password" />
        </label>
        <div>
          <button type="submit" data-testid="signin-submit">
            Sign in
          </button>
        </div>
      </form>
      <p class="small muted">
        No account yet? <a href="/signup">Sign up</a>.
      </p>
    </>
  );
}

authRoutes.get('/signin', (c) => page(c, 'Sign in', <SignInPage />));

/** The account or operator an email and password sign in, if any (both checked with argon2id). */
async function authenticate(c: Ctx, email: string, password: string): Promise<{ kind: 'learner' | 'operator'; subject: string } | undefined> {
  const db = c.get('db');
  const [operator] = await db.query<{ id: string; password_hash: string }>('select id, password_hash from operators where lower(email) = lower($1)', [email]);
  if (operator) return (await verifyPassword(operator.password_hash, password)) ? { kind: 'operator', subject: operator.id } : undefined;
  const accounts = await db.query<{ id: string; password_hash: string | null }>(
    'select id, password_hash from accounts where lower(email) = lower($1) and password_hash is not null order by created_at limit 5',
    [email],
  );
  if (accounts.length === 0) await verifyPassword(null, password); // as slow as a wrong password: no hint that the email is unknown
  for (const a of accounts) if (await verifyPassword(a.password_hash, password)) return { kind: 'learner', subject: a.id };
  return undefined;
}

authRoutes.post('/signin', async (c) => {
  const form = await readForm(c);
  const email = field(form, 'email').trim().slice(0, 200);
  const password = field(form, 'password').slice(0, 200);
  if (!email || !password)
    return page(
      c,
      'Sign in',
      <SignInPage email={email} issues={[{ pathText: email ? 'password' : 'email', message: 'Enter your email and password' }]} />,
      400,
    );
  const wait = await c.get('limiter').attempt(clientAddress(c), email);
  if (wait !== undefined) {
    c.header('Retry-After', String(wait));
    throw new BadInput(429, `Too many sign-in attempts. Try again in ${Math.ceil(wait / 60)} minute${wait > 60 ? 's' : ''}.`, [
      { pathText: 'email', message: 'Rate limited' },
    ]);
  }
  const who = await authenticate(c, email, password);
  if (!who)
    return page(
      c,
      'Sign in',
      <SignInPage email={email} issues={[{ pathText: 'password', message: 'That email and password do not match an account.' }]} />,
      401,
    );
  await c.get('limiter').succeeded(email);
  await startSession(c, c.get('db'), c.get('secret'), who, c.get('now')());
  return c.redirect(who.kind === 'operator' ? '/operator' : '/account', 303);
});

authRoutes.post('/signout', async (c) => {
  await readForm(c);
  await endSession(c, c.get('db'), c.get('secret'));
  return c.redirect('/signin', 303);
});

/** The signed-in operator, or a 403 page (a 401 when nobody is signed in). */
export function requireOperator(c: Ctx): true {
  if (c.get('operator')) return true;
  if (c.get('account'))
    throw new BadInput(403, 'Only the operator may do this. Sign out and sign in as the operator.', [{ pathText: 'session', message: 'Not the operator' }]);
  throw new BadInput(401, 'Sign in as the operator first.', [{ pathText: 'session', message: 'Not signed in' }]);
}
