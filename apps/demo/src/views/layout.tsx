import type { Child } from 'hono/jsx';
import type { Account } from '../domain/accounts.js';
import type { DemoPolicy } from '../domain/policies.js';

const NAV: ReadonlyArray<readonly [string, string]> = [
  ['/', 'Pick a policy'],
  ['/signup', 'Sign up'],
  ['/account', 'Your data'],
  ['/account/delete', 'Delete my account'],
  ['/tutor', 'AI tutor'],
  ['/policy', 'Policy & changes'],
];

/** The page frame: navigation, the policy and account in use, and the content. */
export function Layout(props: { title: string; path: string; policy: DemoPolicy; account?: Account | undefined; operator?: boolean; children?: Child }) {
  const signedIn = props.account !== undefined || props.operator === true;
  const nav: ReadonlyArray<readonly [string, string]> = [
    ...NAV,
    ...(props.operator ? ([['/operator', 'Operator']] as const) : []),
    ...(signedIn ? [] : ([['/signin', 'Sign in']] as const)),
  ];
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · priv demo`}</title>
        <link rel="stylesheet" href="/static/style.css" />
      </head>
      <body>
        <header class="top">
          <a class="brand" href="/">
            priv · coding school demo
          </a>
          <nav>
            {nav.map(([href, label]) => (
              <a href={href} class={href === props.path || (href === '/policy' && props.path.startsWith('/policy/')) ? 'on' : ''}>
                {label}
              </a>
            ))}
          </nav>
        </header>
        <div class="context" data-testid="context">
          <span>
            Policy: <b data-testid="current-policy">{props.policy.id}</b> {props.policy.title}
          </span>
          <span>
            Signed in as:{' '}
            {props.account ? (
              <b data-testid="current-account">
                {props.account.name} ({props.account.id})
              </b>
            ) : props.operator ? (
              <b data-testid="current-account">the operator</b>
            ) : (
              <b>nobody</b>
            )}
          </span>
          {signedIn ? (
            <form method="post" action="/signout" class="inline">
              <button type="submit" class="link" data-testid="signout">
                Sign out
              </button>
            </form>
          ) : null}
        </div>
        <main>{props.children}</main>
        <footer>Demo data only. Nothing here leaves this machine; no AI model is called.</footer>
      </body>
    </html>
  );
}

/** A list of problems with their paths (zod style), e.g. from `@priv/schema`. */
export function IssueList(props: { issues: ReadonlyArray<{ pathText: string; message: string }>; max?: number }) {
  const max = props.max ?? 50;
  return (
    <ul class="issues" data-testid="issues">
      {props.issues.slice(0, max).map((i) => (
        <li>
          <span class="path">{i.pathText || '(root)'}</span> {i.message}
        </li>
      ))}
      {props.issues.length > max ? <li class="muted">… and {props.issues.length - max} more</li> : null}
    </ul>
  );
}
