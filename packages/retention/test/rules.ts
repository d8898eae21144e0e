import type { RetentionRuleInput } from '../src/index.js';

/** Rules built in code, one per kind of promise in the seed policies. */
export const logs30Days = {
  key: 'server_logs_30_days',
  description: 'Technical logs kept up to 30 days.',
  anchor: 'record_created',
  period: { days: 30 },
  bound: 'maximum',
  action: 'delete',
  storage: 'logs',
  timeZone: 'UTC',
} as const satisfies RetentionRuleInput;

export const backups30DaysAfterDeletion = {
  key: 'backups_after_deletion',
  description: 'After deletion, 30 days in backups, then permanently erased.',
  anchor: 'account_deleted',
  period: { days: 30 },
  bound: 'maximum',
  action: 'delete',
  storage: 'backups',
  timeZone: 'UTC',
} as const satisfies RetentionRuleInput;

export const deletedImmediately = {
  key: 'account_deleted_immediately',
  description: 'Deletion is immediate and irreversible.',
  anchor: 'account_deleted',
  period: { days: 0 },
  bound: 'maximum',
  action: 'delete',
  timeZone: 'UTC',
} as const satisfies RetentionRuleInput;

export const graceThenRemoval = {
  key: 'deleted_after_grace_period',
  description: '7-day grace period to recover the account; 30 days: complete removal from active systems.',
  anchor: 'deletion_requested',
  period: { days: 30 },
  gracePeriod: { days: 7 },
  bound: 'maximum',
  action: 'delete',
  storage: 'active',
  timeZone: 'UTC',
} as const satisfies RetentionRuleInput;

export const financial7Years = {
  key: 'financial_records_7_years',
  description: 'Financial records retained 7 years for tax compliance.',
  anchor: 'transaction_date',
  period: { years: 7 },
  bound: 'minimum',
  action: 'delete',
  reason: 'Tax law: 7 years',
  timeZone: 'UTC',
} as const satisfies RetentionRuleInput;

export const financial7YearsFromFiscalYearEnd = {
  ...financial7Years,
  key: 'financial_records_7_fiscal_years',
  alignTo: 'fiscal_year_end',
  fiscalYearEnd: { month: 3, day: 31 },
} as const satisfies RetentionRuleInput;

export const tickets3YearsAfterResolution = {
  key: 'support_tickets_3_years',
  description: 'Support tickets retained 3 years after resolution.',
  anchor: 'ticket_resolved',
  period: { years: 3 },
  minimum: { years: 3 },
  bound: 'maximum',
  action: 'delete',
  timeZone: 'UTC',
} as const satisfies RetentionRuleInput;

export const whileActive = {
  key: 'while_active',
  description: 'Kept while the account is active.',
  anchor: 'account_created',
  period: 'indefinite',
  bound: 'maximum',
  action: 'delete',
  storage: 'active',
  timeZone: 'UTC',
} as const satisfies RetentionRuleInput;

export const personalDataAfterDeletion = {
  key: 'personal_data_after_deletion',
  description: 'Personal data deleted 30 days after account deletion.',
  anchor: 'account_deleted',
  period: { days: 30 },
  bound: 'maximum',
  action: 'delete',
  timeZone: 'UTC',
} as const satisfies RetentionRuleInput;

export const usageStatsAnonymised = {
  key: 'anonymised_usage_stats',
  description: 'Anonymised usage stats kept indefinitely.',
  anchor: 'record_created',
  period: 'indefinite',
  bound: 'maximum',
  action: 'anonymise',
  timeZone: 'UTC',
} as const satisfies RetentionRuleInput;

export const usageAnonymisedAfter90Days = {
  key: 'usage_anonymised_after_90_days',
  description: 'Usage events are anonymised after 90 days.',
  anchor: 'record_created',
  period: { days: 90 },
  bound: 'maximum',
  action: 'anonymise',
  timeZone: 'UTC',
} as const satisfies RetentionRuleInput;

export const archivedAfterSubscription = {
  key: 'archive_after_subscription',
  description: 'Course work is archived a year after the subscription ends.',
  anchor: 'subscription_ended',
  period: { years: 1 },
  bound: 'maximum',
  action: 'archive',
  timeZone: 'UTC',
} as const satisfies RetentionRuleInput;

export const breachWindow72Hours = {
  key: 'session_tokens_72_hours',
  description: 'Session tokens expire 72 hours after creation.',
  anchor: 'record_created',
  period: { hours: 72 },
  bound: 'maximum',
  action: 'delete',
  timeZone: 'UTC',
} as const satisfies RetentionRuleInput;

/** `new Date(text)`, shorter. */
export const at = (text: string): Date => new Date(text);
