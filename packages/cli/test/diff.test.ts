import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { publicationInstant } from '../src/commands/diff.js';
import { gitShow } from '../src/manifest/git-show.js';
import { describe, expect, it } from 'vitest';
import { SEEDS, run, tempDir, writeJson } from './helpers.js';

const mixpanel = { key: 'mixpanel', name: 'Mixpanel', role: 'sub_processor', services: ['analytics'], categories: ['user.technical.ip_address'] };

/** Seed 000 with a new recipient: a material change, promised 14 days' notice by email. */
function withMixpanel(dir: string) {
  writeJson(dir, 'old.json', SEEDS.codementor);
  writeJson(dir, 'new.json', {
    ...SEEDS.codementor,
    version: '2026-09-01',
    effectiveDate: '2026-09-01',
    recipients: [...SEEDS.codementor.recipients, mixpanel],
  });
}

describe('priv diff', () => {
  it('lists the change, material and why, the plan per channel and the earliest date (the notice package example: 16 September)', async () => {
    const dir = tempDir();
    withMixpanel(dir);
    const result = await run(dir, 'diff', 'old.json', 'new.json', '--published-at', '2026-09-01T10:00:00Z');
    expect(result.code).toBe(0);
    expect(result.out).toContain('[material] recipients[4]: New recipient: Mixpanel (analytics)');
    expect(result.out).toContain('why: New recipients, or recipients receiving more, change sharing practices');
    expect(result.out).toContain('email: send on or before 2026-09-01 (before 2026-09-02T00:00:00.000Z), material changes');
    expect(result.out).toContain('Earliest effective date: 2026-09-16');
  });

  it('fails (exit 1) when the effective date gives less notice than promised: 9 days where 14 are promised', async () => {
    const dir = tempDir();
    withMixpanel(dir);
    const early = await run(dir, 'diff', 'old.json', 'new.json', '--published-at', '2026-09-01', '--effective', '2026-09-10');
    expect(early.code).toBe(1);
    expect(early.out).toContain('FAIL: effective date 2026-09-10 gives less notice than promised; the earliest allowed is 2026-09-16.');
    const onTime = await run(dir, 'diff', 'old.json', 'new.json', '--published-at', '2026-09-01', '--effective', '2026-09-16');
    expect(onTime.code).toBe(0);
    expect(onTime.out).toContain('Effective date 2026-09-16: keeps the promise.');
  });

  it("checks the new version's own effectiveDate with --effective manifest", async () => {
    const dir = tempDir();
    withMixpanel(dir); // new.json is effective 2026-09-01, the day it is published
    const sameDay = await run(dir, 'diff', 'old.json', 'new.json', '--published-at', '2026-09-01', '--effective', 'manifest');
    expect(sameDay.code).toBe(1);
    expect(sameDay.out).toContain('FAIL: effective date 2026-09-01 gives less notice than promised; the earliest allowed is 2026-09-16.');
    writeJson(dir, 'later.json', {
      ...SEEDS.codementor,
      version: '2026-09-16',
      effectiveDate: '2026-09-16',
      recipients: [...SEEDS.codementor.recipients, mixpanel],
    });
    expect((await run(dir, 'diff', 'old.json', 'later.json', '--published-at', '2026-09-01', '--effective', 'manifest')).code).toBe(0);
    // A commit that does not touch the manifest: no change, nothing to announce, so it passes.
    expect((await run(dir, 'diff', 'old.json', 'old.json', '--published-at', '2026-12-01', '--effective', 'manifest')).code).toBe(0);
  });

  it('counts days in the zone asked for: published 23:30 UTC on 1 September is 2 September in Berlin', async () => {
    const dir = tempDir();
    withMixpanel(dir);
    const utc = JSON.parse((await run(dir, 'diff', 'old.json', 'new.json', '--published-at', '2026-09-01T23:30:00Z', '--json')).out);
    const berlin = JSON.parse(
      (await run(dir, 'diff', 'old.json', 'new.json', '--published-at', '2026-09-01T23:30:00Z', '--time-zone', 'Europe/Berlin', '--json')).out,
    );
    expect(utc.plan.earliestEffectiveDate).toBe('2026-09-16');
    expect(berlin.plan.earliestEffectiveDate).toBe('2026-09-17');
    expect(berlin.plan.channels[0]).toMatchObject({ channel: 'email', promised: true, lastSendDate: '2026-09-02', sendBefore: '2026-09-02T22:00:00.000Z' });
    // A bare date is the start of that day in the zone.
    const day = JSON.parse((await run(dir, 'diff', 'old.json', 'new.json', '--published-at', '2026-09-01', '--time-zone', 'Europe/Berlin', '--json')).out);
    expect(day.plan.publishedAt).toBe('2026-08-31T22:00:00.000Z');
  });

  it('prints stable JSON with every change classified', async () => {
    const dir = tempDir();
    withMixpanel(dir);
    const result = await run(dir, 'diff', 'old.json', 'new.json', '--published-at', '2026-09-01T10:00:00Z', '--effective', '2026-09-10', '--json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.out);
    expect(report).toMatchSnapshot();
  });

  it('takes a bare --published-at date as the first instant of that day in the zone, also where midnight is skipped', () => {
    // Chile moves clocks from 00:00 to 01:00 on 6 September 2026: the day starts at 01:00 (UTC-3).
    expect(publicationInstant('2026-09-06', 'America/Santiago').toISOString()).toBe('2026-09-06T04:00:00.000Z');
    expect(publicationInstant('2026-03-29', 'Europe/Berlin').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(publicationInstant('2026-10-25', 'Europe/Berlin').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(publicationInstant('2026-09-01T10:00:00+02:00', 'UTC').toISOString()).toBe('2026-09-01T08:00:00.000Z');
    expect(() => publicationInstant('2028-02-30', 'UTC')).toThrow('not a calendar date');
    expect(publicationInstant('2028-02-29', 'UTC').toISOString()).toBe('2028-02-29T00:00:00.000Z');
  });

  it('reads OLD from a git revision (HEAD~1:privacy.json)', async () => {
    const dir = tempDir();
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: dir, stdio: 'pipe' });
    git('init', '-q');
    writeJson(dir, 'privacy.json', SEEDS.codementor);
    git('add', 'privacy.json');
    git('commit', '-qm', 'v1');
    writeJson(dir, 'privacy.json', {
      ...SEEDS.codementor,
      version: '2026-09-01',
      effectiveDate: '2026-09-01',
      recipients: [...SEEDS.codementor.recipients, mixpanel],
    });
    git('commit', '-qam', 'v2');
    const result = await run(dir, 'diff', 'HEAD~1:privacy.json', 'privacy.json', '--published-at', '2026-09-01', '--effective', '2026-09-05');
    expect(result.code).toBe(1);
    expect(result.out.split('\n')[0]).toBe('HEAD~1:privacy.json (2026-05-12) -> privacy.json (2026-09-01): 1 change, material');
    const none = await run(dir, 'diff', 'HEAD:privacy.json', 'privacy.json', '--published-at', '2026-09-01');
    expect(none.code).toBe(0);
    expect(none.out).toContain('0 changes, none');
    const missing = await run(dir, 'diff', 'HEAD~5:privacy.json', 'privacy.json', '--published-at', '2026-09-01');
    expect(missing.code).toBe(2);
    expect(missing.err.trimEnd().split('\n')).toHaveLength(1);
    expect(missing.err).toMatch(/^priv: HEAD~5:privacy\.json: /);
  });

  it('never lets a revision become a git option', async () => {
    const dir = tempDir();
    withMixpanel(dir);
    const result = await run(dir, 'diff', '--published-at', '2026-09-01', '--', '--output=pwned.txt:old.json', 'new.json');
    expect(result.code).toBe(2);
    expect(result.err).toBe('priv: --output=pwned.txt:old.json: no such file\n');
    expect(() => gitShow('--output=x:y', dir)).toThrow('a git revision cannot start with "-"');
    expect(existsSync(join(dir, 'pwned.txt'))).toBe(false);
  });

  it('runs on every seed against itself with no changes and no notice needed', async () => {
    for (const seed of Object.values(SEEDS)) {
      const dir = tempDir();
      writeJson(dir, 'a.json', seed);
      const result = await run(dir, 'diff', 'a.json', 'a.json', '--published-at', '2026-09-01', '--json');
      expect(result.code).toBe(0);
      const report = JSON.parse(result.out);
      expect(report.changes).toEqual([]);
      expect(report.plan.noticeRequired).toBe(false);
    }
  });

  it('refuses bad dates, zones and an older NEW (exit 2, one line)', async () => {
    const dir = tempDir();
    withMixpanel(dir);
    const cases: [string[], RegExp][] = [
      [['--published-at', 'tomorrow'], /--published-at tomorrow: expected YYYY-MM-DD or an ISO date-time/],
      [['--published-at', '2026-09-01T10:00:00'], /expected YYYY-MM-DD or an ISO date-time with Z or an offset/],
      [['--published-at', '2026-02-30'], /not a calendar date/],
      [['--published-at', '2026-09-01', '--time-zone', 'Mars/Olympus'], /--time-zone Mars\/Olympus: not an IANA time zone/],
      [['--published-at', '2026-09-01', '--effective', '16.09.2026'], /--effective 16\.09\.2026: expected YYYY-MM-DD or manifest/],
    ];
    for (const [args, message] of cases) {
      const result = await run(dir, 'diff', 'old.json', 'new.json', ...args);
      expect(result.code).toBe(2);
      expect(result.err).toMatch(message);
    }
    const backwards = await run(dir, 'diff', 'new.json', 'old.json', '--published-at', '2026-09-01');
    expect(backwards.code).toBe(2);
    expect(backwards.err).toMatch(/^priv: new\.effectiveDate: The new version "2026-05-12" is dated 2026-05-12, before the old version/);
  });
});
