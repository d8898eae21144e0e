import { readdirSync, readFileSync } from 'node:fs';
import { buildCorpus } from './corpus.js';
import { findPhones, findCards, findEmails, redact, scanText } from '../src/index.js';
const repoRoot = new URL('../../../', import.meta.url);
const ordinary = ['packages', 'examples', 'apps'].flatMap((dir) => (readdirSync(new URL(dir, repoRoot), { recursive: true }) as string[]).filter((f) => /\.(ts|tsx|md)$/.test(f) && !f.includes('node_modules') && !f.startsWith('redact') && !f.includes('dist/') && !f.includes('.data/')).sort().map((f) => readFileSync(new URL(`${dir}/${f}`, repoRoot), 'utf8'))).join('\n');
const big = buildCorpus().map((s) => s.text).join('\n\n').repeat(4);
for (const [name, t] of [['ordinary', ordinary], ['corpus', big]] as const) {
  for (const [fn, f] of [['scan', () => scanText(t)], ['emails', () => findEmails(t)], ['cards', () => findCards(t)], ['phones', () => findPhones(t)], ['phonesUS', () => findPhones(t, ['US'])], ['redact', () => redact(t)]] as const) {
    f(); let best = 1e9; for (let r = 0; r < 5; r++) { const s = performance.now(); f(); best = Math.min(best, performance.now() - s); } console.log(name, fn, best.toFixed(1), "ms");
  }
}
