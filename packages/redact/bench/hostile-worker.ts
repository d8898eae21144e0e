// Runs one tool over one hostile input, three times after a warm-up, and prints the slowest run in
// ms, wall and CPU. Started by compare.ts as its own process, so that a tool stuck in a regular expression can be
// stopped: `node --import tsx bench/hostile-worker.ts <tool name> <input index>`.
import { HOSTILE_INPUTS } from './hostile-inputs.js';
import { comparedTools } from './tools.js';

const [toolName, inputIndex] = process.argv.slice(2);
const tool = comparedTools().find((t) => t.name === toolName);
const input = HOSTILE_INPUTS[Number(inputIndex)];
if (!tool || !input) throw new Error(`usage: hostile-worker.ts <tool> <input index>; got ${toolName} ${inputIndex}`);
await tool.run('warm up ada@example.com +1 415 555 2671 4242 4242 4242 4242');
let worst = 0;
let worstCpu = 0;
for (let r = 0; r < 3; r++) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await tool.run(input.text);
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  if (wall > worst) {
    worst = wall;
    worstCpu = (used.user + used.system) / 1000;
  }
}
// The slowest run's wall time and the CPU time of that same run (on a loaded machine they differ).
process.stdout.write(`${worst} ${worstCpu}`);
