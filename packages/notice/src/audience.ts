import { z } from 'zod';
import type { Change } from './change.js';
import { NoticeInputError } from './errors.js';

/**
 * A user record as a team passes it in: an id, whether the account is active, and the optional
 * features the person uses, named as the manifest names them (a recipient key such as `openrouter`,
 * or the data category of an optional collection such as `user.content.ai_prompt`).
 */
export const NoticeUserSchema = z.object({
  id: z.string().min(1, 'A user needs an id').max(200),
  active: z.boolean(),
  features: z.array(z.string().min(1)).max(1_000).optional(),
});
/** A user record for {@link selectAudience}. */
export type NoticeUser = z.infer<typeof NoticeUserSchema>;

/** Who is told: every active account, or only the active accounts a change touches. */
export type AudienceMode = 'all_active' | 'affected';

/** One user who must be told, and which changes concern them (their paths). */
export interface AudienceMember {
  readonly userId: string;
  readonly changes: readonly string[];
}

/** The result of {@link selectAudience}. */
export interface Audience {
  readonly mode: AudienceMode;
  readonly mustTell: readonly AudienceMember[];
  /** Users not told, with the reason. */
  readonly notTold: readonly { readonly userId: string; readonly reason: 'inactive' | 'not_affected' }[];
}

/**
 * Decides which users must be told about changes, as a pure function over the user records a team
 * passes in. In `all_active` mode (the default) every active account is told. In `affected` mode, a
 * change limited to an optional feature (`change.features`, e.g. a new model provider for the
 * opt-in AI coaching) is told only to active users of that feature; any other change to every active
 * user. Inactive accounts are never in the audience. Throws {@link NoticeInputError}
 * (`invalid_user`, path `users[3].id`) for a malformed record.
 *
 * @param changes - the changes to tell people about (usually the material ones)
 * @param users - your user records: `{ id, active, features? }`
 * @param options - `mode`: `all_active` (default, every active account) or `affected` (only active users a change touches)
 * @returns `mustTell` (each user with the paths of the changes that concern them) and `notTold` (each with `inactive` or `not_affected`)
 * @throws NoticeInputError (`invalid_user`) for an unknown mode, `users` that is not an array, or a user record that is not valid (with its index in the path)
 * @example
 * import { classifyChanges, diffManifests, selectAudience } from '@priv/notice';
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
 * // Version 2 adds an opt-in AI coach: a recipient only users of that feature send data to.
 * const v2 = defineManifest({ ...input, version: '2026-09-01', effectiveDate: '2026-09-01',
 *   recipients: [...input.recipients, { key: 'openrouter', name: 'OpenRouter', role: 'sub_processor', services: ['ai_model_provider'], categories: ['user.contact.email'], optional: true }] });
 * const diff = diffManifests(v1, v2);
 * const material = classifyChanges(diff).changes.filter((c) => c.classification === 'material');
 * const audience = selectAudience(material, [
 *   { id: 'u1', active: true, features: ['openrouter'] },
 *   { id: 'u2', active: true },
 *   { id: 'u3', active: false, features: ['openrouter'] },
 * ], { mode: 'affected' });
 * audience.mustTell.map((m) => m.userId); // ['u1']: every change concerns the openrouter feature
 */
export function selectAudience(changes: readonly Change[], users: readonly NoticeUser[], options: { readonly mode?: AudienceMode } = {}): Audience {
  const mode = options.mode ?? 'all_active';
  if (mode !== 'all_active' && mode !== 'affected')
    throw new NoticeInputError('invalid_user', ['mode'], `Unknown audience mode ${JSON.stringify(mode)}; expected "all_active" or "affected"`);
  if (!Array.isArray(users)) throw new NoticeInputError('invalid_user', ['users'], 'Expected an array of user records');
  const mustTell: AudienceMember[] = [];
  const notTold: { userId: string; reason: 'inactive' | 'not_affected' }[] = [];
  users.forEach((raw, i) => {
    const parsed = NoticeUserSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new NoticeInputError('invalid_user', ['users', i, ...(issue?.path ?? [])], issue?.message ?? 'Not a user record');
    }
    const user = parsed.data;
    if (!user.active) {
      notTold.push({ userId: user.id, reason: 'inactive' });
      return;
    }
    const features = new Set(user.features ?? []);
    const relevant = changes.filter((c) => mode === 'all_active' || !c.features || c.features.length === 0 || c.features.some((f) => features.has(f)));
    if (relevant.length > 0) mustTell.push({ userId: user.id, changes: relevant.map((c) => c.pathText) });
    else notTold.push({ userId: user.id, reason: 'not_affected' });
  });
  return { mode, mustTell, notTold };
}
