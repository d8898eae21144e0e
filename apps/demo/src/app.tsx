import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie } from 'hono/cookie';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { secureHeaders } from 'hono/secure-headers';
import { createSignInLimiter, type SignInLimits } from './auth/rate-limit.js';
import { readSession } from './auth/sessions.js';
import { messagePage, wantsJson, type AppEnv, type Ctx } from './context.js';
import type { Db } from './db.js';
import { DEFAULT_POLICY_ID, findPolicy, SEED_POLICIES } from './domain/policies.js';
import { handleError } from './errors.js';
import { refuseBadRequestText } from './http/input.js';
import { accountRoutes } from './routes/account.js';
import { authRoutes } from './routes/auth.js';
import { deletionRoutes } from './routes/deletion.js';
import { noticeEditorRoutes } from './routes/notice-editor.js';
import { operatorRoutes } from './routes/operator.js';
import { policyPageRoutes } from './routes/policy-page.js';
import { policyRoutes } from './routes/policies.js';
import { signupRoutes } from './routes/signup.js';
import { tutorRoutes } from './routes/tutor.js';
import { CSS } from './views/style.js';

/** Largest request body accepted (a manifest upload, a chat message): 1 MB. */
export const MAX_BODY_BYTES = 1_000_000;

/** What the app needs: a migrated database, the cookie secret, and a clock (tests pass a fixed one). */
export interface AppDeps {
  readonly db: Db;
  /** Signs the session cookie: `cookieSecret(db)` (generated on first start). */
  readonly secret: string;
  readonly now?: () => Date;
  /** Sign-in attempts allowed (defaults: 30 per address per 10 minutes, 5 per email per 15 minutes). */
  readonly signInLimits?: SignInLimits;
  /** The least time between two purge runs of one policy (default 2 s; tests pass 0). */
  readonly purgeGapMs?: number;
}

/** The default {@link AppDeps.purgeGapMs}. */
export const PURGE_GAP_MS = 2000;

/**
 * Content-Security-Policy: nothing but this origin's stylesheet; no script at all (the pages have
 * none), no plugins, no framing by anyone, forms only to this origin.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'none'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
};

/** The whole web app: security middleware, the session, the policy in use, then one route module per flow. */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const now = deps.now ?? (() => new Date());
  const limiter = createSignInLimiter(deps.signInLimits);
  // Security headers on every answer, errors included: CSP, nosniff, DENY framing, no referrer leaks.
  app.use(
    '*',
    secureHeaders({ contentSecurityPolicy: CONTENT_SECURITY_POLICY, xFrameOptions: 'DENY', referrerPolicy: 'same-origin', crossOriginEmbedderPolicy: false }),
  );
  app.use('*', methodNotAllowed({ app, onMethodNotAllowed: (c, methods) => notAllowed(c, methods) }));
  app.use('*', async (c, next) => {
    c.set('db', deps.db);
    c.set('now', now);
    c.set('secret', deps.secret);
    c.set('operator', false);
    c.set('account', undefined);
    c.set('limiter', limiter);
    c.set('purgeGapMs', deps.purgeGapMs ?? PURGE_GAP_MS);
    await next();
  });
  app.use('*', refuseBadRequestText());
  // A form posted from another origin (Origin / Sec-Fetch-Site not this site) is refused with a 403:
  // that covers login CSRF too. JSON bodies cannot be sent cross-origin without a CORS preflight, which this app never allows.
  const sameOrigin = csrf();
  // Only POST changes anything here; other methods fall through to the 405 (with Allow) above.
  app.use('*', (c, next) => (c.req.method === 'POST' ? sameOrigin(c, next) : next()));
  app.use('*', async (c, next) => {
    const db = deps.db;
    const session = await readSession(c, db, deps.secret, now());
    if (session?.kind === 'operator') c.set('operator', true);
    const account = session?.account;
    c.set('account', account);
    // The signed-in account's policy wins, so its pages always match the rules it signed up under.
    const policy = (await findPolicy(db, account?.policy_id ?? getCookie(c, 'policy'))) ?? SEED_POLICIES.find((p) => p.id === DEFAULT_POLICY_ID)!;
    c.set('policy', policy);
    await next();
  });
  // After the context is loaded, so the 413 page has its frame.
  app.use(
    '*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new HTTPException(413, { message: 'That is too large: the limit is 1 MB per request.' });
      },
    }),
  );
  app.get('/static/style.css', (c) => c.body(CSS, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600' }));
  app.route('/', policyRoutes);
  app.route('/', authRoutes);
  app.route('/', signupRoutes);
  app.route('/', accountRoutes);
  app.route('/', deletionRoutes);
  app.route('/', operatorRoutes);
  app.route('/', policyPageRoutes);
  app.route('/', noticeEditorRoutes);
  app.route('/', tutorRoutes);
  app.get('/healthz', async (c) => {
    try {
      await deps.db.query('select 1');
      return c.json({ ok: true, database: 'ok' });
    } catch {
      return c.json({ ok: false, database: 'unreachable' }, 503);
    }
  });
  app.notFound((c) => {
    if (wantsJson(c)) return c.json({ error: { title: 'Not found', message: `There is nothing at ${c.req.path.slice(0, 100)}.`, issues: [] } }, 404);
    return messagePage(c, 404, 'Not found', <p>There is no page at {c.req.path.slice(0, 100)}. Use the menu above.</p>, 'warn');
  });
  app.onError(handleError);
  return app;
}

function notAllowed(c: Ctx, methods: string[]) {
  const allow = methods.join(', ');
  const message = `${c.req.method} is not allowed here; this address accepts ${allow}.`;
  if (c.req.path.startsWith('/api/')) return c.json({ error: { title: 'Method not allowed', message, issues: [] } }, 405, { Allow: allow });
  return c.text(message, 405, { Allow: allow });
}
