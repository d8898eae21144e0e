import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie } from 'hono/cookie';
import { HTTPException } from 'hono/http-exception';
import { messagePage, type AppEnv } from './context.js';
import type { Db } from './db.js';
import { getAccount } from './domain/accounts.js';
import { DEFAULT_POLICY_ID, findPolicy, SEED_POLICIES } from './domain/policies.js';
import { handleError } from './errors.js';
import { accountRoutes } from './routes/account.js';
import { deletionRoutes } from './routes/deletion.js';
import { noticeEditorRoutes } from './routes/notice-editor.js';
import { policyPageRoutes } from './routes/policy-page.js';
import { policyRoutes } from './routes/policies.js';
import { signupRoutes } from './routes/signup.js';
import { tutorRoutes } from './routes/tutor.js';

/** Largest request body accepted (a manifest upload, a chat message): 1 MB. */
export const MAX_BODY_BYTES = 1_000_000;

/** What the app needs: a migrated database and a clock (tests pass a fixed one). */
export interface AppDeps {
  readonly db: Db;
  readonly now?: () => Date;
}

/** The whole web app: middleware that loads the policy and account in use, then one route module per flow. */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const now = deps.now ?? (() => new Date());
  app.use('*', async (c, next) => {
    c.set('db', deps.db);
    c.set('now', now);
    const account = await getAccount(deps.db, getCookie(c, 'account'));
    c.set('account', account);
    // The signed-in account's policy wins, so its pages always match the rules it signed up under.
    const policy = (await findPolicy(deps.db, account?.policy_id ?? getCookie(c, 'policy'))) ?? SEED_POLICIES.find((p) => p.id === DEFAULT_POLICY_ID)!;
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
  app.route('/', policyRoutes);
  app.route('/', signupRoutes);
  app.route('/', accountRoutes);
  app.route('/', deletionRoutes);
  app.route('/', policyPageRoutes);
  app.route('/', noticeEditorRoutes);
  app.route('/', tutorRoutes);
  app.get('/healthz', (c) => c.json({ ok: true }));
  app.notFound((c) => messagePage(c, 404, 'Not found', <p>There is no page at {c.req.path}. Use the menu above.</p>, 'warn'));
  app.onError(handleError);
  return app;
}
