// Runs one tool over one hostile input, three times after a warm-up, and prints the slowest run in
// ms. Started by compare.ts as its own process, so that a tool stuck in a regular expression can be
// stopped: `node --import tsx bench/hostile-worker.ts <tool name> <input index>`.
import { HOSTILE_INPUTS } from './hostile-inputs.js';
import { comparedTools } from './tools.js';

const [toolName, inputIndex] = process.argv.slice(2);
const tool = comparedTools().find((t) => t.name === toolName);
const input = HOSTILE_INPUTS[Number(inputIndex)];
if (!tool || !input) throw new Error(`usage: hostile-worker.ts <tool> <input index>; got ${toolName} ${inputIndex}`);
await tool.run('warm up ada@example.com +1 415 555 2671 4242 4242 4242 4242');
let worst = 0;
for (let r = 0; r < 3; r++) {
  const started = performance.now();
  await tool.run(input.text);
  worst = Math.max(worst, performance.now() - started);
}
process.stdout.write(String(worst));
