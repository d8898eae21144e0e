#!/usr/bin/env node
// Compares `priv scan` on checkouts of real open-source apps with the vendors written down by hand in
// test/real-apps/vendors-by-hand.json: found, missed, false. CI cannot fetch the apps, so this is a
// report, not a test. Usage (after building):
//   node packages/cli/bench/real-apps.mjs taxonomy=/tmp/taxonomy excalidraw=/tmp/excalidraw papermark=/tmp/papermark
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = join(import.meta.dirname, '..', 'dist', 'bin.js');
const byHand = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'test', 'real-apps', 'vendors-by-hand.json'), 'utf8'));
// A manifest with no recipients: every vendor the scan sees is then reported, so its list is the scan's answer.
const manifest = {
  version: '1',
  effectiveDate: '2026-01-01',
  controller: { name: 'Scan' },
  contact: { email: 'privacy@example.com' },
  purposes: [{ key: 'provide_service', description: 'Run the service.' }],
  collections: [{ category: 'user.contact.email', purposes: ['provide_service'], legalBases: ['contract'], source: 'data_subject', retention: ['r'] }],
  retention: [
    { key: 'r', description: 'Deleted 30 days after the account.', anchor: 'account_deleted', period: { days: 30 }, bound: 'maximum', action: 'delete' },
  ],
};
const file = join(mkdtempSync(join(tmpdir(), 'priv-real-')), 'privacy.json');
writeFileSync(file, JSON.stringify(manifest));

for (const arg of process.argv.slice(2)) {
  const [name, dir] = arg.split('=');
  const app = byHand.apps.find((a) => a.name === name);
  if (!app || !dir) throw new Error(`unknown app ${name}; expected NAME=DIR with NAME one of ${byHand.apps.map((a) => a.name).join(', ')}`);
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [bin, 'scan', dir, '--manifest', file, '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${name}: priv scan exited ${result.status}: ${result.stderr}`);
  const report = JSON.parse(result.stdout);
  const scanned = new Map(report.vendors.filter((v) => v.shipping).map((v) => [v.id, v]));
  const notShipping = report.vendors.filter((v) => !v.shipping).map((v) => v.id);
  const hand = new Set(app.vendors.map((v) => v.id));
  const found = app.vendors.filter((v) => scanned.has(v.id));
  const missed = app.vendors.filter((v) => !scanned.has(v.id));
  const falsePositives = [...scanned.values()].filter((v) => !hand.has(v.id));
  const where = (v) => {
    const e = v.evidence.find((x) => x.via !== 'lockfile' && x.via !== 'dev_dependency') ?? v.evidence[0];
    return `${e.file}:${e.line} ${e.via}${e.package ? ` ${e.package}` : e.host ? ` ${e.host}` : ''}`;
  };
  console.log(
    `\n${name} (${app.repo}@${app.commit.slice(0, 12)}, ${app.half}): ${report.summary.filesScanned} files, ${report.summary.sourceFiles} sources, ${report.summary.parsedFiles} parsed, ${report.summary.testFilesIgnored} test files ignored, ${ms.toFixed(0)} ms`,
  );
  console.log(`  found ${found.length}/${app.vendors.length}: ${found.map((v) => `${v.id} (${where(scanned.get(v.id))})`).join('; ') || '-'}`);
  console.log(
    `  missed ${missed.length}: ${missed.map((v) => `${v.id}${v.inCatalog ? '' : ' [not in catalog]'}${v.visibleInCode ? '' : ' [not visible in code]'}`).join('; ') || '-'}`,
  );
  console.log(`  false ${falsePositives.length}: ${falsePositives.map((v) => `${v.id} (${where(v)})`).join('; ') || '-'}`);
  if (notShipping.length) console.log(`  listed, not shipping (dev dependency or lockfile only): ${notShipping.join(', ')}`);
}
