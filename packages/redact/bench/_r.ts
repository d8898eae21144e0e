import { readdirSync, readFileSync } from 'node:fs';
import { buildCorpus } from './corpus.js';
import { redact } from '../src/index.js';
const repoRoot = new URL('../../../', import.meta.url);
const ordinary = ['packages', 'examples', 'apps'].flatMap((dir) => (readdirSync(new URL(dir, repoRoot), { recursive: true }) as string[]).filter((f) => /\.(ts|tsx|md)$/.test(f) && !f.includes('node_modules') && !f.startsWith('redact') && !f.includes('dist/') && !f.includes('.data/')).sort().map((f) => readFileSync(new URL(`${dir}/${f}`, repoRoot), 'utf8'))).join('\n');
const big = buildCorpus().map((s) => s.text).join('\n\n').repeat(4);
for (let r = 0; r < 10; r++) { redact(big); redact(ordinary); }
