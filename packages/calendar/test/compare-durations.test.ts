import { describe, expect, it } from 'vitest';
import { compareDurations, compareDurationsFrom } from '../src/index.js';

describe('compareDurations: exact over a 400-year cycle, never an average month', () => {
  it('{ months: 1 } against { days: 30 } depends on the event (the old average called it "about the same")', () => {
    expect(compareDurations({ days: 30 }, { months: 1 })).toBe('depends');
    expect(compareDurationsFrom({ months: 1 }, { days: 30 }, '2026-01-31')).toBe(-1);
    expect(compareDurationsFrom({ months: 1 }, { days: 30 }, '2026-03-01')).toBe(1);
  });
  it('knows never-longer and never-shorter', () => {
    expect(compareDurations({ days: 28 }, { months: 1 })).toBe('shorter_or_equal');
    expect(compareDurations({ days: 31 }, { months: 1 })).toBe('longer_or_equal');
    expect(compareDurations({ weeks: 2 }, { days: 14 })).toBe('equal');
    expect(compareDurations({ hours: 72 }, { days: 3 })).toBe('shorter');
    expect(compareDurations({ years: 1 }, { months: 12 })).toBe('equal');
    expect(compareDurations({ years: 100 }, { days: 10_000 })).toBe('longer');
    expect(compareDurations({ hours: 24 }, { days: 0 })).toBe('longer');
  });
});

describe('compareDurations agrees with compareDurationsFrom on every sampled event', async () => {
  const fc = (await import('fast-check')).default;
  const { fromDayNumber } = await import('../src/index.js');
  const d = fc
    .record({ years: fc.nat(1), months: fc.nat(3), weeks: fc.nat(5), days: fc.nat(40), hours: fc.nat(80) }, { requiredKeys: [] })
    .filter((x) => Object.keys(x).length > 0);
  it('never contradicts the exact order for one event (500 runs)', () => {
    fc.assert(
      fc.property(d, d, fc.integer({ min: 0, max: 146_096 }), fc.integer({ min: 0, max: 86_399_999 }), (a, b, day, time) => {
        const order = compareDurations(a, b);
        const one = compareDurationsFrom(a, b, fromDayNumber(day), time);
        const allowed = { shorter: [-1], equal: [0], longer: [1], shorter_or_equal: [-1, 0], longer_or_equal: [1, 0], depends: [-1, 0, 1] }[order];
        expect(allowed).toContain(one);
      }),
      { numRuns: 500 },
    );
  });
});
