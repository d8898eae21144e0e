// Memory of one redaction as the input grows: `node --expose-gc --import tsx bench/memory.ts` in
// packages/redact. Prints the peak heap growth (sampled every 1 ms on a second timer would disturb the
// run, so it is measured as heap after the call, result still held, minus heap before) for the dense
// corpus text at 1x, 2x and 4x; linear memory means the MB per MB of input stays flat.
import { buildCorpus } from './corpus.js';
import { redact } from '../src/index.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const unit = buildCorpus()
  .map((s) => s.text)
  .join('\n\n')
  .repeat(4);
console.log('| input MB | heap growth MB (result held) | MB per input MB |');
console.log('| --- | --- | --- |');
for (const times of [1, 2, 4]) {
  const text = unit.repeat(times);
  gc();
  const before = process.memoryUsage().heapUsed;
  const result = redact(text);
  const after = process.memoryUsage().heapUsed;
  const growth = (after - before) / 1e6;
  console.log(
    `| ${(text.length / 1e6).toFixed(2)} | ${growth.toFixed(1)} | ${(growth / (text.length / 1e6)).toFixed(1)} (${result.findings.length} findings) |`,
  );
}
