import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SEEDS, fixtureApp, run } from './helpers.js';

async function scanJson(dir: string, ...extra: string[]) {
  const result = await run(dir, 'scan', '.', '--manifest', 'privacy.json', '--json', ...extra);
  return { code: result.code, report: JSON.parse(result.out), err: result.err };
}

const rules = (report: { findings: { rule: string; vendor?: string; recipient?: string; location: { file: string; line: number } }[] }) =>
  report.findings.map((f) => `${f.rule} ${f.vendor ?? f.recipient} ${f.location.file}:${f.location.line}`);

describe('priv scan on a project that matches its manifest (seed 003, CodeTrain)', () => {
  it('finds every declared vendor, counts no type-only or test import, and passes (exit 0)', async () => {
    const dir = fixtureApp('codetrain', SEEDS.codetrain);
    const { code, report } = await scanJson(dir);
    expect(report.findings).toEqual([]);
    expect(code).toBe(0);
    const used = Object.fromEntries(
      report.vendors.map((v: { id: string; shipping: boolean; recipients: string[] }) => [v.id, { shipping: v.shipping, recipients: v.recipients }]),
    );
    expect(used).toEqual({
      anthropic: { shipping: true, recipients: ['anthropic'] },
      clerk: { shipping: true, recipients: ['clerk'] },
      cloudflare: { shipping: true, recipients: ['cloudflare'] },
      fly_io: { shipping: true, recipients: ['fly_io'] },
      mixpanel: { shipping: false, recipients: [] },
      neon: { shipping: true, recipients: ['neon'] },
      openrouter: { shipping: true, recipients: ['openrouter'] },
      stripe: { shipping: true, recipients: ['stripe'] },
    });
    // posthog-js is only imported as a type and in a test: not a vendor of this project.
    expect(used.posthog).toBeUndefined();
    expect(report.summary.testFilesIgnored).toBe(1);
    const stripe = report.vendors.find((v: { id: string }) => v.id === 'stripe');
    expect(stripe.evidence.map((e: { file: string; line: number; via: string }) => `${e.file}:${e.line} ${e.via}`)).toEqual([
      'package.json:9 dependency',
      'package.json:12 dependency',
      'src/checkout.tsx:2 dynamic_import',
      'src/lib/billing.ts:1 import',
    ]);
  });

  it('counts test imports with --include-tests, which then finds the undeclared PostHog', async () => {
    const dir = fixtureApp('codetrain', SEEDS.codetrain);
    const { code, report } = await scanJson(dir, '--include-tests');
    expect(code).toBe(1);
    expect(rules(report)).toEqual([
      'tracking-under-necessary-only mixpanel src/__tests__/tutor.spec.ts:2',
      'undeclared-vendor mixpanel src/__tests__/tutor.spec.ts:2',
      'tracking-under-necessary-only posthog src/__tests__/tutor.spec.ts:3',
      'undeclared-vendor posthog src/__tests__/tutor.spec.ts:3',
    ]);
  });

  it('fails the day someone adds posthog-js (exit 1) with the file and line', async () => {
    const dir = fixtureApp('codetrain', SEEDS.codetrain);
    writeFileSync(join(dir, 'src', 'analytics.ts'), "import posthog from 'posthog-js';\n\nposthog.init('phc_x');\n");
    const result = await run(dir, 'scan', '--manifest', 'privacy.json');
    expect(result.code).toBe(1);
    expect(result.out).toContain(
      'src/analytics.ts:1:1: error: [undeclared-vendor] posthog-js (PostHog, analytics) is imported, but no recipient in privacy.json is PostHog',
    );
    expect(result.out).toContain(
      'src/analytics.ts:1:1: error: [tracking-under-necessary-only] posthog-js (PostHog, analytics) is imported and sets ph_*_posthog (analytics cookie), ph_*_posthog (analytics local storage), but privacy.json declares only strictly necessary cookies.',
    );
  });
});

describe('priv scan on a project that drifted from its manifest (seed 000, CodeMentor AI)', () => {
  it('reports the undeclared vendors, tracking under a strictly-necessary-only policy, the missing redaction and the silent recipient', async () => {
    const dir = fixtureApp('codementor-drift', SEEDS.codementor);
    const { code, report } = await scanJson(dir);
    expect(code).toBe(1);
    expect(rules(report)).toEqual([
      'tracking-under-necessary-only google_analytics index.html:5',
      'undeclared-vendor google_analytics index.html:5',
      'undeclared-vendor sentry src/App.vue:4',
      'tracking-under-necessary-only posthog src/main.ts:2',
      'undeclared-vendor posthog src/main.ts:2',
      'ai-without-redaction google_gemini src/tutor.ts:1',
    ]);
    // Vercel is declared and hosts the app (vercel.json); Supabase and Stripe are declared and used.
    expect(report.vendors.map((v: { id: string }) => v.id)).toEqual([
      'amplitude',
      'google_analytics',
      'google_gemini',
      'posthog',
      'sentry',
      'stripe',
      'supabase',
      'vercel',
    ]);
    expect(report.vendors.find((v: { id: string }) => v.id === 'amplitude').shipping).toBe(false);
  });

  it('is satisfied once the code redacts and the manifest declares PostHog, Sentry and Google Analytics with their cookies', async () => {
    const manifest = structuredClone(SEEDS.codementor) as typeof SEEDS.codementor & { recipients: unknown[]; cookies: unknown[] };
    manifest.recipients.push(
      { key: 'posthog', name: 'PostHog', role: 'sub_processor', services: ['analytics'], categories: ['user.technical.ip_address'] },
      { key: 'sentry', name: 'Sentry', role: 'sub_processor', services: ['monitoring'], categories: ['user.technical.ip_address'] },
      { key: 'ga', name: 'Google Analytics', role: 'sub_processor', services: ['analytics'], categories: ['user.technical.ip_address'] },
    );
    manifest.cookies.push({ name: '_ga', category: 'analytics', storage: 'cookie', purpose: 'Counts visits.', lifetime: 'persistent', provider: 'ga' });
    const dir = fixtureApp('codementor-drift', manifest);
    writeFileSync(join(dir, 'src', 'redact.ts'), "import { redactText } from '@priv/redact';\nexport const clean = (t: string) => redactText(t).text;\n");
    const { code, report } = await scanJson(dir);
    expect(report.findings).toEqual([]);
    expect(code).toBe(0);
    expect(report.summary.redactImports).toEqual([{ file: 'src/redact.ts', line: 1, column: 1 }]);
  });

  it('links a recipient whose name does not say the vendor with --link, and refuses unknown links (exit 2)', async () => {
    const manifest = structuredClone(SEEDS.codementor) as typeof SEEDS.codementor & { recipients: { key: string; name: string }[] };
    const gemini = manifest.recipients.find((r) => r.key === 'google_gemini');
    if (!gemini) throw new Error('seed 000 lost its Gemini recipient');
    Object.assign(gemini, { key: 'ai_tutor', name: 'Our AI tutor provider' });
    Object.assign(manifest, { redaction: { ...manifest.redaction, before: ['ai_tutor'] } });
    const dir = fixtureApp('codementor-drift', manifest);
    const unlinked = await scanJson(dir);
    expect(rules(unlinked.report)).toContain('undeclared-vendor google_gemini src/tutor.ts:1');
    // The finding points at the recipient's line in the written privacy.json.
    const lines = readFileSync(join(dir, 'privacy.json'), 'utf8').split('\n');
    const recipientLine = lines.findIndex((line) => line.includes('"key": "ai_tutor"'));
    expect(recipientLine).toBeGreaterThan(0);
    expect(rules(unlinked.report).find((r) => r.startsWith('recipient-without-trace ai_tutor privacy.json:'))).toMatch(
      new RegExp(`^recipient-without-trace ai_tutor privacy\\.json:(${recipientLine}|${recipientLine + 1})$`),
    );
    const linked = await scanJson(dir, '--link', 'ai_tutor=google_gemini');
    expect(rules(linked.report)).not.toContain('undeclared-vendor google_gemini src/tutor.ts:1');
    expect(rules(linked.report)).toContain('ai-without-redaction google_gemini src/tutor.ts:1');
    const badKey = await run(dir, 'scan', '--link', 'nobody=openai');
    expect(badKey).toMatchObject({ code: 2, err: 'priv: --link nobody=openai: the manifest has no recipient "nobody"\n' });
    const badVendor = await run(dir, 'scan', '--link', 'ai_tutor=skynet');
    expect(badVendor.code).toBe(2);
    expect(badVendor.err).toContain('the catalog has no vendor "skynet"');
  });

  it('warns when a declared vendor does something its recipient is not declared for (Vercel for hosting, @vercel/analytics)', async () => {
    const dir = fixtureApp('codementor-drift', SEEDS.codementor);
    writeFileSync(join(dir, 'src', 'vitals.ts'), "import { inject } from '@vercel/analytics';\ninject();\n");
    const { report } = await scanJson(dir);
    const finding = report.findings.find((f: { rule: string }) => f.rule === 'service-not-declared');
    expect(finding).toMatchObject({
      level: 'warning',
      vendor: 'vercel_analytics',
      recipient: 'vercel',
      location: { file: 'src/vitals.ts', line: 1, column: 1 },
    });
    expect(finding.message).toBe(
      '@vercel/analytics (Vercel Web Analytics, analytics) is imported, but vercel in privacy.json is declared for hosting only: add analytics (and what it receives) to the recipient, or declare Vercel Web Analytics as its own recipient.',
    );
  });

  it('JSON output is a contract (snapshot)', async () => {
    const dir = fixtureApp('codementor-drift', SEEDS.codementor);
    const { report } = await scanJson(dir);
    expect(report).toMatchSnapshot();
  });

  it('SARIF 2.1.0 output is a contract (snapshot), paths relative to PROJECTROOT', async () => {
    const dir = fixtureApp('codementor-drift', SEEDS.codementor);
    const result = await run(dir, 'scan', '--format', 'sarif');
    expect(result.code).toBe(1);
    const sarif = JSON.parse(result.out);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].originalUriBaseIds.PROJECTROOT.uri).toBe(pathToFileURL(`${dir}/`).href);
    sarif.runs[0].originalUriBaseIds.PROJECTROOT.uri = 'file:///PROJECT/';
    for (const r of sarif.runs[0].results) {
      expect(r.locations[0].physicalLocation.artifactLocation.uriBaseId).toBe('PROJECTROOT');
      expect(sarif.runs[0].tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    }
    expect(sarif).toMatchSnapshot();
  });

  it('text output names file:line:column, level and rule on each line', async () => {
    const dir = fixtureApp('codementor-drift', SEEDS.codementor);
    const result = await run(dir, 'scan');
    expect(result.code).toBe(1);
    expect(result.err).toBe('');
    const lines = result.out.split('\n');
    expect(lines[0]).toMatch(/^priv scan \.: \d+ files \(\d+ sources, 0 test files ignored\), 7 vendors in use, 6 errors, 0 warnings$/);
    expect(lines[1]).toMatch(
      /^index\.html:5:32: error: \[tracking-under-necessary-only\] www\.googletagmanager\.com\/gtag \(Google Analytics\) is loaded or called/,
    );
  });
});

describe('priv scan with only lockfile and dev-dependency traces', () => {
  it('lists the vendors but fails nothing: transitive and dev-only packages do not ship a vendor by themselves', async () => {
    const dir = fixtureApp('lockfile-only', SEEDS.codetrain);
    const { code, report } = await scanJson(dir);
    expect(code).toBe(0);
    expect(report.findings.every((f: { level: string }) => f.level === 'warning')).toBe(true);
    expect(
      report.vendors.map((v: { id: string; shipping: boolean; evidence: { file: string; line: number; via: string }[] }) => [
        v.id,
        v.shipping,
        v.evidence.map((e) => `${e.file}:${e.line} ${e.via}`),
      ]),
    ).toEqual([
      ['posthog', false, ['pnpm-lock.yaml:5 lockfile']],
      ['segment', false, ['yarn.lock:3 lockfile']],
      ['sentry', false, ['package.json:5 dev_dependency']],
      ['stripe', false, ['package-lock.json:7 lockfile']],
    ]);
    // Every processor of seed 003 but Stripe (in the lockfile) is reported as having no trace, at its place in privacy.json.
    expect(report.findings.map((f: { recipient: string }) => f.recipient)).toEqual(['clerk', 'openrouter', 'anthropic', 'cloudflare', 'fly_io', 'neon']);
  });
});

describe('priv scan with every seed manifest on a project with no vendor code', () => {
  it.each(Object.entries(SEEDS))('seed %s: exit 0, one warning per external processor, each at its recipient in privacy.json', async (_, seed) => {
    const dir = fixtureApp('lockfile-only', seed);
    const { code, report } = await scanJson(dir);
    expect(code).toBe(0);
    const processors = seed.recipients.filter(
      (r: { role: string; selfHosted?: boolean }) => (r.role === 'processor' || r.role === 'sub_processor') && !r.selfHosted,
    );
    const traced = new Set(report.vendors.flatMap((v: { recipients: string[] }) => v.recipients));
    const expected = processors.filter((r: { key: string }) => !traced.has(r.key)).map((r: { key: string }) => r.key);
    expect(report.findings.map((f: { recipient: string }) => f.recipient)).toEqual(expected);
    for (const f of report.findings) {
      expect(f).toMatchObject({ rule: 'recipient-without-trace', level: 'warning', location: { file: 'privacy.json' } });
      expect(f.location.line).toBeGreaterThan(1);
    }
  });
});
