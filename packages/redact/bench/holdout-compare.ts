// Correctness on the held-out corpus (`bench/holdout.ts`), side by side:
// `node --import tsx bench/holdout-compare.ts` in packages/redact. `--misses` lists what
// @priv/redact leaked or over-redacted.
import { buildHoldout } from './holdout.js';
import { scoreSample, scoreTool } from './score.js';
import { comparedTools } from './tools.js';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const holdout = buildHoldout();
const count = (kind: string, positive: boolean) => holdout.filter((s) => s.kind === kind && s.positive === positive).length;
console.log(
  `held-out corpus: ${holdout.length} labelled items in ${new Set(holdout.map((s) => s.text)).size} documents ` +
    `(positives email/phone/card ${count('email', true)}/${count('phone', true)}/${count('card', true)}, ` +
    `hard negatives ${count('email', false)}/${count('phone', false)}/${count('card', false)})\n`,
);
console.log('| tool | email P / R | phone P / R | card P / R | leak-free (email / phone / card) |');
console.log('| --- | --- | --- | --- | --- |');
const tools = comparedTools();
for (const tool of tools) {
  const scores = await scoreTool(tool, holdout);
  const cell = (kind: 'email' | 'phone' | 'card') => (tool.kinds.includes(kind) ? `${pct(scores[kind].precision)} / ${pct(scores[kind].recall)}` : 'n/a');
  const leak = (['email', 'phone', 'card'] as const).map((k) => (tool.kinds.includes(k) ? pct(scores[k].leakFreeRate) : 'n/a')).join(' / ');
  console.log(`| ${tool.name} | ${cell('email')} | ${cell('phone')} | ${cell('card')} | ${leak} |`);
}
if (process.argv.includes('--misses')) {
  const ours = tools[0]!;
  console.log(`\n${ours.name} misses:`);
  for (const sample of holdout) {
    const result = scoreSample(sample, await ours.run(sample.text));
    if (sample.positive && !result.leakFree) console.log(`  leaked ${sample.kind}: ${sample.item}`);
    if (!sample.positive && result.touched) console.log(`  redacted non-${sample.kind}: ${sample.item}`);
  }
}
