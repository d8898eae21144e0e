// Scores the peer conformance cases per suite, for @priv/redact and the anchors in the same run:
// `node --import tsx bench/peer-compare.ts` in packages/redact (`--failures` lists what
// @priv/redact fails). Reads `$PRIV_SHARED/conformance/redact/peer-cases.jsonl` (default
// PRIV_SHARED=/work/shared). @priv/redact reads national numbers with the region each case gives
// (none: international numbers only); the anchors have no such option.
import { loadPeerCases, scorePeerCases } from './peer-cases.js';
import { comparedTools } from './tools.js';

const cases = loadPeerCases();
const suites = [...new Set(cases.map((c) => c.suite))];
const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((a / b) * 100).toFixed(1)}%`);
console.log(`| tool | ${suites.map((s) => `${s} (${cases.filter((c) => c.suite === s && !c.conflict).length})`).join(' | ')} | conflicts passed |`);
console.log(`| --- | ${suites.map(() => '---').join(' | ')} | --- |`);
const tools = comparedTools();
for (const tool of tools) {
  const scores = await scorePeerCases(cases, (text, countries) => tool.run(text, countries));
  let conflictPassed = 0;
  let conflicts = 0;
  const cells = suites.map((suite) => {
    const s = scores.get(suite)!;
    conflictPassed += s.conflictPassed;
    conflicts += s.conflicts;
    return pct(s.passed, s.total);
  });
  console.log(`| ${tool.name} | ${cells.join(' | ')} | ${conflictPassed} / ${conflicts} |`);
  if (tool === tools[0] && process.argv.includes('--failures')) {
    for (const [suite, s] of scores) for (const f of s.failed) console.error(`FAIL ${suite} ${f}`);
  }
}
