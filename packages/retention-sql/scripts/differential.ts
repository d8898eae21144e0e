// Thousands of differential runs (not part of `test`): the compiled SQL against planPurge.
//   node --import tsx scripts/differential.ts [--runs 5000] [--engines sqlite,duckdb,pglite,postgres] [--seed N]
// The postgres engine needs PRIV_PG_URL (eval "$(bash scripts/postgres.sh start)" at the repository root).
import fc from 'fast-check';
import { checkScenario, scenarioArb } from '../test/differential.js';
import { duckdbEngine, pgliteEngine, postgresEngine, sqliteEngine, type Engine } from '../test/engines.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : (args[i + 1] as string);
};
const runs = Number(option('--runs', '5000'));
const engines = option('--engines', 'sqlite,duckdb,pglite').split(',');
const seed = args.includes('--seed') ? Number(option('--seed', '0')) : undefined;
const makers: Record<string, () => Promise<Engine>> = {
  sqlite: sqliteEngine,
  duckdb: duckdbEngine,
  pglite: pgliteEngine,
  postgres: () => {
    const url = process.env.PRIV_PG_URL;
    if (!url) throw new Error('PRIV_PG_URL is not set');
    return postgresEngine(url);
  },
};
let failed = 0;
for (const name of engines) {
  const make = makers[name];
  if (!make) throw new Error(`Unknown engine "${name}": use ${Object.keys(makers).join(', ')}`);
  const engine = await make();
  const started = performance.now();
  const result = await fc.check(
    fc.asyncProperty(scenarioArb(), (scenario) => checkScenario(engine, scenario, { batches: true })),
    { numRuns: runs, ...(seed === undefined ? {} : { seed }) },
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  if (result.failed) {
    failed++;
    console.log(
      `${engine.label}: FAILED after ${result.numRuns} runs (seed ${result.seed}, path ${result.counterexamplePath}): ${String(result.errorInstance).slice(0, 2000)}`,
    );
  } else {
    console.log(`${engine.label}: ${result.numRuns} runs passed in ${seconds} s (seed ${result.seed})`);
  }
  await engine.close();
}
console.log(`${engines.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
