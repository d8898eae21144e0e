import { renderPolicyHtml } from '@priv/notice';
import { Hono } from 'hono';
import { raw } from 'hono/html';
import { page, type AppEnv } from '../context.js';

/** The published policy, rendered from the manifest by `@priv/notice`. */
export const policyPageRoutes = new Hono<AppEnv>();

policyPageRoutes.get('/policy', (c) => {
  const policy = c.get('policy');
  return page(
    c,
    'Privacy policy',
    <>
      <div class="row between">
        <div>
          <h1>Privacy policy</h1>
          <p class="lead">
            Rendered from the manifest by <code>renderPolicyHtml</code> (@priv/notice): the text cannot drift from what the code does.
          </p>
        </div>
        <a class="button" href="/policy/edit" data-testid="edit-policy">
          Draft a new version
        </a>
      </div>
      <div class="policy-render" data-testid="policy-render">
        {raw(renderPolicyHtml(policy.manifest))}
      </div>
    </>,
  );
});
