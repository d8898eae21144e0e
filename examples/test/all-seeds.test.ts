import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseManifest } from '@priv/schema';
import { describe, expect, it } from 'vitest';
import { seedManifests } from '../src/index.js';

// A copy of ../shared/seeds is kept in the repository, so that a clone anywhere can run these tests.
const seeds = join(import.meta.dirname, '..', 'seeds');
const upstream = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');

describe('the five seed manifests', () => {
  it('cover every file the seeds README indexes', () => {
    const readme = readFileSync(join(seeds, 'README.md'), 'utf8');
    const files = [...readme.matchAll(/^\| (\d{3}_[0-9a-f]+\.txt) \|/gm)].map((m) => m[1]);
    expect(seedManifests.map((s) => s.file)).toEqual(files);
  });

  it('keeps its copy of the seeds identical to shared/seeds wherever that folder exists', () => {
    const files = readdirSync(seeds).sort();
    expect(files).toEqual(['README.md', ...seedManifests.map((s) => s.file)].sort());
    if (existsSync(upstream)) {
      for (const file of files) expect(readFileSync(join(seeds, file), 'utf8'), file).toBe(readFileSync(join(upstream, file), 'utf8'));
    }
  });

  it.each(seedManifests.map((s) => [s.id, s] as const))('%s round-trips through JSON and validates again', (_id, seed) => {
    expect(parseManifest(JSON.parse(JSON.stringify(seed.manifest)))).toEqual(seed.manifest);
  });

  it.each(seedManifests.map((s) => [s.id, s] as const))('%s names only recipients the policy text names', (_id, seed) => {
    const text = readFileSync(join(seeds, seed.file), 'utf8');
    for (const r of seed.manifest.recipients.filter((r) => r.role === 'sub_processor')) {
      const name = r.name.split(' (')[0] ?? r.name;
      if (name === 'Email provider') continue; // the policy names the role, not the vendor
      expect(text, r.name).toContain(name);
    }
  });
});
