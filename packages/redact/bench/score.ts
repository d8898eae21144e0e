import type { RedactionKind } from '@priv/schema';
import type { Sample } from './corpus.js';
import type { Coverage, Tool } from './tools.js';

/** Per kind: recall, precision and leak-free rate of one tool over the corpus. */
export interface KindScore {
  readonly positives: number;
  readonly detected: number;
  readonly leakFree: number;
  readonly negatives: number;
  readonly falsePositives: number;
  readonly recall: number;
  readonly precision: number;
  readonly leakFreeRate: number;
}

/**
 * Scores what a tool covered. A positive is detected when any character of the item is covered and
 * leak-free when every character of every occurrence is. A hard negative is a false positive when any
 * of its characters is covered. Spans of a kind the tool reports count for that kind; text-only
 * tools report `any`, which counts for every kind.
 */
export function scoreSample(sample: Sample, coverage: Coverage): { detected: boolean; leakFree: boolean; touched: boolean } {
  const covered = new Uint8Array(sample.text.length);
  for (const span of coverage.spans) {
    if (span.kind !== 'any' && span.kind !== sample.kind && sample.positive) continue;
    for (let i = Math.max(0, span.start); i < Math.min(span.end, covered.length); i++) covered[i] = 1;
  }
  let any = false;
  let all = true;
  let from = sample.text.indexOf(sample.item);
  if (from < 0) throw new Error(`corpus: item ${sample.item} not in its text`);
  while (from >= 0) {
    for (let i = from; i < from + sample.item.length; i++) {
      if (covered[i]) any = true;
      else all = false;
    }
    from = sample.text.indexOf(sample.item, from + 1);
  }
  return { detected: any, leakFree: all, touched: any };
}

/** Runs a tool over the corpus and scores it per kind. */
export async function scoreTool(tool: Tool, corpus: readonly Sample[]): Promise<Record<RedactionKind, KindScore>> {
  const counts = Object.fromEntries(
    (['email', 'phone', 'card'] as const).map((k) => [k, { positives: 0, detected: 0, leakFree: 0, negatives: 0, falsePositives: 0 }]),
  ) as Record<RedactionKind, { positives: number; detected: number; leakFree: number; negatives: number; falsePositives: number }>;
  for (const sample of corpus) {
    const coverage = await tool.run(sample.text);
    const result = scoreSample(sample, coverage);
    const c = counts[sample.kind];
    if (sample.positive) {
      c.positives++;
      if (result.detected) c.detected++;
      if (result.leakFree) c.leakFree++;
    } else {
      c.negatives++;
      if (result.touched) c.falsePositives++;
    }
  }
  const out = {} as Record<RedactionKind, KindScore>;
  for (const [kind, c] of Object.entries(counts) as [RedactionKind, (typeof counts)[RedactionKind]][]) {
    out[kind] = {
      ...c,
      recall: c.positives ? c.detected / c.positives : 0,
      precision: c.detected + c.falsePositives ? c.detected / (c.detected + c.falsePositives) : 0,
      leakFreeRate: c.positives ? c.leakFree / c.positives : 0,
    };
  }
  return out;
}
