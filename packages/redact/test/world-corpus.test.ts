import { describe, expect, it } from 'vitest';
import { scoreSample } from '../bench/score.js';
import { buildWorldCorpus } from '../bench/world-corpus.js';
import { redact } from '../src/index.js';

// National numbers of 24 countries in every genre, with the default options (`bench/world-compare.ts`
// for the side-by-side table). Pins what is missed on each half, the second one held out of tuning.
describe('the 24-country corpus', () => {
  it.each([
    [0, []],
    // `€ 12.345.678,90`, once read as a phone, is money.
    [1, []],
  ] as const)('half %i leaks no number and over-redacts only the known items', (half, known) => {
    const misses = new Set<string>();
    const corpus = buildWorldCorpus(half);
    expect(new Set(corpus.map((s) => s.genre)).size).toBe(9);
    for (const sample of corpus) {
      const result = scoreSample(sample, { spans: redact(sample.text).findings });
      if (sample.positive && !result.leakFree) misses.add(`leaked phone: ${sample.item}`);
      if (!sample.positive && result.touched) misses.add(`redacted non-phone: ${sample.item}`);
    }
    expect([...misses]).toEqual(known);
  });
});
