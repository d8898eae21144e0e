import { compilePolicy } from '@priv/retention';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileRetentionSql } from '../src/index.js';
import { checkScenario, MAPPING, scenarioArb, type Scenario } from './differential.js';
import type { Dataset, Engine } from './engines.js';
import { RUNS } from './runs.js';

/** A local day that starts twice (or late), and the instant planPurge (through @priv/calendar) starts it at. */
interface DayStartCase {
  readonly zone: string;
  readonly why: string;
  readonly period: { days?: number; months?: number };
  /** The anchor (record_created), ISO. */
  readonly anchor: string;
  /** The end planPurge computes: the first instant of the local day after the period. */
  readonly end: string;
}

/** Named cases: repeated midnights (clocks set back from 01:00 to 00:00) and a skipped one. */
export const DAY_START_CASES: readonly DayStartCase[] = [
  {
    zone: 'America/Havana',
    why: '2023-11-05 starts twice (01:00 CDT back to 00:00 CST)',
    period: { days: 1 },
    anchor: '2023-11-03T16:00:00.000Z',
    end: '2023-11-05T04:00:00.000Z',
  },
  { zone: 'America/Havana', why: '2023-11-05, reached by a month', period: { months: 1 }, anchor: '2023-10-04T16:00:00.000Z', end: '2023-11-05T04:00:00.000Z' },
  {
    zone: 'Asia/Amman',
    why: '2021-10-29 starts twice (01:00 EEST back to 00:00 EET)',
    period: { days: 1 },
    anchor: '2021-10-27T12:00:00.000Z',
    end: '2021-10-28T21:00:00.000Z',
  },
  { zone: 'Asia/Gaza', why: '2020-10-24 starts twice', period: { days: 1 }, anchor: '2020-10-22T12:00:00.000Z', end: '2020-10-23T21:00:00.000Z' },
  {
    zone: 'America/Santiago',
    why: '2024-09-08 has no midnight (starts at 01:00)',
    period: { days: 1 },
    anchor: '2024-09-06T16:00:00.000Z',
    end: '2024-09-08T04:00:00.000Z',
  },
];

function dayStartScenario(c: DayStartCase, zoneTableYears: number | undefined): Scenario {
  const anchorMs = Date.parse(c.anchor);
  const endMs = Date.parse(c.end);
  const record = (id: string, createdAt: number) => ({ id, subject: null, kind: 'k3', storage: null, email: null, created_at: createdAt });
  const data: Dataset = {
    accounts: [],
    // One record due (judged a day after the end), one whose end is still ahead (kept: retention_period, with the same kind of date).
    records: [record('due', anchorMs), record('kept', anchorMs + 86_400_000)],
    holds: [],
  };
  return {
    policy: {
      timeZone: c.zone,
      retention: [
        { key: 'short', description: 'Technical data is kept briefly.', anchor: 'record_created', period: c.period, bound: 'maximum', action: 'delete' },
      ],
      collections: [{ category: 'user.technical', retention: ['short'] }],
      events: [],
    },
    nowMs: endMs + 3_600_000,
    data,
    ...(zoneTableYears === undefined ? {} : { zoneTableYears }),
  };
}

/**
 * The differential suite of one engine: random policies and records against planPurge (RUNS runs,
 * a quarter with the batches), and the named day-start cases with their instants written out.
 */
export function describeEngine(title: string, open: () => Promise<Engine>): void {
  describe(`${title}: the compiled SQL decides exactly as planPurge`, () => {
    let engine: Engine | undefined;
    beforeAll(async () => {
      engine = await open();
    }, 120_000);
    afterAll(async () => {
      await engine?.close();
    });
    const ready = (): Engine => {
      if (!engine) throw new Error(`${title}: the engine did not open`);
      return engine;
    };

    it(`random policies and records (${RUNS} runs): decisions, due set, summary, soonest-due list`, async () => {
      const e = ready();
      await fc.assert(
        fc.asyncProperty(scenarioArb(), (scenario) => checkScenario(e, scenario)),
        { numRuns: RUNS },
      );
    }, 1_800_000);

    it('delete and anonymise batches act on exactly the due set, and a second run changes nothing', async () => {
      const e = ready();
      await fc.assert(
        fc.asyncProperty(scenarioArb({ maxRecords: 15 }), (scenario) => checkScenario(e, scenario, { batches: true })),
        { numRuns: Math.ceil(RUNS / 4) },
      );
    }, 1_800_000);

    // Both ways of reading the zone: the zone table (default) and the database's zone functions alone.
    for (const zoneTableYears of [undefined, 0] as const) {
      for (const c of DAY_START_CASES) {
        const how = zoneTableYears === 0 ? 'zone functions' : 'zone table';
        it(`${c.zone}, ${c.why}: the due instant is ${c.end}, as planPurge's (${how})`, async () => {
          const e = ready();
          const scenario = dayStartScenario(c, zoneTableYears);
          await checkScenario(e, scenario, { batches: true });
          // Written out as well: the SQL's due instant is the first instant of the local day.
          await e.reset();
          await e.load(scenario.data);
          const policy = compilePolicy(scenario.policy);
          e.usePolicy(policy);
          const sql = compileRetentionSql(policy, MAPPING, {
            dialect: e.dialect,
            now: new Date(scenario.nowMs),
            sqliteZoneFunction: true,
            ...(zoneTableYears === undefined ? {} : { zoneTableYears }),
          });
          const [row] = await e.query(sql.tables[0]!.due);
          expect(row?.id).toBe('due');
          expect(new Date(Number(row?.due_ms)).toISOString()).toBe(c.end);
        });
      }
    }
  });
}
