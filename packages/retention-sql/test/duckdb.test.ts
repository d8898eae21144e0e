import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { checkScenario, scenarioArb } from './differential.js';
import { duckdbEngine, type Engine } from './engines.js';
import { RUNS } from './runs.js';

describe('DuckDB: the compiled SQL decides exactly as planPurge', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await duckdbEngine();
  }, 120_000);
  afterAll(async () => {
    await engine.close();
  });

  it(`random policies and records (${RUNS} runs): decisions, due set, summary, soonest-due list`, async () => {
    await fc.assert(fc.asyncProperty(scenarioArb(), (scenario) => checkScenario(engine, scenario)), { numRuns: RUNS });
  }, 1_800_000);

  it('delete and anonymise batches act on exactly the due set, and a second run changes nothing', async () => {
    await fc.assert(fc.asyncProperty(scenarioArb({ maxRecords: 15 }), (scenario) => checkScenario(engine, scenario, { batches: true })), { numRuns: Math.ceil(RUNS / 4) });
  }, 1_800_000);
});
