import { describe, expect, it } from 'vitest';
import { buildHoldout } from '../bench/holdout.js';
import { scoreSample } from '../bench/score.js';
import { redact } from '../src/index.js';

// The held-out corpus (`bench/holdout.ts`) is not a tuning target: this test pins what @priv/redact
// gets wrong on it today, so that a change that leaks more (or fixes one) shows up in review.
describe('the held-out corpus', () => {
  const holdout = buildHoldout();

  it('has items of every kind, each in its document', () => {
    for (const kind of ['email', 'phone', 'card'] as const) {
      expect(holdout.filter((s) => s.kind === kind && s.positive).length).toBeGreaterThan(5);
      expect(holdout.filter((s) => s.kind === kind && !s.positive).length).toBeGreaterThan(5);
    }
    for (const sample of holdout) expect(sample.text).toContain(sample.item);
  });

  it('is redacted with exactly the known misses', () => {
    const misses: string[] = [];
    for (const sample of holdout) {
      const findings = redact(sample.text).findings;
      const result = scoreSample(sample, { spans: findings.map((f) => ({ start: f.start, end: f.end, kind: f.kind })) });
      if (sample.positive && !result.leakFree) misses.push(`leaked ${sample.kind}: ${sample.item}`);
      if (!sample.positive && result.touched) misses.push(`redacted non-${sample.kind}: ${sample.item}`);
    }
    // Once missed: `+44 7700 900123` (Ofcom's range for drama, which libphonenumber-js does not call
    // valid: now redacted for its possible length in a listed country) and `WHERE order_id =
    // 4155552671 AND ...` (an identifier column: now read as an id).
    expect(misses).toEqual([]);
  });
});
