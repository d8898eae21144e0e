import fc from 'fast-check';
import { compilePolicy } from '@priv/retention';
import { scenarioArb, MAPPING } from './test/differential.js';
import { pgliteEngine, sqliteEngine, duckdbEngine } from './test/engines.js';
import { compileRetentionSql } from './src/index.js';
const scenarios = fc.sample(scenarioArb(), { numRuns: 10, seed: 1 });
for (const make of [pgliteEngine, duckdbEngine, sqliteEngine]) {
  const e = await make();
  const t: Record<string, number> = {};
  const tick = async (k: string, f: () => Promise<unknown> | unknown) => { const s = performance.now(); await f(); t[k] = (t[k] ?? 0) + performance.now() - s; };
  for (const sc of scenarios) {
    const policy = compilePolicy(sc.policy);
    let sql: any;
    await tick('compile', () => { sql = compileRetentionSql(policy, MAPPING, { dialect: e.dialect, now: new Date(sc.nowMs), sqliteZoneFunction: true }); });
    e.usePolicy(policy);
    await tick('reset', () => e.reset());
    await tick('load', () => e.load(sc.data));
    await tick('decisions', () => e.query(sql.tables[0].decisions));
    await tick('summary', () => e.query(sql.tables[0].summary));
  }
  console.log(e.label, Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Math.round(v / scenarios.length)])));
  await e.close();
}
