import type { Child } from 'hono/jsx';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { SignInLimiter } from './auth/rate-limit.js';
import type { Db } from './db.js';
import type { Account } from './domain/accounts.js';
import type { DemoPolicy } from './domain/policies.js';
import { SEED_POLICIES } from './domain/policies.js';
import { Layout } from './views/layout.js';

/** What every request handler can read: the database, the clock, the policy and account in use. */
export type AppEnv = {
  Variables: {
    db: Db;
    now: () => Date;
    policy: DemoPolicy;
    account: Account | undefined;
    /** True when the operator is signed in (account list, holds, purges, reset). */
    operator: boolean;
    /** Signs session cookies (generated on first start, stored in `settings`). */
    secret: string;
    /** Counts sign-in attempts (per address and per email). */
    limiter: SignInLimiter;
    /** The least time between two purge runs of one policy. */
    purgeGapMs: number;
  };
};

/** A handler's context. */
export type Ctx = Context<AppEnv>;

/** Renders a page inside the layout. */
export function page(c: Ctx, title: string, body: Child, status: ContentfulStatusCode = 200) {
  return c.html(
    <Layout title={title} path={c.req.path} policy={c.get('policy') ?? SEED_POLICIES[0]!} account={c.get('account')} operator={c.get('operator') ?? false}>
      {body}
    </Layout>,
    status,
  );
}

/** A short page with a message (errors, "not found", "sign in first"). */
export function messagePage(c: Ctx, status: ContentfulStatusCode, title: string, message: Child, tone: 'bad' | 'warn' | 'info' = 'bad') {
  return page(
    c,
    title,
    <div class={`banner ${tone}`} data-testid="message">
      <h2>{title}</h2>
      <div>{message}</div>
    </div>,
    status,
  );
}

/** True when the client asked for JSON (the HTTP API), not a page. */
export function wantsJson(c: Ctx): boolean {
  return c.req.path.startsWith('/api/') || (c.req.header('accept') ?? '').startsWith('application/json');
}
