import type { SqlMappingInput } from '@priv/retention-sql';
import type { PrivacyManifest } from '@priv/schema';

/**
 * Where the demo's records live, for `@priv/retention-sql`: data. The parts every policy shares are
 * fixed here; {@link purgeMappingFor} fills in what the manifest decides (which categories, which
 * record events) and the per-policy view the statements read and write.
 *
 * - the records of one policy, not yet anonymised or archived: the view `purge_records_<policy>`
 *   over `records` (a simple view, so Postgres lets DELETE and UPDATE through it), with each record
 *   event kept in `records.events` (jsonb) as a `timestamptz` column `ev_<n>`;
 * - the account's own events (`account_created`, `deletion_requested`, `account_deleted`): columns of `accounts`;
 * - legal holds: the view `account_holds` over `accounts.hold` (one hold per account, on the subject).
 */
export const DEMO_SQL_MAPPING = {
  table: { id: 'id', subject: 'account_id', categoryColumn: 'category', storage: { column: 'storage' }, events: { record_created: 'created_at' } },
  anonymise: { content: '(anonymised)' },
  subjects: {
    table: 'accounts',
    id: 'id',
    events: { account_created: 'created_at', deletion_requested: 'deletion_requested_at', account_deleted: 'deleted_at' },
  },
  holds: { table: 'account_holds', subject: 'account_id', placedAt: 'placed_at', releasedAt: 'released_at' },
} as const;

/** Events that are the account's, read from `accounts` (the rest are the record's own). */
const SUBJECT_EVENTS: ReadonlySet<string> = new Set([...Object.keys(DEMO_SQL_MAPPING.subjects.events), ...Object.keys(DEMO_SQL_MAPPING.table.events)]);

/** A policy id the view name can carry: seeds (`000`) and uploads (`upload-3`). */
const POLICY_ID = /^[A-Za-z0-9_-]{1,40}$/;

/** The name of the view over one policy's live records (`purge_records_000`, `purge_records_upload_3`). */
export function purgeViewName(policyId: string): string {
  if (!POLICY_ID.test(policyId)) throw new Error(`Policy id ${JSON.stringify(policyId.slice(0, 60))} cannot name a purge view (letters, digits, - and _ only)`);
  return `purge_records_${policyId.replace(/-/g, '_')}`;
}

/** The record events the manifest's retention rules are anchored to (not the account's): `transaction_date`, `ticket_resolved`. */
export function recordEventsOf(manifest: PrivacyManifest): string[] {
  return [...new Set(manifest.retention.map((r) => r.anchor).filter((a) => !SUBJECT_EVENTS.has(a)))];
}

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * The statements that (re)create the view of one policy's live records: the records of its accounts
 * that are neither anonymised nor archived, each record event as a `timestamptz` column. DDL takes no
 * parameters, so the policy id is checked ({@link purgeViewName}) and every literal is quoted.
 */
export function purgeViewSql(policyId: string, manifest: PrivacyManifest): string {
  const view = purgeViewName(policyId);
  const events = recordEventsOf(manifest)
    .map((anchor, i) => `, (events ->> ${quote(anchor)})::timestamptz as ev_${i}`)
    .join('');
  return `drop view if exists ${view};
create view ${view} as
  select id, account_id, category, storage, created_at, content, anonymised_at${events}
  from records
  where anonymised_at is null and archived_at is null
    and account_id in (select id from accounts where policy_id = ${quote(policyId)});`;
}

/**
 * The mapping `compileRetentionSql` reads for one policy: {@link DEMO_SQL_MAPPING} with the view, the
 * manifest's categories (a record whose category no collection names is kept, `no_rule`, as by
 * `planPurge`) and its record events. Anonymising writes the demo's marker and the instant.
 */
export function purgeMappingFor(policyId: string, manifest: PrivacyManifest, now: Date): SqlMappingInput {
  const m = DEMO_SQL_MAPPING;
  const categories = [...new Set(manifest.collections.map((c) => c.category))];
  return {
    tables: [
      {
        name: purgeViewName(policyId),
        id: m.table.id,
        subject: m.table.subject,
        categories: { column: m.table.categoryColumn, values: Object.fromEntries(categories.map((c) => [c, [c]])) },
        storage: m.table.storage,
        events: { ...m.table.events, ...Object.fromEntries(recordEventsOf(manifest).map((anchor, i) => [anchor, `ev_${i}`])) },
        anonymise: { set: { ...m.anonymise, anonymised_at: now.toISOString() } },
      },
    ],
    subjects: m.subjects,
    holds: m.holds,
  };
}
