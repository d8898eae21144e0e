// The side-by-side comparison: `npm run bench` in packages/redact.
// Correctness (recall, precision, leak-free) on the labelled corpus, throughput on one core, and the
// worst case on 100 KB hostile inputs (each in its own process, stopped after 10 s).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from './corpus.js';
import { HOSTILE_INPUTS } from './hostile-inputs.js';
import { scoreTool } from './score.js';
import { comparedTools, type Tool } from './tools.js';

const HOSTILE_TIMEOUT_MS = 10_000;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

async function throughput(tool: Tool, text: string): Promise<number> {
  for (let r = 0; r < 3; r++) await tool.run(text); // warm-up: every tool gets the same JIT chances
  let best = Infinity;
  for (let r = 0; r < 5; r++) {
    const started = performance.now();
    await tool.run(text);
    best = Math.min(best, performance.now() - started);
  }
  return text.length / 1e6 / (best / 1000);
}

function hostileWorst(tool: Tool, input: number): Promise<number> {
  return new Promise((resolve) => {
    const script = fileURLToPath(new URL('./hostile-worker.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', script, tool.name, String(input)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), HOSTILE_TIMEOUT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(Number(out));
      else if (code === null) resolve(Infinity);
      else {
        console.error(`${tool.name} on hostile input ${input} failed: ${err.trim().split('\n').slice(-3).join(' ')}`);
        resolve(Number.NaN);
      }
    });
  });
}

const corpus = buildCorpus();
const big = corpus.map((s) => s.text).join('\n\n').repeat(4);
console.log(`corpus: ${corpus.length} samples (${corpus.filter((s) => s.positive).length} positives, ${corpus.filter((s) => !s.positive).length} hard negatives); throughput text ${(big.length / 1e6).toFixed(2)} MB\n`);
console.log('| tool | email P / R | phone P / R | card P / R | leak-free (email / phone / card) | MB/s | worst hostile | 6,700 phones |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
const skipHostile = process.argv.includes('--no-hostile');
for (const tool of comparedTools()) {
  const scores = await scoreTool(tool, corpus);
  const cell = (kind: 'email' | 'phone' | 'card') =>
    tool.kinds.includes(kind) ? `${pct(scores[kind].precision)} / ${pct(scores[kind].recall)}` : 'n/a';
  const leak = (['email', 'phone', 'card'] as const).map((k) => (tool.kinds.includes(k) ? pct(scores[k].leakFreeRate) : 'n/a')).join(' / ');
  const mbs = await throughput(tool, big);
  let worst = 'not run';
  let dense = 'not run';
  if (!skipHostile) {
    let max = 0;
    let name = '';
    const failed: string[] = [];
    for (let i = 0; i < HOSTILE_INPUTS.length; i++) {
      const input = HOSTILE_INPUTS[i]!;
      const ms = await hostileWorst(tool, i);
      if (input.dense) dense = Number.isNaN(ms) ? 'error' : ms === Infinity ? `> ${HOSTILE_TIMEOUT_MS / 1000} s` : `${ms.toFixed(1)} ms`;
      else if (Number.isNaN(ms)) failed.push(input.name);
      else if (ms > max) {
        max = ms;
        name = input.name;
      }
    }
    worst = max === Infinity ? `> ${HOSTILE_TIMEOUT_MS / 1000} s (${name})` : `${max.toFixed(1)} ms (${name})`;
    if (failed.length > 0) worst += `; crashed on: ${failed.join(', ')}`;
  }
  console.log(`| ${tool.name} | ${cell('email')} | ${cell('phone')} | ${cell('card')} | ${leak} | ${mbs.toFixed(2)} | ${worst} | ${dense} |`);
}
