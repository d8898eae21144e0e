import { buildCorpus } from './corpus.js';
import { findPhones } from '../src/index.js';
const big = buildCorpus().map((s) => s.text).join('\n\n');
findPhones(big);
const m = (globalThis as unknown as { __p: Map<string, number> }).__p;
console.log([...m.values()].reduce((a, b) => a + b, 0), [...m].sort((a, b) => b[1] - a[1]).slice(0, 30));
