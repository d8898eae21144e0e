// The side-by-side comparison: `npm run bench` in packages/redact.
// Correctness (recall, precision, leak-free) on the labelled corpus, throughput on one core, and the
// worst case on 100 KB hostile inputs (each run in a worker, stopped after 10 s).
import { Worker } from 'node:worker_threads';
import { buildCorpus } from './corpus.js';
import { HOSTILE_INPUTS } from './hostile-inputs.js';
import { scoreTool } from './score.js';
import { comparedTools, type Tool } from './tools.js';

const HOSTILE_TIMEOUT_MS = 10_000;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

async function throughput(tool: Tool, text: string): Promise<number> {
  await tool.run(text.slice(0, 10_000));
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const started = performance.now();
    await tool.run(text);
    best = Math.min(best, performance.now() - started);
  }
  return text.length / 1e6 / (best / 1000);
}

function hostileWorst(tool: Tool, input: number): Promise<number> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./hostile-worker.ts', import.meta.url), { workerData: { tool: tool.name, input } });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve(Infinity);
    }, HOSTILE_TIMEOUT_MS);
    worker.once('message', (ms: number) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(ms);
    });
    worker.once('error', () => {
      clearTimeout(timer);
      resolve(Number.NaN);
    });
  });
}

const corpus = buildCorpus();
const big = corpus.map((s) => s.text).join('\n\n').repeat(4);
console.log(`corpus: ${corpus.length} samples (${corpus.filter((s) => s.positive).length} positives, ${corpus.filter((s) => !s.positive).length} hard negatives); throughput text ${(big.length / 1e6).toFixed(2)} MB\n`);
console.log('| tool | email P / R | phone P / R | card P / R | leak-free (email / phone / card) | MB/s | worst hostile |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
const skipHostile = process.argv.includes('--no-hostile');
for (const tool of comparedTools()) {
  const scores = await scoreTool(tool, corpus);
  const cell = (kind: 'email' | 'phone' | 'card') =>
    tool.kinds.includes(kind) ? `${pct(scores[kind].precision)} / ${pct(scores[kind].recall)}` : 'n/a';
  const leak = (['email', 'phone', 'card'] as const).map((k) => (tool.kinds.includes(k) ? pct(scores[k].leakFreeRate) : 'n/a')).join(' / ');
  const mbs = await throughput(tool, big);
  let worst = 'not run';
  if (!skipHostile) {
    let max = 0;
    let name = '';
    for (let i = 0; i < HOSTILE_INPUTS.length; i++) {
      const ms = await hostileWorst(tool, i);
      if (!(ms <= max)) {
        max = ms;
        name = HOSTILE_INPUTS[i]!.name;
      }
    }
    worst = max === Infinity ? `> ${HOSTILE_TIMEOUT_MS / 1000} s (${name})` : `${max.toFixed(1)} ms (${name})`;
  }
  console.log(`| ${tool.name} | ${cell('email')} | ${cell('phone')} | ${cell('card')} | ${leak} | ${mbs.toFixed(2)} | ${worst} |`);
}
