import { parentPort, workerData } from 'node:worker_threads';
import { HOSTILE_INPUTS } from './hostile-inputs.js';
import { comparedTools } from './tools.js';

// Runs one tool over one hostile input, three times after a warm-up, and reports the slowest run.
const { tool: toolName, input: inputIndex } = workerData as { tool: string; input: number };
const tool = comparedTools().find((t) => t.name === toolName)!;
const input = HOSTILE_INPUTS[inputIndex]!;
await tool.run('warm up ada@example.com +1 415 555 2671 4242 4242 4242 4242');
let worst = 0;
for (let r = 0; r < 3; r++) {
  const started = performance.now();
  await tool.run(input.text);
  worst = Math.max(worst, performance.now() - started);
}
parentPort!.postMessage(worst);
