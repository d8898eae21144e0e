// Phones of 24 countries in every genre (`world-corpus.ts`), both halves, side by side:
// `node --import tsx bench/world-compare.ts` in packages/redact. Every tool runs with its defaults.
import { scoreTool } from './score.js';
import { comparedTools } from './tools.js';
import { buildWorldCorpus } from './world-corpus.js';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log('| tool | half | phone P / R | phone leak-free |');
console.log('| --- | --- | --- | --- |');
for (const tool of comparedTools()) {
  for (const half of [0, 1] as const) {
    const corpus = buildWorldCorpus(half);
    const s = (await scoreTool({ ...tool, run: (text) => tool.run(text) }, corpus)).phone;
    console.log(
      `| ${tool.name} | ${half === 0 ? 'first' : 'held out'} (${s.positives} / ${s.negatives}) | ${pct(s.precision)} / ${pct(s.recall)} | ${pct(s.leakFreeRate)} |`,
    );
  }
}
