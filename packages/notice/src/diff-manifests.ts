import { safeParseManifest, type PrivacyManifest } from '@priv/schema';
import { readPolicyDate } from './policy-date.js';
import type { ManifestDiff } from './change.js';
import { diffCollections, diffDeclarations } from './diff-data.js';
import { diffAge, diffRetention } from './diff-retention.js';
import { diffBreach, diffCommitments, diffNotice, diffOrganisation } from './diff-promises.js';
import { diffCookies, diffRecipients } from './diff-recipients.js';
import { diffRights } from './diff-rights.js';
import { ChangeLog } from './diff-support.js';
import { NoticeInputError } from './errors.js';

/**
 * Lists what changed between two versions of a manifest in domain terms (a category newly
 * collected, a new recipient, a retention window shortened, an age threshold changed, a right
 * removed, contact details changed), each with its path and the values before and after. Any field
 * no specific rule knows is still reported (`wording_changed` for text, `other_change` otherwise), so
 * nothing that changed is silently left out. `version`, `effectiveDate` and `$schema` are not
 * changes.
 *
 * Effective dates may name only a month (`2021-08`, "Last revised: August 2021"), as the schema
 * allows. The diff keeps each date as written and adds `effectiveFrom`, the first day it can mean
 * (for a month, its first day: a month cannot show that notice ran its full length, so notice is
 * counted to the earliest day it can mean). The new version is "dated before" the old one only when
 * every day it can mean is before every day the old one can mean.
 *
 * Throws {@link NoticeInputError} (`version_order`, path `new.effectiveDate`) when the new version is
 * dated before the old one, (`invalid_date`, path `old.effectiveDate` or `new.effectiveDate`) for a
 * date that is neither a real day nor a real month, and (`invalid_manifest`, path `old.…` or
 * `new.…`) when either is not a valid manifest.
 *
 * @param oldVersion - the manifest in force (validated again here)
 * @param newVersion - the next version, dated on or after the old one
 * @returns `{ from, to, changes }`: every change in domain terms, with its path in the new manifest (in the old one for removals)
 * @throws NoticeInputError `invalid_manifest` (path under `old` or `new`) for a version that is not a valid manifest, `version_order` at `new.effectiveDate` when the new version is dated before the old
 * @example
 * import { diffManifests } from '@priv/notice';
 * import { defineManifest, type PrivacyManifestInput } from '@priv/schema';
 *
 * const input = {
 *   version: '2026-05-12', effectiveDate: '2026-05-12', timeZone: 'UTC',
 *   controller: { name: 'CodeMentor AI' }, contact: { email: 'support@learnpython.academy' },
 *   purposes: [{ key: 'provide_service', description: 'To provide the service you paid for.' }],
 *   collections: [
 *     { category: 'user.contact.email', purposes: ['provide_service'], legalBases: ['contract'], source: 'data_subject', retention: ['backups_after_deletion'] },
 *     { category: 'user.technical.ip_address', purposes: ['provide_service'], legalBases: ['legitimate_interests'], source: 'automatic', retention: ['backups_after_deletion'] },
 *   ],
 *   recipients: [{ key: 'vercel', name: 'Vercel', role: 'sub_processor', services: ['hosting'], categories: ['user.technical.ip_address'] }],
 *   rights: [{ right: 'erasure', description: 'Delete your account.', channels: [{ method: 'email', address: 'support@learnpython.academy' }], response: { within: { days: 30 } } }],
 *   retention: [{ key: 'backups_after_deletion', description: '30 days in backups after deletion.', anchor: 'account_deleted', period: { days: 30 }, bound: 'maximum', action: 'delete', storage: 'backups' }],
 *   notice: { material: { advanceNotice: { days: 14 }, channels: ['email'] }, minor: { channels: ['page_update'] } },
 *   breach: { notifyUsersWithin: { hours: 72 } },
 * } satisfies PrivacyManifestInput;
 * const v1 = defineManifest(input);
 * const v2 = defineManifest({ ...input, version: '2026-09-01', effectiveDate: '2026-09-01',
 *   recipients: [...input.recipients, { key: 'mixpanel', name: 'Mixpanel', role: 'sub_processor', services: ['analytics'], categories: ['user.technical.ip_address'] }] });
 * const diff = diffManifests(v1, v2);
 * diff.changes.map((c) => c.kind); // ['recipient_added']
 * diff.changes[0]?.pathText; // 'recipients[1]'
 */
export function diffManifests(oldVersion: PrivacyManifest, newVersion: PrivacyManifest): ManifestDiff {
  const before = readManifest(oldVersion, 'old');
  const after = readManifest(newVersion, 'new');
  const oldDate = readPolicyDate(before.effectiveDate, ['old', 'effectiveDate']);
  const newDate = readPolicyDate(after.effectiveDate, ['new', 'effectiveDate']);
  if (newDate.lastDay < oldDate.firstDay) {
    throw new NoticeInputError(
      'version_order',
      ['new', 'effectiveDate'],
      `The new version "${after.version}" is dated ${newDate.asWritten}, before the old version "${before.version}" (${oldDate.asWritten})`,
    );
  }
  const log = new ChangeLog(before, after);
  diffOrganisation(log);
  diffDeclarations(log);
  diffCollections(log);
  diffRecipients(log);
  diffCookies(log);
  diffRights(log);
  diffRetention(log);
  diffAge(log);
  diffNotice(log);
  diffBreach(log);
  diffCommitments(log);
  return {
    from: { version: before.version, effectiveDate: oldDate.asWritten, effectiveFrom: oldDate.firstDay },
    to: { version: after.version, effectiveDate: newDate.asWritten, effectiveFrom: newDate.firstDay, timeZone: after.timeZone },
    changes: log.changes,
  };
}

function readManifest(value: unknown, which: 'old' | 'new'): PrivacyManifest {
  const result = safeParseManifest(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new NoticeInputError(
    'invalid_manifest',
    [which, ...(issue?.path ?? [])],
    `The ${which} version is not a valid manifest: ${issue?.message ?? 'unreadable'}`,
  );
}
