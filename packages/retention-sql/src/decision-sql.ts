import type { CompiledRule, RetentionPolicy } from '@priv/retention';
import type { StorageScope } from '@priv/schema';
import { cutoffFor } from './cutoff.js';
import type { SqlDialect } from './dialect.js';
import { periodSpec } from './end-spec.js';
import { RetentionSqlError, UnmappedAnchorError, UnsupportedRuleError } from './errors.js';
import type { SqlMapping, SqlTableMapping } from './mapping.js';
import type { ParamList } from './params.js';
import { type ZoneTable, zoneTable } from './zone-table.js';

/** A rule as one table's SQL uses it: where its anchor is and its precomputed cutoffs. */
export interface RuleCutoff {
  readonly rule: string;
  /** Anchors before this instant end by `now` ("end not after now" is "anchor < cutoff"). */
  readonly cutoff: Date | undefined;
  /** Anchors at or after this instant are still in the grace period at `now`. */
  readonly graceCutoff: Date | undefined;
}

/** The decision query of one table and what the statements around it need. */
export interface DecisionQuery {
  /** `SELECT id, subject, status, rule, action, due_ms, overrides[, pending] FROM ...`: one row per record. */
  readonly sql: string;
  readonly cutoffs: readonly RuleCutoff[];
}

/** A boolean SQL expression, or a constant the builder folds away. */
type Bool = string | boolean;

const SENTINEL_LOW = '-9000000000000000000';
const NO_INDEX = 'CAST(NULL AS INTEGER)';
const NO_MS = 'CAST(NULL AS BIGINT)';
const SENTINEL_HIGH = '9000000000000000000';
const RANK: Readonly<Record<string, number>> = { archive: 1, anonymise: 2, delete: 3 };

function or(parts: readonly Bool[]): Bool {
  if (parts.some((p) => p === true)) return true;
  const rest = parts.filter((p): p is string => typeof p === 'string');
  return rest.length === 0 ? false : rest.length === 1 ? (rest[0] as string) : `(${rest.join(' OR ')})`;
}

function and(parts: readonly Bool[]): Bool {
  if (parts.some((p) => p === false)) return false;
  const rest = parts.filter((p): p is string => typeof p === 'string');
  return rest.length === 0 ? true : rest.length === 1 ? (rest[0] as string) : `(${rest.join(' AND ')})`;
}

function sqlBool(b: Bool): string {
  return b === true ? '(1=1)' : b === false ? '(1=0)' : b;
}

/** `CASE WHEN c1 THEN v1 ... ELSE e END`, dropping branches that cannot be taken and stopping at one that always is. */
function caseWhen(branches: readonly (readonly [Bool, string])[], otherwise: string): string {
  const kept: string[] = [];
  for (const [condition, value] of branches) {
    if (condition === false) continue;
    if (condition === true) {
      if (kept.length === 0) return value;
      return `CASE ${kept.join(' ')} ELSE ${value} END`;
    }
    kept.push(`WHEN ${condition} THEN ${value}`);
  }
  return kept.length === 0 ? otherwise : `CASE ${kept.join(' ')} ELSE ${otherwise} END`;
}

interface Variant {
  readonly condition: Bool;
  readonly rules: readonly CompiledRule[];
}

const STORAGE_VALUES: readonly StorageScope[] = ['active', 'backups', 'logs'];

function variantsOf(policy: RetentionPolicy, table: SqlTableMapping, p: ParamList, d: SqlDialect): Variant[] {
  const categoryOptions: { condition: Bool; categories: readonly string[] }[] = Array.isArray(table.categories)
    ? [{ condition: true, categories: table.categories }]
    : Object.entries(table.categories.values).map(([value, categories]) => ({
        condition: `r.${d.ident((table.categories as { column: string }).column)} = ${p.add(value, 'text')}`,
        categories,
      }));
  const storage = table.storage;
  const storageOptions: { condition: Bool; storage: StorageScope | undefined }[] =
    storage === undefined
      ? [{ condition: true, storage: undefined }]
      : typeof storage === 'string'
        ? [{ condition: true, storage }]
        : [
            { condition: `r.${d.ident(storage.column)} IS NULL`, storage: undefined },
            ...STORAGE_VALUES.map((value) => ({ condition: `r.${d.ident(storage.column)} = ${p.add(value, 'text')}`, storage: value })),
            // Any other value (including 'all'): only rules for every storage apply, as in planPurge.
            { condition: true, storage: 'all' as const },
          ];
  const variants: Variant[] = [];
  for (const c of categoryOptions) {
    for (const s of storageOptions) {
      variants.push({ condition: and([c.condition, s.condition]), rules: policy.rulesFor(c.categories, s.storage) });
    }
  }
  return variants;
}

/**
 * Builds the decision query of one table: every record with the verdict `planPurge` gives it at
 * `now` (status `due` or the kept reason, the deciding rule, the action, the due instant in epoch ms
 * and the rule whose deadline it overrides). Cutoffs are computed here, outside the database.
 */
export function decisionQuery(
  policy: RetentionPolicy,
  mapping: SqlMapping,
  tableIndex: number,
  d: SqlDialect,
  p: ParamList,
  nowMs: number,
  options: {
    readonly holdsFromPlacement: boolean;
    readonly cutoffCache?: Map<CompiledRule, RuleCutoff>;
    readonly filter?: 'due' | 'dated';
    readonly actionOnly?: boolean;
    /** Years each side of `now` the zone tables cover (0: none, the database's zone functions only). */
    readonly zoneTableYears?: number;
    readonly zoneTables?: Map<string, ZoneTable>;
  },
): DecisionQuery {
  const table = mapping.tables[tableIndex] as SqlTableMapping;
  const cases = variantsOf(policy, table, p, d);
  // Rows with the same ordered rule list share one group: the per-group SQL is written once.
  const groups: (readonly CompiledRule[])[] = [];
  const groupOf = cases.map((c) => {
    let g = groups.findIndex((rules) => rules.length === c.rules.length && rules.every((r, i) => r === c.rules[i]));
    if (g === -1) {
      groups.push(c.rules);
      g = groups.length - 1;
    }
    return g;
  });
  const variants: Variant[] = groups.map((rules) => ({ condition: true, rules }));
  const used: CompiledRule[] = [];
  for (const v of variants) for (const rule of v.rules) if (!used.includes(rule)) used.push(rule);

  // Anchor columns, one per distinct event.
  const anchorColumns = new Map<string, string | null>();
  for (const rule of used) {
    if (anchorColumns.has(rule.anchor)) continue;
    const own = table.events[rule.anchor];
    // A subject's event needs the table's subject column to join on.
    const subject = table.subject === undefined ? undefined : mapping.subjects?.events[rule.anchor];
    if (own !== undefined) anchorColumns.set(rule.anchor, own === null ? null : `r.${d.ident(own)}`);
    else if (subject !== undefined) anchorColumns.set(rule.anchor, `s.${d.ident(subject)}`);
    else throw new UnmappedAnchorError(['tables', tableIndex, 'events', rule.anchor], rule.anchor, rule.key);
  }
  const anchorNames = new Map<string, string>();
  [...anchorColumns.keys()].forEach((event, i) => anchorNames.set(event, `a${i}`));
  const anchorOf = (rule: CompiledRule): string | null => (anchorColumns.get(rule.anchor) === null ? null : (anchorNames.get(rule.anchor) as string));
  const isNull = (rule: CompiledRule): Bool => {
    const a = anchorOf(rule);
    return a === null ? true : `${a} IS NULL`;
  };
  const notNull = (rule: CompiledRule): Bool => {
    const a = anchorOf(rule);
    return a === null ? false : `${a} IS NOT NULL`;
  };

  // Cutoffs, outside the database.
  const cache = options.cutoffCache ?? new Map<CompiledRule, RuleCutoff>();
  const cutoffs: RuleCutoff[] = used.map((rule) => {
    const known = cache.get(rule);
    if (known) return known;
    const cutoff = rule.indefinite ? undefined : cutoffFor((ms) => rule.end(ms), nowMs);
    const grace = !rule.indefinite && rule.rule.gracePeriod !== undefined ? cutoffFor((ms) => rule.graceEnd(ms), nowMs) : undefined;
    const computed = {
      rule: rule.key,
      cutoff: cutoff === undefined ? undefined : new Date(cutoff),
      graceCutoff: grace === undefined ? undefined : new Date(grace),
    };
    cache.set(rule, computed);
    return computed;
  });
  const cutoffOf = (rule: CompiledRule) => cutoffs[used.indexOf(rule)] as RuleCutoff;
  const endedBy = (rule: CompiledRule): Bool => {
    const a = anchorOf(rule);
    const c = cutoffOf(rule).cutoff;
    return a === null || c === undefined ? false : `${a} < ${p.add(d.instantValue(c.getTime()), 'instant')}`;
  };
  const inGrace = (rule: CompiledRule): Bool => {
    const a = anchorOf(rule);
    const g = cutoffOf(rule).graceCutoff;
    return a === null || g === undefined ? false : `${a} >= ${p.add(d.instantValue(g.getTime()), 'instant')}`;
  };

  // Base layer: id, subject, variant, hold, anchors.
  const now = p.add(d.instantValue(nowMs), 'instant');
  const heldExpr = holdExpression(mapping, table, d, p, now, options.holdsFromPlacement);
  // Later layers read the base layer's column.
  const held: Bool = heldExpr === false ? false : 'held';
  const variantExpr = caseWhen(
    cases.map((c, i) => [c.condition, String(groupOf[i])] as const),
    '-1',
  );
  const base = [
    `r.${d.ident(table.id)} AS id`,
    `${table.subject === undefined ? 'NULL' : `r.${d.ident(table.subject)}`} AS subject`,
    `${variantExpr} AS v`,
    `${sqlBool(heldExpr)} AS held`,
    ...[...anchorColumns.entries()].filter(([, c]) => c !== null).map(([event, column]) => `${column} AS ${anchorNames.get(event)}`),
  ];
  if (table.anonymise) {
    const pending = or(Object.entries(table.anonymise.set).map(([column, value]) => d.distinct(`r.${d.ident(column)}`, p.add(value, 'raw'))));
    base.push(`${sqlBool(pending)} AS pending`);
  }
  const join =
    mapping.subjects && table.subject !== undefined && [...anchorColumns.values()].some((c) => c?.startsWith('s.'))
      ? ` LEFT JOIN ${d.ident(mapping.subjects.table)} s ON s.${d.ident(mapping.subjects.id)} = r.${d.ident(table.subject)}`
      : '';
  const layer1 = `SELECT ${base.join(', ')} FROM ${d.ident(table.name)} r${join}`;

  // Zone offsets around now, computed here (once per zone and compile), read by the SQL as constants.
  const years = options.zoneTableYears ?? 0;
  const tables = options.zoneTables ?? new Map<string, ZoneTable>();
  const zoneTableOf = (zone: string): ZoneTable | undefined => {
    if (years === 0) return undefined;
    let known = tables.get(zone);
    if (!known) {
      known = zoneTable(zone, nowMs, years);
      tables.set(zone, known);
    }
    return known;
  };

  // Layer 2: the end (epoch ms) of each rule with a period.
  const endName = (rule: CompiledRule) => `e${used.indexOf(rule)}`;
  const ends = used
    .filter((rule) => !rule.indefinite && anchorOf(rule) !== null)
    .map((rule) => {
      try {
        const spec = periodSpec(rule) as NonNullable<ReturnType<typeof periodSpec>>;
        const table = spec.calendar && !spec.utc && d.name !== 'sqlite' ? zoneTableOf(spec.timeZone) : undefined;
        return { rule, name: endName(rule), anchor: anchorOf(rule) as string, stages: d.endMs(p, anchorOf(rule) as string, spec, rule.key, table) };
      } catch (error) {
        if (error instanceof RetentionSqlError && error.code === 'unsupported_rule') {
          throw new UnsupportedRuleError(
            ['retention', policy.rules.indexOf(rule), 'timeZone'],
            `Rule "${rule.key}" (table ${table.name}): ${error.message.replace(/^[^:]*: /, '')}`,
          );
        }
        throw error;
      }
    });

  // Layer 3: per variant, the status, the reported rule and the latest/earliest ends.
  const index = (rule: CompiledRule) => String(used.indexOf(rule));
  const ended = (rule: CompiledRule) => !rule.indefinite && anchorOf(rule) !== null;
  const keyOf = (rule: CompiledRule) => `COALESCE(${endName(rule)} * 4 + ${RANK[rule.action]}, ${SENTINEL_LOW})`;
  const statusOf = (rules: readonly CompiledRule[]): string => {
    if (rules.length === 0) return caseWhen([[held, `'on_hold'`]], `'no_rule'`);
    const finite = rules.filter((r) => !r.indefinite);
    const waiting = or(rules.filter((r) => r.keeps).map(isNull));
    const forever = or(rules.filter((r) => r.keeps && r.indefinite).map(notNull));
    const noDecider = and(finite.map(isNull));
    const anyIndefinite = or(rules.filter((r) => r.indefinite).map(notNull));
    const allEnded = and(finite.map((r) => or([isNull(r), endedBy(r)])));
    const grace = or(finite.map(inGrace));
    return caseWhen(
      [
        [held, `'on_hold'`],
        [waiting, `'anchor_missing'`],
        [forever, `'indefinite'`],
        [noDecider, caseWhen([[anyIndefinite, `'indefinite'`]], `'anchor_missing'`)],
        [allEnded, `'due'`],
        [grace, `'grace_period'`],
      ],
      `'retention_period'`,
    );
  };
  const latestOf = (rules: readonly CompiledRule[]): string => {
    const keys = rules.filter(ended).map(keyOf);
    return keys.length === 0 ? SENTINEL_LOW : d.greatest(keys);
  };
  const earliestMaxOf = (rules: readonly CompiledRule[]): string => {
    const maxima = rules.filter((r) => ended(r) && r.bound === 'maximum').map((r) => `COALESCE(${endName(r)}, ${SENTINEL_HIGH})`);
    return maxima.length === 0 ? SENTINEL_HIGH : d.least(maxima);
  };
  const ruleOf = (rules: readonly CompiledRule[]): string => {
    if (rules.length === 0) return NO_INDEX;
    const keepers = rules.filter((r) => r.keeps);
    const decider = rules.filter(ended).map((r) => [`${keyOf(r)} = lk`, index(r)] as const);
    const noDecider = rules.filter((r) => !r.indefinite).map(isNull);
    return caseWhen(
      [
        [held, NO_INDEX],
        ...keepers.map((r) => [isNull(r), index(r)] as const),
        ...keepers.filter((r) => r.indefinite).map((r) => [notNull(r), index(r)] as const),
        [
          and(noDecider),
          caseWhen(
            [
              ...rules.filter((r) => r.indefinite && !r.keeps).map((r) => [notNull(r), index(r)] as const),
              ...rules.filter((r) => !r.keeps).map((r) => [isNull(r), index(r)] as const),
            ],
            NO_INDEX,
          ),
        ],
        ...decider,
      ],
      NO_INDEX,
    );
  };
  const perVariant = (build: (rules: readonly CompiledRule[]) => string, otherwise: string): string =>
    variantExpr === '0'
      ? build((variants[0] as Variant).rules)
      : `CASE v ${variants.map((v, i) => `WHEN ${i} THEN ${build(v.rules)}`).join(' ')} ELSE ${otherwise} END`;
  const noRuleStatus = caseWhen([[held, `'on_hold'`]], `'no_rule'`);
  const dated = `status IN ('due', 'grace_period', 'retention_period')`;
  // The status needs no end: cutoffs decide it. Filter there, then compute ends only for rows with a
  // date, and only from an anchor that happened (SQLite's printf() turns NULL into '0000').
  const where = options.filter === 'due' ? ` WHERE status = 'due'` : options.filter === 'dated' ? ` WHERE status IN ('grace_period', 'retention_period')` : '';
  const layerStatus = `SELECT b1.*, ${perVariant(statusOf, noRuleStatus)} AS status FROM (${layer1}${d.fence}) b1`;
  const layerFiltered = where === '' ? layerStatus : `SELECT bs.* FROM (${layerStatus}${d.fence}) bs${where}`;
  // Only the action wanted (the batches): where every finite rule of a group has the same action,
  // the decider's action is known without any end, so ends are computed only for the other groups.
  const staticAction = variants.map((v) => {
    const actions = new Set(v.rules.filter((r) => !r.indefinite).map((r) => r.action));
    return actions.size === 1 ? [...actions][0] : undefined;
  });
  const actionOnly = options.actionOnly === true && options.filter === 'due';
  // An end is computed only for the rows of the groups whose rules include it (and, for the action
  // alone, only of the groups whose action depends on which rule decides).
  const groupsOf = (rule: CompiledRule) =>
    variants.map((v, g) => (v.rules.includes(rule) && (!actionOnly || staticAction[g] === undefined) ? g : -1)).filter((g) => g !== -1);
  const guardOf = (rule: CompiledRule): string => {
    const groups = groupsOf(rule);
    if (groups.length === 0) return ' AND 1=0';
    // Every group: no test (a row of no group has no rule, so no date either).
    return groups.length === variants.length ? '' : ` AND v IN (${groups.join(', ')})`;
  };
  // Each end in stages (one layer per stage: a zone conversion used twice is computed once); an end
  // no group needs here is NULL (not written out: the planner need not read it).
  const needed = ends.filter((e) => groupsOf(e.rule).length > 0);
  const depth = Math.max(0, ...needed.map((e) => e.stages.length));
  let layer2 = layerFiltered;
  for (let k = 0; k < depth; k++) {
    const columns = needed.flatMap((e) => {
      const stage = e.stages[k];
      if (!stage) return [];
      const col = (j: number) => `${e.name}_${j}`;
      const name = k === e.stages.length - 1 ? e.name : col(k);
      const expr = stage(col);
      return [`${k === 0 ? `CASE WHEN ${dated} AND ${e.anchor} IS NOT NULL${guardOf(e.rule)} THEN ${expr} END` : expr} AS ${name}`];
    });
    layer2 = `SELECT b${k}s.*, ${columns.join(', ')} FROM (${layer2}${d.fence}) b${k}s`;
  }
  const unneeded = ends
    .filter((e) => !needed.includes(e))
    .map((e) => `, ${NO_MS} AS ${e.name}`)
    .join('');
  layer2 = `SELECT bf.*${unneeded} FROM (${layer2}${d.fence}) bf`;
  const layer3 = `SELECT b2.*, ${perVariant(latestOf, SENTINEL_LOW)} AS lk, ${perVariant(earliestMaxOf, SENTINEL_HIGH)} AS mn FROM (${layer2}${d.fence}) b2`;
  const layer4 = `SELECT b3.*, ${perVariant(ruleOf, NO_INDEX)} AS ri FROM (${layer3}${d.fence}) b3`;

  // Layer 5: the due instant (the decider's end) and the overridden maximum.
  const endable = used.filter(ended);
  const dueMs = endable.length === 0 ? NO_MS : `CASE WHEN ${dated} THEN CASE ri ${endable.map((r) => `WHEN ${index(r)} THEN ${endName(r)}`).join(' ')} END END`;
  const layer5 = `SELECT b4.*, ${dueMs} AS due_ms FROM (${layer4}${d.fence}) b4`;
  const maxima = endable.filter((r) => r.bound === 'maximum');
  const overriddenIndex =
    maxima.length === 0
      ? NO_INDEX
      : `CASE WHEN ${dated} AND mn < due_ms THEN CASE ${maxima.map((r) => `WHEN ${endName(r)} = mn THEN ${index(r)}`).join(' ')} END END`;
  const keyCase = (column: string, value: (rule: CompiledRule) => string) =>
    used.length === 0 ? 'CAST(NULL AS VARCHAR)' : `CASE ${column} ${used.map((r) => `WHEN ${index(r)} THEN ${p.add(value(r), 'text')}`).join(' ')} END`;
  const layer6 = `SELECT b5.*, ${overriddenIndex} AS oi FROM (${layer5}${d.fence}) b5`;
  const columns = [
    'id',
    'subject',
    'status',
    `${keyCase('ri', (r) => r.key)} AS rule`,
    `${keyCase('ri', (r) => r.action)} AS action`,
    'due_ms',
    `${keyCase('oi', (r) => r.key)} AS overrides`,
  ];
  if (actionOnly) {
    const decided = keyCase('ri', (r) => r.action);
    const statics = staticAction
      .map((a, g) => (a === undefined ? undefined : `WHEN ${g} THEN ${p.add(a, 'text')}`))
      .filter((w): w is string => w !== undefined);
    const action = statics.length === 0 ? decided : `CASE v ${statics.join(' ')} ELSE ${decided} END`;
    columns.splice(0, columns.length, 'id', 'subject', 'status', `${action} AS action`);
  }
  if (table.anonymise) columns.push('pending');
  const sql = `SELECT ${columns.join(', ')} FROM (${layer6}${d.fence}) b6`;
  return { sql, cutoffs };
}

function holdExpression(mapping: SqlMapping, table: SqlTableMapping, d: SqlDialect, p: ParamList, now: string, holdsFromPlacement: boolean): Bool {
  const holds = mapping.holds;
  if (!holds) return false;
  const placed = `h.${d.ident(holds.placedAt)}`;
  const released = `h.${d.ident(holds.releasedAt)}`;
  // Decisions: active at now (placed <= now < released), as isHoldActive. Deletes and updates: any
  // hold not released by now blocks, even one placed after now (placed while the job runs).
  const active = holdsFromPlacement ? `${placed} <= ${now} AND (${released} IS NULL OR ${released} > ${now})` : `(${released} IS NULL OR ${released} > ${now})`;
  const parts: Bool[] = [];
  if (holds.recordId !== undefined) {
    const sameTable = holds.recordTable === undefined ? '' : ` AND h.${d.ident(holds.recordTable)} = ${p.add(table.name, 'text')}`;
    parts.push(`EXISTS (SELECT 1 FROM ${d.ident(holds.table)} h WHERE h.${d.ident(holds.recordId)} = r.${d.ident(table.id)}${sameTable} AND ${active})`);
  }
  if (holds.subject !== undefined && table.subject !== undefined) {
    parts.push(`EXISTS (SELECT 1 FROM ${d.ident(holds.table)} h WHERE h.${d.ident(holds.subject)} = r.${d.ident(table.subject)} AND ${active})`);
  }
  return or(parts);
}
