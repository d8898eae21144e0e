import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../bench/corpus.js';
import { scoreTool } from '../bench/score.js';
import { redact } from '../src/index.js';

// The correctness part of the side-by-side benchmark (`npm run bench`), for @priv/redact alone.
describe('the labelled corpus', () => {
  const corpus = buildCorpus();

  it('has positives and hard negatives of every kind in every context', () => {
    expect(corpus).toHaveLength(738);
    for (const kind of ['email', 'phone', 'card'] as const) {
      expect(corpus.filter((s) => s.kind === kind && s.positive).length).toBeGreaterThan(0);
      expect(corpus.filter((s) => s.kind === kind && !s.positive).length).toBeGreaterThan(0);
    }
    for (const sample of corpus) expect(sample.text).toContain(sample.item);
  });

  it('is redacted with full recall, full precision and no leak', async () => {
    const scores = await scoreTool(
      {
        name: '@priv/redact',
        kinds: ['email', 'phone', 'card'],
        run: (text) => ({ spans: redact(text).findings.map((f) => ({ start: f.start, end: f.end, kind: f.kind })) }),
      },
      corpus,
    );
    for (const kind of ['email', 'phone', 'card'] as const) {
      expect({ kind, recall: scores[kind].recall, precision: scores[kind].precision, leakFree: scores[kind].leakFreeRate }).toEqual({
        kind,
        recall: 1,
        precision: 1,
        leakFree: 1,
      });
    }
  });
});
