import { commitmentStatement, isWithin, LEGAL_BASIS_ARTICLE, legalBasesOf, purposeLabel, type PrivacyManifest } from '@priv/schema';
import { Hono } from 'hono';
import { messagePage, page, type AppEnv, type Ctx } from '../context.js';
import { getAccount, recordsOf, type Account } from '../domain/accounts.js';
import { buildExport, promisedExport } from '../domain/export.js';
import { findPolicy } from '../domain/policies.js';
import { categoryLabel, type StoredRecord } from '../domain/records.js';
import { BadInput } from '../errors.js';
import { formatDate, words } from '../views/format.js';

/** "Your data" (by category, with recipients and why), the export, and the demo account switcher. */
export const accountRoutes = new Hono<AppEnv>();

/**
 * What the page says when an account has no records left. The account row itself (name, email,
 * date of birth, country, time zone, a parental consent) is still stored, so "nothing is stored" would
 * be false: the sentence names what is left.
 */
export function NoRecordsLeft(props: { consent: boolean }) {
  return (
    <>
      None of this account's data records is stored any more. The account itself (name, email address, date of birth, country, time zone
      {props.consent ? ', the parental consent' : ''}) is still in the database: the demo's purge removes records, not the account row.
    </>
  );
}

/** The signed-in account, or a page asking to sign in. */
export function requireAccount(c: Ctx): Account | Response | Promise<Response> {
  const account = c.get('account');
  if (account) return account;
  return messagePage(
    c,
    401,
    'Sign in first',
    <p>
      This page shows one account's data, to its owner only. <a href="/signin">Sign in</a> or <a href="/signup">sign up</a>.
    </p>,
    'info',
  );
}

function recipientsFor(m: PrivacyManifest, category: string) {
  return m.recipients.filter(
    (r) => r.categories.some((c) => isWithin(category, c) || isWithin(c, category)) && !(r.excludedCategories ?? []).some((x) => isWithin(category, x)),
  );
}

/**
 * What the "Who receives it" cell says when the manifest lists no recipient for a category. Silence is
 * not a promise: only the explicit `no_sharing` commitment lets the page say that nobody outside
 * receives it (quoting the policy's own sentence, as `@priv/notice`'s renderer does); otherwise the
 * page says only that the policy lists none.
 */
export function noRecipientsText(m: PrivacyManifest): string {
  const promise = m.commitments.find((c) => c.kind === 'no_sharing');
  return promise ? `Nobody outside: the policy promises “${commitmentStatement(promise)}”` : 'The policy does not list recipients for this category.';
}

function NoRecipients(props: { m: PrivacyManifest }) {
  return (
    <span class="muted small" data-testid="no-recipients">
      {noRecipientsText(props.m)}
    </span>
  );
}

function DataTable(props: { m: PrivacyManifest; records: readonly StoredRecord[] }) {
  const m = props.m;
  const byCategory = new Map<string, StoredRecord[]>();
  for (const r of props.records) byCategory.set(r.category, [...(byCategory.get(r.category) ?? []), r]);
  return (
    <table data-testid="data-table">
      <thead>
        <tr>
          <th>Data</th>
          <th>What we hold</th>
          <th>Why (lawful basis)</th>
          <th>Who receives it</th>
        </tr>
      </thead>
      <tbody>
        {[...byCategory.entries()].map(([category, rows]) => {
          const collection = m.collections.find((c) => c.category === category);
          const purposes = (collection?.purposes ?? []).map((k) => m.purposes.find((p) => p.key === k)).filter((p) => p !== undefined);
          const recipients = recipientsFor(m, category);
          const first = rows[0]!;
          return (
            <tr>
              <td>
                <strong>{categoryLabel(m, category)}</strong>
                <div class="small muted">
                  <code>{category}</code>
                </div>
                <div>
                  {rows.map((r) => (
                    <span class={`pill ${r.anonymised_at ? 'warn' : ''}`}>
                      {r.anonymised_at ? `${r.storage ?? 'stored'}, anonymised` : (r.storage ?? 'stored')}
                    </span>
                  ))}
                </div>
              </td>
              <td>
                <div class="pre">{first.anonymised_at ? '(anonymised)' : first.content}</div>
                {collection?.description ? <div class="small muted">{collection.description}</div> : null}
              </td>
              <td>
                {purposes.map((p) => (
                  <div>{purposeLabel(p)}</div>
                ))}
                <div class="small muted">{(collection ? legalBasesOf(collection) : []).map((b) => `${words(b)} (${LEGAL_BASIS_ARTICLE[b]})`).join('; ')}</div>
              </td>
              <td>
                {recipients.length === 0 ? (
                  <NoRecipients m={m} />
                ) : (
                  recipients.map((r) => (
                    <div>
                      {r.name}{' '}
                      <span class="small muted">
                        ({r.services.map(words).join(', ')}
                        {r.condition ? `; ${r.condition}` : ''})
                      </span>
                    </div>
                  ))
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

accountRoutes.get('/account', async (c) => {
  const account = requireAccount(c);
  if (account instanceof Response || account instanceof Promise) return account;
  const m = c.get('policy').manifest;
  const records = await recordsOf(c.get('db'), account.id);
  const spec = promisedExport(m);
  const welcome = c.req.query('welcome');
  const excluded = m.recipients.filter((r) => (r.excludedCategories ?? []).length > 0);
  return page(
    c,
    'Your data',
    <>
      {welcome ? (
        <div class="banner ok" data-testid="welcome">
          <strong>Welcome, {account.name}!</strong> Your account is created
          {welcome === 'consent' ? ' with the consent of your parent or guardian, which is on record' : ''}.
        </div>
      ) : null}
      <h1>Your data</h1>
      <p class="lead">
        What {m.controller.name} holds about {account.name}, by kind of data, with who receives it and why — listed from the manifest's collections and
        recipients, with the values stored in the database.
      </p>
      <div class="card row between">
        <div>
          <div>
            Account <code>{account.id}</code>, created {formatDate(account.created_at, account.time_zone)}, {account.country}, {account.time_zone}
          </div>
          {account.consent ? (
            <div class="small" data-testid="consent-on-file">
              Parental consent on file: {account.consent.consentedBy.name} ({words(account.consent.consentedBy.role)}), {words(account.consent.method)},{' '}
              {account.consent.consentedAt.slice(0, 10)}
            </div>
          ) : null}
          {account.deleted_at ? <div class="pill bad">deletion requested {formatDate(account.deleted_at, account.time_zone)}</div> : null}
        </div>
        <div>
          <a class="button" href="/account/export" data-testid="export-link">
            Download my data (
            {spec
              ? spec.packaging === 'zip'
                ? 'ZIP'
                : spec.parts
                    .flatMap((p) => p.formats)
                    .join(', ')
                    .toUpperCase()
              : 'JSON'}
            )
          </a>
          <div class="small muted mt4">
            {spec
              ? `As the policy promises: ${spec.parts.map((p) => `${p.content} (${p.formats.join(', ')})`).join('; ')}`
              : 'The policy names no export format; the demo gives JSON.'}
          </div>
        </div>
      </div>
      {records.length === 0 ? (
        <p data-testid="no-records">
          <NoRecordsLeft consent={account.consent !== null} />
        </p>
      ) : (
        <DataTable m={m} records={records} />
      )}
      {excluded.length > 0 ? (
        <p class="small muted">
          Never shared:{' '}
          {excluded.map((r) => `${r.name} never receives ${(r.excludedCategories ?? []).map((k) => categoryLabel(m, k).toLowerCase()).join(', ')}`).join('; ')}.
        </p>
      ) : null}
    </>,
  );
});

accountRoutes.get('/account/export', async (c) => {
  const account = requireAccount(c);
  if (account instanceof Response || account instanceof Promise) return account;
  const file = buildExport(c.get('policy').manifest, account, await recordsOf(c.get('db'), account.id));
  return c.body(typeof file.body === 'string' ? file.body : (file.body as Uint8Array<ArrayBuffer>), 200, {
    'content-type': file.contentType,
    'content-disposition': `attachment; filename="${file.filename}"`,
  });
});

/** API: one account with its records. */
accountRoutes.get('/api/accounts/:id', async (c) => {
  // Only the account's owner (or the operator) may read it; anyone else learns nothing, not even whether it exists.
  const me = c.get('account');
  if (!me && !c.get('operator'))
    throw new BadInput(401, 'Sign in first: an account is shown only to its owner.', [{ pathText: 'session', message: 'Not signed in' }]);
  const id = c.req.param('id');
  const account = c.get('operator') || me?.id === id ? await getAccount(c.get('db'), id) : undefined;
  if (!account) throw new BadInput(404, `There is no account "${c.req.param('id').slice(0, 60)}".`, [{ pathText: 'id', message: 'Unknown account' }]);
  const policy = await findPolicy(c.get('db'), account.policy_id);
  const { password_hash: _never, ...visible } = account;
  return c.json({ account: visible, policy: policy?.id, records: await recordsOf(c.get('db'), account.id) });
});
