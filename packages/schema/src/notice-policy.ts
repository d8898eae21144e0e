import { z } from 'zod';
import { DurationSchema } from './duration.js';
import { TextSchema } from './keys.js';

/** How people are told about a policy change. */
export const NoticeChannelSchema = z.enum(['email', 'in_app', 'page_update']);
/** A notice channel. */
export type NoticeChannel = z.infer<typeof NoticeChannelSchema>;

/**
 * What the policy promises for one class of change: how far in advance (`advanceNotice`, absent when
 * no advance notice is promised) and through which channels (`channels` are promised; `mayUse` are
 * channels the policy says it may also use).
 */
export const ChangeNoticeSchema = z.strictObject({
  advanceNotice: DurationSchema.optional(),
  channels: z.array(NoticeChannelSchema).max(3),
  mayUse: z.array(NoticeChannelSchema).max(3).optional(),
  /** The policy's own words for this class of change, when it promises notice without naming a channel ("we will notify users of significant changes"). */
  description: TextSchema.optional(),
});
/** A notice promise for one class of change. */
export type ChangeNotice = z.infer<typeof ChangeNoticeSchema>;

/**
 * The policy's promises about its own changes. `publicationDayCounts` says whether the day the
 * change is published counts as a day of notice (false by default: notice runs from the next day).
 */
export const NoticePolicySchema = z.strictObject({
  material: ChangeNoticeSchema,
  minor: ChangeNoticeSchema,
  continuedUseMeansAcceptance: z.boolean().default(false),
  publicationDayCounts: z.boolean().default(false),
  /** The policy's own examples of material and minor changes, for rendering and classification docs. */
  materialExamples: z.array(TextSchema).max(50).optional(),
  minorExamples: z.array(TextSchema).max(50).optional(),
});
/** A notice policy. */
export type NoticePolicy = z.infer<typeof NoticePolicySchema>;

/** Promised breach notification times, counted from when the platform becomes aware. */
export const BreachPolicySchema = z
  .strictObject({
    notifyUsersWithin: DurationSchema.optional(),
    notifyAuthorityWithin: DurationSchema.optional(),
    description: TextSchema.optional(),
  })
  .refine((b) => b.notifyUsersWithin !== undefined || b.notifyAuthorityWithin !== undefined, {
    message: 'A breach policy needs notifyUsersWithin or notifyAuthorityWithin',
  })
  .meta({ anyOf: [{ required: ['notifyUsersWithin'] }, { required: ['notifyAuthorityWithin'] }] });
/** A breach notification policy. */
export type BreachPolicy = z.infer<typeof BreachPolicySchema>;
