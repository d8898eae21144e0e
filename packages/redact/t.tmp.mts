import { buildCorpus } from './bench/corpus.ts';
import { findEmails, findPhones, findCards, redact } from './src/index.ts';
const big = buildCorpus().map((s) => s.text).join('\n\n').repeat(4);
for (const [name, fn] of [['email', () => findEmails(big)], ['phone', () => findPhones(big, 'US')], ['card', () => findCards(big)], ['all', () => redact(big, {defaultCountry:'US'})]] as const) {
  for (let r = 0; r < 30; r++) fn(); let best = Infinity; for (let r = 0; r < 10; r++) { const t = performance.now(); fn(); best = Math.min(best, performance.now() - t); }
  console.log(name, best.toFixed(1), 'ms', (big.length/1e6/(best/1000)).toFixed(1), 'MB/s');
}
