import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkScenario, scenarioArb } from './differential.js';
import { postgresEngine, type Engine } from './engines.js';
import { RUNS } from './runs.js';

// A real PostgreSQL 15 server: `eval "$(bash scripts/postgres.sh start)"` sets PRIV_PG_URL. Without
// it this file fails (in CI and out of it): the server test is never silently skipped.
const url = process.env.PRIV_PG_URL;

describe('PostgreSQL 15 server: the compiled SQL decides exactly as planPurge', () => {
  it('has a server to test against (PRIV_PG_URL, from scripts/postgres.sh)', () => {
    expect(url, 'PRIV_PG_URL is not set: run eval "$(bash scripts/postgres.sh start)" first (CI: .ci/run must)').toMatch(/^postgres(ql)?:\/\//);
  });

  let engine: Engine | undefined;
  beforeAll(async () => {
    if (url) engine = await postgresEngine(url);
  }, 120_000);
  afterAll(async () => {
    await engine?.close();
  });

  it(`random policies and records (${RUNS} runs): decisions, due set, summary, soonest-due list`, async () => {
    if (!engine) throw new Error('No PostgreSQL server: PRIV_PG_URL is not set');
    const e = engine;
    await fc.assert(fc.asyncProperty(scenarioArb(), (scenario) => checkScenario(e, scenario)), { numRuns: RUNS });
  }, 1_800_000);

  it('delete and anonymise batches act on exactly the due set, and a second run changes nothing', async () => {
    if (!engine) throw new Error('No PostgreSQL server: PRIV_PG_URL is not set');
    const e = engine;
    await fc.assert(fc.asyncProperty(scenarioArb({ maxRecords: 15 }), (scenario) => checkScenario(e, scenario, { batches: true })), { numRuns: Math.ceil(RUNS / 4) });
  }, 1_800_000);
});
