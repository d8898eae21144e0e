import { isWithin, type StorageScope } from '@priv/schema';
import { compileRule, type CompiledRule, type RetentionRuleInput } from './compile-rule.js';
import { InvalidRuleError, UnknownRuleError } from './errors.js';

/**
 * What a retention policy needs from a manifest: its rules, which categories they govern, the zone
 * and the custom events. A parsed `PrivacyManifest` is one; so is a literal built in code.
 */
export interface RetentionPolicyInput {
  /** The rules, as written or already compiled. */
  readonly retention: readonly (RetentionRuleInput | CompiledRule)[];
  /** Which rules govern which data category (a manifest's `collections`). */
  readonly collections?: readonly { readonly category: string; readonly retention: readonly string[] }[];
  /**
   * The zone calendar units are counted in for rules without their own `timeZone`. No default: a
   * rule in years, months, weeks or days with no zone of its own and none here is refused
   * (`InvalidRuleError` at `retention[i].timeZone`).
   */
  readonly timeZone?: string | undefined;
  /** Custom anchor events (the manifest's `events`). */
  readonly events?: readonly { readonly key: string }[];
}

/** A compiled policy: every rule validated and ready, and a cached category -> rules look-up. */
export interface RetentionPolicy {
  readonly compiledPolicy: true;
  /** The policy's zone, when it has one (rules may carry their own). */
  readonly timeZone: string | undefined;
  readonly rules: readonly CompiledRule[];
  /** The rule with this key, if any. */
  rule(key: string): CompiledRule | undefined;
  /**
   * The rules that apply to a record with these categories (and, when given, in this storage): every
   * rule of every collection whose category contains one of them or is contained in one of them.
   * Cached per distinct category list.
   */
  rulesFor(categories: readonly string[], storage?: StorageScope): readonly CompiledRule[];
}

const MAX_LOOKUPS = 10_000;

/**
 * Validates a manifest's retention rules and prepares the category -> rules look-up the purge plan
 * uses. Throws a typed error with a path (`retention[2].anchor`,
 * `collections[4].retention[0]`) on bad input.
 *
 * @param input - a manifest (or just its `timeZone`, `collections`, `retention` and `events`), or a policy already compiled (returned as it is)
 * @returns the compiled policy: rules by key and a cached category -> rules look-up
 * @throws RetentionError with a path: a rule that is not valid (see `compileRule`), two rules with one key (`InvalidRuleError`), a collection naming an undeclared rule (`UnknownRuleError`)
 * @example
 * const policy = compilePolicy({
 *   timeZone: 'Europe/Berlin',
 *   retention: [{ key: 'logs_30_days', description: 'Logs are kept 30 days.', anchor: 'record_created', period: { days: 30 }, bound: 'maximum', action: 'delete' }],
 *   collections: [{ category: 'user.technical', retention: ['logs_30_days'] }],
 * });
 * policy.rulesFor(['user.technical.ip_address']).map((rule) => rule.key); // ['logs_30_days']
 * policy.rulesFor(['user.contact.email']).length; // 0
 */
export function compilePolicy(input: RetentionPolicyInput | RetentionPolicy): RetentionPolicy {
  if (isRetentionPolicy(input)) return input;
  const timeZone = input.timeZone;
  const events = input.events ?? [];
  const byKey = new Map<string, CompiledRule>();
  const rules = input.retention.map((rule, index) => {
    const compiled = compileRule(rule, { path: ['retention', index], ...(timeZone === undefined ? {} : { timeZone }), events });
    if (byKey.has(compiled.key)) throw new InvalidRuleError(['retention', index, 'key'], `Two retention rules have the key "${compiled.key}"`);
    byKey.set(compiled.key, compiled);
    return compiled;
  });
  const collections = (input.collections ?? []).map((collection, index) => ({
    category: collection.category,
    rules: collection.retention.map((key, j) => {
      const rule = byKey.get(key);
      if (!rule) throw new UnknownRuleError(['collections', index, 'retention', j], key);
      return rule;
    }),
  }));
  const cache = new Map<string, Map<string, readonly CompiledRule[]>>();
  const resolve = (categories: readonly string[], storage: StorageScope | undefined): readonly CompiledRule[] => {
    const found = new Set<CompiledRule>();
    for (const category of categories) {
      for (const collection of collections) {
        if (!isWithin(category, collection.category) && !isWithin(collection.category, category)) continue;
        for (const rule of collection.rules) {
          if (storage === undefined || rule.storage === 'all' || rule.storage === storage) found.add(rule);
        }
      }
    }
    return [...found];
  };
  return {
    compiledPolicy: true,
    timeZone,
    rules,
    rule: (key) => byKey.get(key),
    rulesFor(categories, storage) {
      const scope = storage ?? '';
      let forScope = cache.get(scope);
      if (!forScope) {
        forScope = new Map();
        cache.set(scope, forScope);
      }
      const key = categories.length === 1 ? (categories[0] as string) : categories.join('\u0000');
      let found = forScope.get(key);
      if (found === undefined) {
        found = resolve(categories, storage);
        if (forScope.size >= MAX_LOOKUPS) forScope.clear();
        forScope.set(key, found);
      }
      return found;
    },
  };
}

/**
 * Whether a value is a policy already prepared by {@link compilePolicy} (compiling it again is free).
 *
 * @param value - anything
 * @returns `true` when `value` came from `compilePolicy`
 * @example
 * import { compilePolicy, isRetentionPolicy } from '@priv/retention';
 *
 * const manifest = {
 *   timeZone: 'UTC',
 *   collections: [{ category: 'user.financial.invoice', retention: ['financial_records_7_years', 'financial_records_anonymised_after_deletion'] }],
 *   retention: [
 *     { key: 'financial_records_7_years', description: 'Kept 7 years for tax.', anchor: 'transaction_date', period: { years: 7 }, bound: 'minimum', action: 'delete' },
 *     { key: 'financial_records_anonymised_after_deletion', description: 'Anonymised 30 days after deletion.', anchor: 'account_deleted', period: { days: 30 }, bound: 'maximum', action: 'anonymise' },
 *   ],
 * } as const; // a manifest's timeZone, collections and retention (a whole PrivacyManifest works too)
 * isRetentionPolicy(compilePolicy(manifest)); // true
 * isRetentionPolicy(manifest); // false
 */
export function isRetentionPolicy(value: unknown): value is RetentionPolicy {
  return typeof value === 'object' && value !== null && (value as { compiledPolicy?: unknown }).compiledPolicy === true;
}

/**
 * The retention rules of a manifest (or policy) that apply to a record with these data categories,
 * following the category hierarchy (`isWithin` from `@priv/schema`): a collection of `user.contact`
 * governs a record of `user.contact.email`, and a record of `user.profile` is governed by the rules
 * of `user.profile.photo` too (it may hold a photo). `storage` keeps rules for that storage and `all`.
 *
 * @param policy - a manifest (its `timeZone`, `collections`, `retention`, `events`) or a policy compiled once with `compilePolicy`
 * @param categories - the data categories a record holds
 * @param options - `storage` (`active`, `backups`, `logs`) to keep only rules for that storage and `all`
 * @returns the compiled rules that govern such a record, each once
 * @throws RetentionError when `policy` is not valid (as `compilePolicy`)
 * @example
 * import { rulesForCategories } from '@priv/retention';
 *
 * const manifest = {
 *   timeZone: 'UTC',
 *   collections: [{ category: 'user.financial.invoice', retention: ['financial_records_7_years', 'financial_records_anonymised_after_deletion'] }],
 *   retention: [
 *     { key: 'financial_records_7_years', description: 'Kept 7 years for tax.', anchor: 'transaction_date', period: { years: 7 }, bound: 'minimum', action: 'delete' },
 *     { key: 'financial_records_anonymised_after_deletion', description: 'Anonymised 30 days after deletion.', anchor: 'account_deleted', period: { days: 30 }, bound: 'maximum', action: 'anonymise' },
 *   ],
 * } as const; // a manifest's timeZone, collections and retention (a whole PrivacyManifest works too)
 * const rules = rulesForCategories(manifest, ['user.financial.invoice']);
 * rules.map((rule) => rule.key); // ['financial_records_7_years', 'financial_records_anonymised_after_deletion']
 */
export function rulesForCategories(
  policy: RetentionPolicyInput | RetentionPolicy,
  categories: readonly string[],
  options: { readonly storage?: StorageScope } = {},
): readonly CompiledRule[] {
  return compilePolicy(policy).rulesFor(categories, options.storage);
}
