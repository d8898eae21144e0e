#!/usr/bin/env node
// Benchmark (not a test): times `priv scan` on a generated 10,000-file repository, on one core.
// Run after building: bash scripts/pnpm.sh --filter @priv/cli build && node packages/cli/bench/scan-bench.mjs
// Options: --files N (default 10000), --runs N (default 3), --sdk-share F (share of files importing an SDK,
// default 0.05; 1 parses every file), --keep (leave the generated repo).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '3' },
    'sdk-share': { type: 'string', default: '0.05' },
    keep: { type: 'boolean', default: false },
  },
});
const fileCount = Number(values.files);
const runs = Number(values.runs);
const sdkShare = Number(values['sdk-share']);
const bin = join(import.meta.dirname, '..', 'dist', 'bin.js');

// A deterministic generator (mulberry32), so every run scans the same repository.
let seed = 0x9e3779b9;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (list) => list[Math.floor(random() * list.length)];

const SDKS = [
  'stripe',
  '@stripe/stripe-js',
  '@sentry/nextjs',
  'posthog-js',
  '@supabase/supabase-js',
  'openai',
  '@clerk/nextjs',
  'resend',
  '@vercel/analytics',
  'mixpanel-browser',
];
const LIBS = ['react', 'react-dom', 'zod', 'date-fns', 'clsx', 'lodash-es', 'next/link', 'next/router', '@tanstack/react-query', 'hono'];

function sourceFile(i) {
  const lines = [];
  // As in real apps, few files touch a vendor SDK (--sdk-share, default 5%); a fifth of those only as a type.
  const r = random();
  if (r < sdkShare * 0.8) lines.push(`import sdk from '${pick(SDKS)}';`);
  else if (r < sdkShare) lines.push(`import type { Sdk } from '${pick(SDKS)}';`);
  const imports = 3 + Math.floor(random() * 8);
  for (let k = 0; k < imports; k += 1) {
    if (random() < 0.4) lines.push(`import { x${k} } from '${pick(LIBS)}';`);
    else lines.push(`import { y${k} } from '../module-${Math.floor(random() * fileCount)}';`);
  }
  if (random() < 0.05) lines.push(`const lazy = () => import('${pick(LIBS)}');`);
  if (random() < 0.05) lines.push(`const legacy = require('${pick(LIBS)}');`);
  const body = 10 + Math.floor(random() * 50);
  lines.push('', `export interface Props${i} { id: string; count: number; items: readonly string[] }`, '');
  lines.push(`export function Component${i}(props: Props${i}) {`);
  for (let k = 0; k < body; k += 1) lines.push(`  const v${k} = props.items.map((item, index) => \`\${item}-\${index}-${k}\`).filter(Boolean).length + ${k};`);
  lines.push(`  return <div className="c${i}">{props.id} {v0}</div>;`, '}', '');
  return lines.join('\n');
}

const manifest = {
  version: '1.0.0',
  effectiveDate: '2026-05-12',
  timeZone: 'Europe/Berlin',
  controller: { name: 'Bench' },
  contact: { email: 'privacy@example.com' },
  purposes: [{ key: 'provide_service', description: 'Run the service.' }],
  collections: [
    { category: 'user.contact.email', purposes: ['provide_service'], legalBases: ['contract'], source: 'data_subject', retention: ['after_deletion'] },
  ],
  recipients: [{ key: 'stripe', name: 'Stripe', role: 'sub_processor', services: ['payments'], categories: ['user.contact.email'] }],
  retention: [
    {
      key: 'after_deletion',
      description: 'Deleted 30 days after the account.',
      anchor: 'account_deleted',
      period: { days: 30 },
      bound: 'maximum',
      action: 'delete',
    },
  ],
};

const root = mkdtempSync(join(tmpdir(), 'priv-scan-bench-'));
let bytes = 0;
for (let i = 0; i < fileCount; i += 1) {
  const dir = join(root, 'src', `area-${i % 50}`, `feature-${i % 400}`);
  mkdirSync(dir, { recursive: true });
  const text = sourceFile(i);
  bytes += text.length;
  writeFileSync(join(dir, `module-${i}.${i % 3 === 0 ? 'ts' : 'tsx'}`), text);
}
writeFileSync(
  join(root, 'package.json'),
  JSON.stringify(
    {
      name: 'bench',
      dependencies: Object.fromEntries(
        [...SDKS, ...LIBS].map((n) => [
          n
            .split('/')
            .slice(0, n.startsWith('@') ? 2 : 1)
            .join('/'),
          '*',
        ]),
      ),
    },
    null,
    2,
  ),
);
writeFileSync(join(root, 'privacy.json'), JSON.stringify(manifest, null, 2));

const oneCore = spawnSync('taskset', ['-c', '0', 'true']).status === 0;
const timeTool = spawnSync('/usr/bin/time', ['-f', '%e', 'true']).status === 0;
const scan = [process.execPath, bin, 'scan', root, '--manifest', join(root, 'privacy.json'), '--json'];
const pinned = oneCore ? ['taskset', '-c', '0', ...scan] : scan;
const argv = timeTool ? ['/usr/bin/time', '-f', 'PRIVTIME %e %U %S', ...pinned] : pinned;
const samples = [];
let summary;
for (let r = 0; r < runs; r += 1) {
  const start = process.hrtime.bigint();
  const result = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1) throw new Error(`priv scan failed (${result.status}): ${result.stderr}`);
  summary = JSON.parse(result.stdout).summary;
  const timed = /PRIVTIME ([\d.]+) ([\d.]+) ([\d.]+)/.exec(result.stderr);
  samples.push({ wall, cpu: timed ? (Number(timed[2]) + Number(timed[3])) * 1000 : Number.NaN });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const wall = median(samples.map((s) => s.wall));
const cpu = median(samples.map((s) => s.cpu));
console.log(
  `priv scan bench: ${fileCount} files (${(bytes / 1e6).toFixed(1)} MB of source), ${summary.sourceFiles} sources, ${summary.parsedFiles} parsed (name an SDK), ${oneCore ? 'one core (taskset -c 0)' : 'no taskset: all cores allowed'}, ${cpus()[0]?.model ?? 'unknown CPU'}`,
);
console.log(
  `wall ms per run (whole process incl. Node start-up): ${samples.map((s) => s.wall.toFixed(0)).join(', ')}; CPU ms (user+sys): ${samples.map((s) => s.cpu.toFixed(0)).join(', ')}`,
);
console.log(
  `median wall ${wall.toFixed(0)} ms, median CPU ${cpu.toFixed(0)} ms = ${(fileCount / (cpu / 1000)).toFixed(0)} files per CPU-second; budget (10,000 files in < 10 s): ${cpu < 10_000 * (fileCount / 10_000) ? 'met' : 'NOT met'} on CPU time${wall < 10_000 * (fileCount / 10_000) ? ', met on wall time' : ', NOT met on wall time (a shared machine: wall includes waiting for the core)'}`,
);
if (values.keep) console.log(`repository kept at ${root}`);
else rmSync(root, { recursive: true, force: true });
