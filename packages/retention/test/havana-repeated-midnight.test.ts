/**
 * Regression: the retention-sql differential run saw this fiscal-year rule in America/Havana end at
 * 03:00Z (an instant of 31 October) inside a long run and at 04:00Z in a fresh process. On
 * 2026-11-01 Havana sets its clocks back from 01:00 CDT to 00:00 CST: midnight happens twice and the
 * day starts at the first one, 04:00Z. An hour early would let a minimum end before it should.
 */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it, vi } from 'vitest';
import { compilePolicy, retentionEnd, type RetentionRuleInput } from '../src/index.js';

const FISCAL: RetentionRuleInput = {
  key: 'havana_fiscal',
  description: 'Kept at least 20 months, 1 week and 240 days after the fiscal year end (26 June).',
  anchor: 'record_created',
  period: { months: 20, weeks: 1, days: 240 },
  bound: 'minimum',
  action: 'delete',
  alignTo: 'fiscal_year_end',
  fiscalYearEnd: { month: 6, day: 26 },
  timeZone: 'America/Havana',
};
const ANCHOR = new Date('2024-06-27T00:00:00Z'); // 26 June 2024, 20:00 in Havana
const FIRST_MIDNIGHT = Temporal.PlainDate.from('2026-11-01').toZonedDateTime({ timeZone: 'America/Havana' }).epochMilliseconds;

describe('America/Havana, repeated midnight of 2026-11-01', () => {
  it('a fiscal-year rule ends at the first midnight (04:00Z) after other zones, rules and days were computed', () => {
    expect(new Date(FIRST_MIDNIGHT).toISOString()).toBe('2026-11-01T04:00:00.000Z'); // the oracle
    // Warm the shared zone clocks: the same rule without its own zone, in zones where 1 November
    // starts at other instants (America/Santiago: 03:00Z), and Havana days around the change.
    const { timeZone: _own, ...zoneless } = FISCAL;
    for (const timeZone of ['America/Santiago', 'America/Asuncion', 'Asia/Amman', 'Asia/Beirut', 'Asia/Gaza', 'Europe/Berlin']) {
      const policy = compilePolicy({ timeZone, retention: [zoneless] });
      for (let day = 0; day < 60; day++) retentionEnd(policy.rules[0]!, { record_created: new Date(ANCHOR.getTime() + day * 43_200_000) });
    }
    for (let days = 230; days < 250; days++) {
      if (days !== 240) retentionEnd({ ...FISCAL, period: { months: 20, weeks: 1, days } }, { record_created: ANCHOR });
    }
    const result = retentionEnd(FISCAL, { record_created: ANCHOR });
    expect(result.status === 'ends' && result.end.toISOString()).toBe('2026-11-01T04:00:00.000Z');
    expect(result.status === 'ends' && result.keepAtLeastUntil?.getTime()).toBe(FIRST_MIDNIGHT);
    const inSantiago = retentionEnd(FISCAL, { record_created: ANCHOR }, { timeZone: 'America/Santiago' });
    expect(inSantiago.status === 'ends' && inSantiago.end.toISOString()).toBe('2026-11-01T04:00:00.000Z'); // the rule's own zone wins
  });

  it('gives the same end in a fresh module graph (empty caches)', async () => {
    const warm = retentionEnd(FISCAL, { record_created: ANCHOR });
    vi.resetModules();
    const fresh = (await import('../src/index.js')) as typeof import('../src/index.js');
    const again = fresh.retentionEnd(FISCAL, { record_created: ANCHOR });
    expect(again.status === 'ends' && again.end.getTime()).toBe(FIRST_MIDNIGHT);
    expect(warm.status === 'ends' && warm.end.getTime()).toBe(FIRST_MIDNIGHT);
  });
});
