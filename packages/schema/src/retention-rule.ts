import { z } from 'zod';
import { byShape } from './by-shape.js';
import { DurationSchema } from './duration.js';
import { SnakeKeySchema, TextSchema } from './keys.js';
import { TimeZoneSchema } from './time-zone.js';

/**
 * The events a retention period can be anchored to. Teams may declare their own in the manifest's
 * `events`.
 */
export const BUILT_IN_RETENTION_EVENTS = {
  record_created: 'The record was created',
  account_created: 'The account was created',
  last_activity: 'The person was last active',
  deletion_requested: 'The person asked to delete the account',
  account_deleted: 'The account was deleted',
  transaction_date: 'The transaction took place',
  ticket_resolved: 'The support ticket was resolved',
  dispute_resolved: 'The dispute was resolved',
  consent_withdrawn: 'Consent was withdrawn',
  subscription_ended: 'The subscription ended',
} as const;
/** A built-in retention anchor event. */
export type BuiltInRetentionEvent = keyof typeof BUILT_IN_RETENTION_EVENTS;
/** A retention anchor event: built in or declared in the manifest's `events`. */
export type RetentionEvent = BuiltInRetentionEvent | (string & {});

/** A custom retention event a team declares, e.g. `course_completed`. */
export const RetentionEventSchema = z.strictObject({ key: SnakeKeySchema, description: TextSchema });
/** A custom retention event. */
export type RetentionEventDeclaration = z.infer<typeof RetentionEventSchema>;

/**
 * What a retention period means:
 * - `maximum`: the data must be gone by the end (logs "kept up to 30 days").
 * - `minimum`: the data must be kept at least until the end and may not be purged earlier
 *   (financial records "retained 7 years for tax compliance").
 */
export const RetentionBoundSchema = z.enum(['maximum', 'minimum']);
/** A retention bound. */
export type RetentionBound = z.infer<typeof RetentionBoundSchema>;

/** What happens when a retention period ends. */
export const RetentionActionSchema = z.enum(['delete', 'anonymise', 'archive']);
/** A retention end action. */
export type RetentionAction = z.infer<typeof RetentionActionSchema>;

/** Where the copies a rule governs live. */
export const StorageScopeSchema = z.enum(['all', 'active', 'backups', 'logs']);
/** A storage scope. */
export type StorageScope = z.infer<typeof StorageScopeSchema>;

/**
 * A retention rule as data: a period after an anchor event, what the period means, and what happens at
 * its end. `@priv/retention` evaluates it.
 *
 * - `period: 'indefinite'` keeps the data until a rule with an end applies ("anonymised usage stats
 *   kept indefinitely").
 * - `gracePeriod`: after the anchor, a window in which the action can be cancelled (an account can be
 *   recovered), shorter than or equal to the period.
 * - `alignTo: 'fiscal_year_end'` counts from the end of the fiscal year that contains the anchor
 *   (`fiscalYearEnd` month/day, 12-31 by default).
 * - `minimum` on a `maximum` rule: keep at least this long, and be gone by `period`.
 */
export const RetentionRuleSchema = z
  .strictObject({
    key: SnakeKeySchema,
    description: TextSchema,
    anchor: SnakeKeySchema,
    period: byShape({ string: z.literal('indefinite'), object: DurationSchema }, '"indefinite" or a duration like { "days": 30 }').meta({
      description: 'How long: a duration ({ "days": 30 }) or "indefinite".',
    }),
    bound: RetentionBoundSchema,
    minimum: DurationSchema.optional(),
    gracePeriod: DurationSchema.optional(),
    action: RetentionActionSchema,
    storage: StorageScopeSchema.default('all'),
    alignTo: z.enum(['event', 'fiscal_year_end']).default('event'),
    fiscalYearEnd: z
      .strictObject({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) })
      .meta({
        anyOf: [
          { properties: { month: { enum: [1, 3, 5, 7, 8, 10, 12] } } },
          { properties: { month: { enum: [4, 6, 9, 11] }, day: { maximum: 30 } } },
          { properties: { month: { const: 2 }, day: { maximum: 29 } } },
        ],
      })
      .optional(),
    timeZone: TimeZoneSchema.optional(),
    /** The law or reason behind the rule, e.g. "tax law: 7 years". */
    reason: TextSchema.optional(),
  })
  .meta({
    allOf: [
      { if: { required: ['minimum'] }, then: { properties: { bound: { const: 'maximum' }, period: { not: { const: 'indefinite' } } } } },
      { if: { required: ['gracePeriod'] }, then: { properties: { period: { not: { const: 'indefinite' } } } } },
      { if: { required: ['fiscalYearEnd'] }, then: { required: ['alignTo'], properties: { alignTo: { const: 'fiscal_year_end' } } } },
    ],
  })
  .superRefine((rule, ctx) => {
    if (rule.minimum && rule.bound !== 'maximum') {
      ctx.addIssue({ code: 'custom', path: ['minimum'], message: '`minimum` only makes sense on a rule whose bound is "maximum"' });
    }
    if (rule.minimum && rule.period === 'indefinite') {
      ctx.addIssue({ code: 'custom', path: ['minimum'], message: 'An indefinite period has no maximum to compare a minimum with' });
    }
    if (rule.gracePeriod && rule.period === 'indefinite') {
      ctx.addIssue({ code: 'custom', path: ['gracePeriod'], message: 'An indefinite period has no end for a grace period to delay' });
    }
    if (rule.fiscalYearEnd && rule.alignTo !== 'fiscal_year_end') {
      ctx.addIssue({ code: 'custom', path: ['fiscalYearEnd'], message: '`fiscalYearEnd` is used only with alignTo "fiscal_year_end"' });
    }
    if (rule.fiscalYearEnd) {
      const { month, day } = rule.fiscalYearEnd;
      // Days per month in a leap year: 02-29 is allowed and means the last day of February.
      const longest = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 31;
      if (day > longest) {
        ctx.addIssue({ code: 'custom', path: ['fiscalYearEnd', 'day'], message: `Month ${month} has no day ${day}` });
      }
    }
  });
/** A retention rule. */
export type RetentionRule = z.infer<typeof RetentionRuleSchema>;
