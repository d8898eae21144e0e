import { NoticePolicySchema, type ChangeNotice, type Duration, type NoticeChannel, type NoticePolicy } from '@priv/schema';
import { addDays, localDate, startOfDay as startOfLocalDay, type CivilDate as CalendarDate } from '@priv/calendar';
import { counted, requireInstant, requireTimeZone } from './inputs.js';
import { effectiveDateSource } from './effective-date-source.js';
import { readPolicyDate } from './policy-date.js';
import type { ManifestDiff } from './change.js';
import { classifyChanges, type ClassifiedDiff, type ClassifyOptions } from './classify-changes.js';
import type { ChangeClass } from './classification-rules.js';
import { canBeLonger } from './duration-order.js';
import { InsufficientNoticeError, NoticeInputError } from './errors.js';
import { describeNotice, earliestEffectiveDate, firstNoticeDay, lastPublicationDate } from './notice-window.js';

/** Options for {@link planNotice}. */
export interface PlanNoticeOptions {
  /** When the new version is published: a `Date` or an ISO date-time with `Z` or an offset. */
  readonly publishedAt: Date | string;
  /** The zone whose calendar counts the days; defaults to the new manifest's `timeZone`. */
  readonly timeZone?: string;
  /**
   * The effective date to check against the promise. `YYYY-MM-DD`, or `YYYY-MM` when the policy will
   * name only a month ("Effective: October 2026"): a month cannot show that notice ran its full
   * length, so it is checked as its first day. Left out, the new manifest's own `effectiveDate` is
   * checked (the date the published policy states), whenever the diff has changes; `'earliest'`
   * asks for the earliest date that keeps every promise instead, for planning before a date is set.
   */
  readonly effectiveDate?: string | 'earliest';
  /** Classification overrides, used when `diff` is not classified yet. */
  readonly classify?: ClassifyOptions;
}

/** When one channel must be used. */
export interface ChannelSchedule {
  readonly channel: NoticeChannel;
  /** `true` when the policy promises the channel; `false` for a channel it only says it may use. */
  readonly promised: boolean;
  /** The class of change whose promise governs this channel (the strictest that lists it). */
  readonly governedBy: ChangeClass;
  readonly advanceNotice: Duration | undefined;
  /** The last local date on which sending (or posting) keeps the promise. */
  readonly lastSendDate: CalendarDate;
  /** The notice must go out before this instant (the start of the day after `lastSendDate`). */
  readonly sendBefore: Date;
}

/** The schedule `planNotice` returns. */
export interface NoticePlan {
  /** Whether the change needs any notice at all (false for no changes or no promise). */
  readonly noticeRequired: boolean;
  /** The classes of change present. */
  readonly classes: readonly ChangeClass[];
  /** The class whose promise is strictest (longest advance notice), if any. */
  readonly governingClass: ChangeClass | undefined;
  /** The strictest advance notice period that applies. */
  readonly advanceNotice: Duration | undefined;
  readonly timeZone: string;
  readonly publishedAt: Date;
  /** The local date of publication. */
  readonly publishedOn: CalendarDate;
  readonly publicationDayCounts: boolean;
  /** The first day that counts as notice. */
  readonly noticeStartsOn: CalendarDate;
  /** The first effective date that keeps every applicable promise. */
  readonly earliestEffectiveDate: CalendarDate;
  /** The effective date planned for: the one asked for (a month: its first day), or the earliest. */
  readonly effectiveDate: CalendarDate;
  /** The effective date as asked for (`2026-10` for a month), or `effectiveDate` when none was asked for or a day was. */
  readonly effectiveDateAsWritten: string;
  /**
   * Where `effectiveDate` came from: `'requested'` (the `effectiveDate` option), `'manifest'` (the
   * new manifest's own date, checked by default) or `'earliest'` (the earliest date that keeps every
   * promise: asked for with `'earliest'`, or when there is nothing to announce or no manifest date).
   */
  readonly effectiveDateSource: 'requested' | 'manifest' | 'earliest';
  /** The instant the new version takes effect: the start of `effectiveDate` in the zone. */
  readonly effectiveAt: Date;
  readonly channels: readonly ChannelSchedule[];
  readonly continuedUseMeansAcceptance: boolean;
  /** How the plan was worked out, one step a line. */
  readonly explanation: readonly string[];
}

const CHANNEL_WORDS: Record<NoticeChannel, string> = { email: 'email', in_app: 'in-app notice', page_update: 'update of the policy page' };

function readPolicy(policy: unknown): NoticePolicy | undefined {
  if (policy === undefined) return undefined;
  const result = NoticePolicySchema.safeParse(policy);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path ?? [];
  const channelIssue = path.some((p) => p === 'channels' || p === 'mayUse') && issue?.code === 'invalid_value';
  if (channelIssue) {
    const value = path.reduce<unknown>((v, key) => (v as Record<PropertyKey, unknown> | undefined)?.[key as string], policy);
    throw new NoticeInputError(
      'unknown_channel',
      ['noticePolicy', ...path],
      `Unknown notice channel ${JSON.stringify(value)}; expected one of email, in_app, page_update`,
    );
  }
  throw new NoticeInputError('invalid_notice_policy', ['noticePolicy', ...path], issue?.message ?? 'Not a notice policy');
}

function isClassified(diff: ManifestDiff | ClassifiedDiff): diff is ClassifiedDiff {
  return diff.changes.every((c) => 'classification' in c);
}

/**
 * Works out when a new policy version may take effect and who must be told how and by when: the
 * earliest effective date that keeps the strictest applicable promise, the channels, and for each
 * channel the instant before which the notice must go out. Days are calendar days in `timeZone`;
 * whether the publication day counts comes from the policy (`publicationDayCounts`, false by
 * default: notice runs from the next day). An effective date with less notice than promised throws
 * {@link InsufficientNoticeError}; bad input throws {@link NoticeInputError} with its path. An
 * `effectiveDate` that names only a month (`2026-10`) cannot show that notice ran its full length,
 * so it is checked as the month's first day (the earliest day it can mean): `2026-09` for a change
 * published on 10 September with 14 days' notice throws, and the message says to give a day.
 * Without an `effectiveDate` option the new manifest's own `effectiveDate` is checked, so a policy
 * that states a date with too little notice is refused by default; pass `effectiveDate: 'earliest'`
 * to be told the earliest date that keeps every promise.
 *
 * @param diff - what `diffManifests` or `classifyChanges` returned (a plain diff is classified with the default rules)
 * @param noticePolicy - the manifest's `notice` policy, or `undefined` when it promises none
 * @param options - `publishedAt` (required), `timeZone` (default: the new manifest's), a requested `effectiveDate`, `classify` options
 * @returns the plan: `earliestEffectiveDate`, `effectiveDate`, `effectiveAt`, per channel `lastSendDate` and `sendBefore`, and the `explanation` in words
 * @throws NoticeInputError for a diff, notice policy, channel or `publishedAt` that is not valid; InsufficientNoticeError when the requested `effectiveDate` is before the earliest the promise allows
 * @example
 * import { classifyChanges, diffManifests, InsufficientNoticeError, planNotice } from '@priv/notice';
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
 * const diff = classifyChanges(diffManifests(v1, v2));
 * // Seed 000: material changes by email at least 14 days in advance.
 * const plan = planNotice(diff, v1.notice, { publishedAt: '2026-09-01T10:00:00Z', timeZone: 'UTC', effectiveDate: 'earliest' });
 * plan.earliestEffectiveDate; // '2026-09-16' (notice runs 2 to 15 September)
 * plan.channels[0]?.channel; // 'email'
 * plan.channels[0]?.sendBefore.toISOString(); // '2026-09-02T00:00:00.000Z'
 * // By default the new manifest's own date is checked: v2 says 2026-09-01, with no notice at all.
 * try {
 *   planNotice(diff, v1.notice, { publishedAt: '2026-09-01T10:00:00Z', timeZone: 'UTC' });
 * } catch (error) {
 *   error instanceof InsufficientNoticeError && error.earliestEffectiveDate; // '2026-09-16'
 * }
 * // A policy that will print only a month ("Effective: October 2026") is checked as its first day:
 * planNotice(diff, codementorAi.notice, { publishedAt: '2026-09-01T10:00:00Z', timeZone: 'UTC', effectiveDate: '2026-10' }).effectiveDate; // '2026-10-01'
 */
export function planNotice(diff: ManifestDiff | ClassifiedDiff, noticePolicy: NoticePolicy | undefined, options: PlanNoticeOptions): NoticePlan {
  if (!diff || typeof diff !== 'object' || !Array.isArray(diff.changes)) {
    throw new NoticeInputError('invalid_diff', ['diff'], 'Expected the result of diffManifests or classifyChanges');
  }
  const policy = readPolicy(noticePolicy);
  const timeZone = requireTimeZone(options?.timeZone ?? diff?.to?.timeZone, ['timeZone']);
  const publishedAt = requireInstant(options?.publishedAt, ['publishedAt']);
  const classified = isClassified(diff) ? diff : classifyChanges(diff, options.classify);
  const classes = (['material', 'minor'] as const).filter((cls) => classified.changes.some((c) => c.classification === cls));
  const source = effectiveDateSource(options.effectiveDate, diff.to?.effectiveDate, classes.length > 0);
  const asked =
    source === 'requested'
      ? readPolicyDate(options.effectiveDate, ['effectiveDate'])
      : source === 'manifest'
        ? readPolicyDate(diff.to.effectiveDate, ['diff', 'to', 'effectiveDate'])
        : undefined;
  const requested = asked?.firstDay;
  const publishedOn = counted(() => localDate(publishedAt, timeZone));
  const dayCounts = policy?.publicationDayCounts ?? false;
  const explanation: string[] = [
    `Published ${publishedOn} (${timeZone}); ${dayCounts ? 'the publication day counts as a day of notice' : 'the publication day does not count, so notice runs from the next day'}.`,
  ];

  const applicable = policy ? classes.map((cls) => ({ cls, promise: policy[cls] })) : [];
  if (!policy) explanation.push('The policy makes no promise about notice of changes.');
  if (classes.length === 0) explanation.push('No changes: no notice is needed.');

  let earliest = publishedOn;
  let governing: { cls: ChangeClass; promise: ChangeNotice } | undefined;
  for (const entry of applicable) {
    const date = earliestEffectiveDate(publishedOn, entry.promise.advanceNotice, dayCounts, timeZone);
    const channels = entry.promise.channels.map((c) => CHANNEL_WORDS[c]).join(' and ') || 'no channel';
    explanation.push(
      `${entry.cls === 'material' ? 'Material' : 'Minor'} changes: ${describeNotice(entry.promise.advanceNotice)} by ${channels}; earliest effective date ${date}.`,
    );
    if (date > earliest) earliest = date;
    if (!governing || canBeLonger(entry.promise.advanceNotice, governing.promise.advanceNotice)) governing = entry;
  }

  if (requested !== undefined && requested < earliest) {
    const promise = governing
      ? `${governing.cls} changes: ${describeNotice(governing.promise.advanceNotice)}`
      : 'the effective date cannot be before publication';
    throw new InsufficientNoticeError(asked!.asWritten, earliest, promise, asked!.precision === 'month' ? requested : undefined);
  }
  const effectiveDate = requested ?? earliest;
  if (asked?.precision === 'month') {
    explanation.push(
      `${source === 'manifest' ? "The new manifest's effective date" : 'Requested effective date'} ${asked.asWritten} names only a month, which cannot show that notice ran its full length: notice is counted to its first day, ${requested}, and that keeps every promise.`,
    );
  } else {
    const which = source === 'manifest' ? "The new manifest's effective date" : 'Requested effective date';
    explanation.push(requested ? `${which} ${requested} keeps every promise.` : `Effective date: the earliest allowed, ${earliest}.`);
  }

  const channels = scheduleChannels(applicable, effectiveDate, dayCounts, timeZone);
  for (const c of channels) {
    explanation.push(
      `${CHANNEL_WORDS[c.channel]}${c.promised ? '' : ' (optional)'}: send on or before ${c.lastSendDate}, i.e. before ${c.sendBefore.toISOString()}.`,
    );
  }
  return {
    noticeRequired: channels.some((c) => c.promised),
    classes,
    governingClass: governing?.cls,
    advanceNotice: governing?.promise.advanceNotice,
    timeZone,
    publishedAt,
    publishedOn,
    publicationDayCounts: dayCounts,
    noticeStartsOn: firstNoticeDay(publishedOn, dayCounts),
    earliestEffectiveDate: earliest,
    effectiveDate,
    effectiveDateAsWritten: asked?.asWritten ?? effectiveDate,
    effectiveDateSource: source,
    effectiveAt: counted(() => startOfLocalDay(effectiveDate, timeZone)),
    channels,
    continuedUseMeansAcceptance: policy?.continuedUseMeansAcceptance ?? false,
    explanation,
  };
}

function scheduleChannels(
  applicable: readonly { cls: ChangeClass; promise: ChangeNotice }[],
  effective: CalendarDate,
  dayCounts: boolean,
  timeZone: string,
): ChannelSchedule[] {
  const byChannel = new Map<NoticeChannel, ChannelSchedule>();
  for (const { cls, promise } of applicable) {
    const lastSendDate = lastPublicationDate(effective, promise.advanceNotice, dayCounts, timeZone);
    const entries = [...promise.channels.map((c) => [c, true] as const), ...(promise.mayUse ?? []).map((c) => [c, false] as const)];
    for (const [channel, promised] of entries) {
      const current = byChannel.get(channel);
      const stricter = !current || lastSendDate < current.lastSendDate || (lastSendDate === current.lastSendDate && promised && !current.promised);
      if (!stricter) {
        if (current && promised && !current.promised) byChannel.set(channel, { ...current, promised: true });
        continue;
      }
      byChannel.set(channel, {
        channel,
        promised: promised || (current?.promised ?? false),
        governedBy: cls,
        advanceNotice: promise.advanceNotice,
        lastSendDate,
        sendBefore: counted(() => startOfLocalDay(addDays(lastSendDate, 1), timeZone)),
      });
    }
  }
  const order: NoticeChannel[] = ['email', 'in_app', 'page_update'];
  return [...byChannel.values()].sort((a, b) => Number(b.promised) - Number(a.promised) || order.indexOf(a.channel) - order.indexOf(b.channel));
}
