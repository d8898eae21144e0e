import { compilePolicy, type RetentionPolicy, type RetentionPolicyInput } from '@priv/retention';
import { SQLITE_RULE_END_FUNCTION } from './dialect-sqlite.js';

/** A SQL function to register on a SQLite connection. */
export interface SqliteFunction {
  readonly name: string;
  /** Deterministic: the same arguments always give the same result. */
  readonly deterministic: true;
  readonly fn: (ruleKey: unknown, anchorMs: unknown) => number | null;
}

/**
 * The functions SQLite statements compiled with `sqliteZoneFunction: true` call: `priv_rule_end(rule,
 * anchor_ms)`, the end of a rule's period in epoch ms, computed by `@priv/retention` itself (so
 * zones, DST and month ends are exactly `planPurge`'s). Only the ends of zoned rules call it; the due
 * set uses cutoffs and needs no function.
 *
 * @param policy - The same policy the statements were compiled from.
 * @returns The functions to register, e.g. with better-sqlite3's `db.function(name, { deterministic }, fn)`.
 * @example
 * import Database from 'better-sqlite3';
 * import { sqliteFunctions } from '@priv/retention-sql';
 *
 * const manifest = {
 *   timeZone: 'Europe/Berlin',
 *   collections: [{ category: 'user.technical', retention: ['logs_30_days'] }],
 *   retention: [{ key: 'logs_30_days', description: 'Logs are kept 30 days.', anchor: 'record_created', period: { days: 30 }, bound: 'maximum', action: 'delete' }],
 * } as const;
 * const db = new Database(':memory:');
 * for (const f of sqliteFunctions(manifest)) db.function(f.name, { deterministic: f.deterministic }, f.fn);
 * // 30 days from 1 March 2026, 10:00 UTC: gone by the end of 31 March in Berlin (22:00 UTC)
 * db.prepare("SELECT priv_rule_end('logs_30_days', ?) AS end").get(Date.parse('2026-03-01T10:00:00Z')); // { end: 1774994400000 }
 */
export function sqliteFunctions(policy: RetentionPolicyInput | RetentionPolicy): readonly SqliteFunction[] {
  const compiled = compilePolicy(policy);
  return [
    {
      name: SQLITE_RULE_END_FUNCTION,
      deterministic: true,
      fn(ruleKey, anchorMs) {
        if (anchorMs === null || anchorMs === undefined) return null;
        const rule = compiled.rule(String(ruleKey));
        if (!rule) throw new TypeError(`${SQLITE_RULE_END_FUNCTION}: no rule "${String(ruleKey)}" in this policy`);
        const end = rule.end(Number(anchorMs));
        return Number.isNaN(end) ? null : end;
      },
    },
  ];
}
