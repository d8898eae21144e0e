// The side-by-side comparison, every figure of the README in one run: `npm run bench` in
// packages/redact. Correctness (precision, recall, leak-free) on the labelled corpus, the held-out
// corpus and both halves of the 24-country corpus, the peer suites (read from
// $PRIV_SHARED/conformance/redact/, default /work/shared), throughput on one core, and the worst case on
// 100 KB hostile inputs (each in its own process, stopped after 10 s). Every tool runs with its
// defaults (@priv/redact: the 39 default countries), except on the peer cases, where @priv/redact
// reads national numbers with the region each case gives.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from './corpus.js';
import { buildHoldout } from './holdout.js';
import { loadPeerCases, scorePeerCases } from './peer-cases.js';
import { buildWorldCorpus } from './world-corpus.js';
import { HOSTILE_INPUTS } from './hostile-inputs.js';
import { scoreTool } from './score.js';
import { comparedTools, type Tool } from './tools.js';

const HOSTILE_TIMEOUT_MS = 10_000;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/**
 * MB/s of every tool on one text, measured in interleaved rounds (tool after tool, round after
 * round), so that a change in the machine's load falls on every tool alike: per tool, the best of up
 * to 15 runs (at least 3, until about 5 s of its own time) after 3 warm-up runs; the best run is
 * the one least disturbed by whatever else the machine is doing.
 */
async function throughputs(tools: readonly Tool[], text: string): Promise<Map<string, number>> {
  for (let r = 0; r < 3; r++) for (const tool of tools) await tool.run(text); // the same JIT chances
  const best = new Map(tools.map((t) => [t.name, Infinity]));
  const spent = new Map(tools.map((t) => [t.name, 0]));
  for (let r = 0; r < 15; r++) {
    for (const tool of tools) {
      if (r >= 3 && spent.get(tool.name)! >= 5_000) continue;
      const started = performance.now();
      await tool.run(text);
      const ms = performance.now() - started;
      spent.set(tool.name, spent.get(tool.name)! + ms);
      best.set(tool.name, Math.min(best.get(tool.name)!, ms));
    }
  }
  return new Map([...best].map(([name, ms]) => [name, text.length / 1e6 / (ms / 1000)]));
}

/** Wall and CPU ms of the slowest of three runs; `Infinity` wall when stopped, NaN when crashed. */
function hostileWorst(tool: Tool, input: number): Promise<{ wall: number; cpu: number }> {
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
      const [wall, cpu] = out.trim().split(' ').map(Number);
      if (code === 0) resolve({ wall: wall!, cpu: cpu! });
      else if (code === null) resolve({ wall: Infinity, cpu: Infinity });
      else {
        console.error(`${tool.name} on hostile input ${input} failed: ${err.trim().split('\n').slice(-3).join(' ')}`);
        resolve({ wall: Number.NaN, cpu: Number.NaN });
      }
    });
  });
}

const corpus = buildCorpus();
const big = corpus
  .map((s) => s.text)
  .join('\n\n')
  .repeat(4);
// Ordinary text, where emails and numbers are rare: this repository's own TypeScript sources and
// READMEs (packages other than this one, examples, demo app).
const repoRoot = new URL('../../../', import.meta.url);
const ordinary = ['packages', 'examples', 'apps']
  .flatMap((dir) =>
    (readdirSync(new URL(dir, repoRoot), { recursive: true }) as string[])
      .filter((f) => /\.(ts|tsx|md)$/.test(f) && !f.includes('node_modules') && !f.startsWith('redact') && !f.includes('dist/') && !f.includes('.data/'))
      .sort()
      .map((f) => readFileSync(new URL(`${dir}/${f}`, repoRoot), 'utf8')),
  )
  .join('\n');
const holdout = buildHoldout();
const worlds = [buildWorldCorpus(0), buildWorldCorpus(1)] as const;
const peers = loadPeerCases();
const suites = [...new Set(peers.map((c) => c.suite))];
console.log(
  `corpus: ${corpus.length} samples; held-out: ${holdout.length} items; 24-country halves: ${worlds[0].length} / ${worlds[1].length} samples; ` +
    `peer cases: ${peers.length}; throughput texts: corpus ${(big.length / 1e6).toFixed(2)} MB, ordinary ${(ordinary.length / 1e6).toFixed(2)} MB\n`,
);
const skipHostile = process.argv.includes('--no-hostile');
const rows = { corpus: [] as string[], holdout: [] as string[], world: [] as string[], peer: [] as string[], speed: [] as string[] };
console.log(
  `throughput, interleaved (load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')})`,
);
const denseSpeed = await throughputs(comparedTools(), big);
const ordinarySpeed = await throughputs(comparedTools(), ordinary);
console.log(
  `throughput done (load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')})`,
);
for (const tool of comparedTools()) {
  const kindCells = async (samples: typeof corpus) => {
    const scores = await scoreTool({ ...tool, run: (text) => tool.run(text) }, samples);
    const cell = (kind: 'email' | 'phone' | 'card') =>
      tool.kinds.includes(kind) ? `${pct(scores[kind].precision)} / ${pct(scores[kind].recall)} / ${pct(scores[kind].leakFreeRate)}` : 'n/a';
    return `${cell('email')} | ${cell('phone')} | ${cell('card')}`;
  };
  rows.corpus.push(`| ${tool.name} | ${await kindCells(corpus)} |`);
  rows.holdout.push(`| ${tool.name} | ${await kindCells(holdout)} |`);
  const world = [];
  for (const half of worlds) {
    const s = (await scoreTool({ ...tool, run: (text) => tool.run(text) }, half)).phone;
    world.push(`${pct(s.precision)} / ${pct(s.recall)} / ${pct(s.leakFreeRate)}`);
  }
  rows.world.push(`| ${tool.name} | ${world.join(' | ')} |`);
  const peer = await scorePeerCases(peers, (text, countries) => tool.run(text, countries));
  rows.peer.push(
    `| ${tool.name} | ${suites.map((suite) => pct(peer.get(suite)!.passed / peer.get(suite)!.total)).join(' | ')} | ${suites.reduce((n, suite) => n + peer.get(suite)!.conflictPassed, 0)} / ${suites.reduce((n, suite) => n + peer.get(suite)!.conflicts, 0)} |`,
  );
  const mbs = denseSpeed.get(tool.name)!;
  const mbsOrdinary = ordinarySpeed.get(tool.name)!;
  let worst = 'not run';
  let dense = 'not run';
  if (!skipHostile) {
    let max = 0;
    let maxCpu = 0;
    let name = '';
    const failed: string[] = [];
    const show = (t: { wall: number; cpu: number }) =>
      Number.isNaN(t.wall) ? 'error' : t.wall === Infinity ? `> ${HOSTILE_TIMEOUT_MS / 1000} s` : `${t.wall.toFixed(1)} ms wall, ${t.cpu.toFixed(1)} ms CPU`;
    for (let i = 0; i < HOSTILE_INPUTS.length; i++) {
      const input = HOSTILE_INPUTS[i]!;
      const t = await hostileWorst(tool, i);
      if (tool.name.startsWith('@priv/redact'))
        console.log(
          `  ${tool.name} on ${input.name}: ${show(t)} (load ${loadavg()
            .map((l) => l.toFixed(2))
            .join(', ')})`,
        );
      if (input.dense) dense = show(t);
      else if (Number.isNaN(t.wall)) failed.push(input.name);
      else if (t.wall > max) {
        max = t.wall;
        maxCpu = t.cpu;
        name = input.name;
      }
    }
    worst = max === Infinity ? `> ${HOSTILE_TIMEOUT_MS / 1000} s (${name})` : `${max.toFixed(1)} ms wall, ${maxCpu.toFixed(1)} ms CPU (${name})`;
    if (failed.length > 0) worst += `; crashed on: ${failed.join(', ')}`;
  }
  rows.speed.push(`| ${tool.name} | ${mbs.toFixed(2)} | ${mbsOrdinary.toFixed(2)} | ${worst} | ${dense} |`);
}
const kinds = '| tool | email P / R / leak-free | phone P / R / leak-free | card P / R / leak-free |\n| --- | --- | --- | --- |';
console.log(`Labelled corpus\n\n${kinds}\n${rows.corpus.join('\n')}\n`);
console.log(`Held-out corpus\n\n${kinds}\n${rows.holdout.join('\n')}\n`);
console.log(
  `24-country corpus (phones)\n\n| tool | first half P / R / leak-free | held-out half P / R / leak-free |\n| --- | --- | --- |\n${rows.world.join('\n')}\n`,
);
console.log(
  `Peer suites (non-conflict cases passed)\n\n| tool | ${suites.map((s) => `${s} (${peers.filter((c) => c.suite === s && !c.conflict).length})`).join(' | ')} | conflicts passed |\n| --- | ${suites.map(() => '---').join(' | ')} | --- |\n${rows.peer.join('\n')}\n`,
);
console.log(
  `Load average at the end: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')}\n`,
);
const priv = comparedTools()[0]!.name;
for (const tool of comparedTools().slice(1)) {
  console.log(
    `${priv} / ${tool.name}: dense ${(denseSpeed.get(priv)! / denseSpeed.get(tool.name)!).toFixed(2)}x, ordinary ${(ordinarySpeed.get(priv)! / ordinarySpeed.get(tool.name)!).toFixed(2)}x`,
  );
}
console.log(
  `Speed\n\n| tool | MB/s dense corpus | MB/s ordinary | worst hostile 100 KB | 6,700 phones |\n| --- | --- | --- | --- | --- |\n${rows.speed.join('\n')}`,
);
