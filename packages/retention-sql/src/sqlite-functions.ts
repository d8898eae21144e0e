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
 * for (const f of sqliteFunctions(manifest)) db.function(f.name, { deterministic: f.deterministic }, f.fn);
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
