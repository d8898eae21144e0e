import { relative, sep } from 'node:path';
import type { PrivacyManifest, ServiceType } from '@priv/schema';
import type { CatalogIndex, ResolvedSdk } from './catalog.js';
import type { CatalogVendor, VendorKind } from './catalog-schema.js';
import { isShipping, type Evidence } from './evidence.js';
import { collectTraces, REDACT_PACKAGE, type CollectOptions, type ProjectTraces } from './collect-traces.js';
import { matchRecipients } from './match-recipients.js';
import { SCAN_RULES, type ScanLevel, type ScanRuleId } from './scan-rules.js';

/** A place: a file relative to the scanned folder (or the manifest as given), 1-based line and column. */
export interface ScanLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** One problem a scan reports. */
export interface ScanFinding {
  readonly rule: ScanRuleId;
  readonly level: ScanLevel;
  readonly message: string;
  readonly location: ScanLocation;
  /** Further places that show the same thing (at most 20). */
  readonly related: readonly ScanLocation[];
  readonly vendor?: string;
  readonly package?: string;
  readonly recipient?: string;
}

/** A vendor the scan found and what it found. */
export interface VendorUse {
  readonly id: string;
  readonly name: string;
  readonly kinds: readonly VendorKind[];
  /** Whether what ships uses it (not only a dev dependency or a lockfile entry). */
  readonly shipping: boolean;
  /** The recipients that declare it. */
  readonly recipients: readonly string[];
  readonly packages: readonly string[];
  readonly evidence: readonly Evidence[];
}

/** What `scanProject` returns. */
export interface ScanReport {
  readonly root: string;
  readonly manifest: string;
  readonly findings: readonly ScanFinding[];
  readonly vendors: readonly VendorUse[];
  readonly traces: Omit<ProjectTraces, 'evidence'>;
}

/** Inputs of {@link scanProject}. */
export interface ScanInput extends CollectOptions {
  /** Absolute path of the project folder. */
  readonly root: string;
  /** The folder as typed (for messages). */
  readonly shown: string;
  readonly manifest: PrivacyManifest;
  /** The manifest as it should appear in locations. */
  readonly manifestFile: string;
  /** Where each recipient is in the manifest file (index → position), when known. */
  readonly recipientPosition?: (index: number) => { line: number; column: number } | undefined;
  readonly catalog: CatalogIndex;
  /** Recipient key → vendor ids (`--link`). */
  readonly links?: ReadonlyMap<string, readonly string[]>;
}

/**
 * The manifest services (`recipient.services`) that cover what an SDK of a kind does; kinds the
 * schema has no service for (feature flags, advertising, search, maps, ...) are not checked.
 */
const COVERING_SERVICES: Partial<Record<VendorKind, readonly ServiceType[]>> = {
  payments: ['payments'],
  hosting: ['hosting', 'api_hosting', 'cdn'],
  api_hosting: ['api_hosting', 'hosting'],
  cdn: ['cdn', 'hosting'],
  database: ['database'],
  authentication: ['authentication'],
  email: ['email'],
  ai_model_provider: ['ai_model_provider', 'ai_gateway'],
  ai_gateway: ['ai_gateway', 'ai_model_provider'],
  video: ['video'],
  analytics: ['analytics'],
  session_replay: ['analytics', 'monitoring'],
  monitoring: ['monitoring'],
  object_storage: ['object_storage'],
  support_desk: ['support_desk'],
  support_chat: ['support_desk'],
};

const TRACKING: ReadonlySet<VendorKind> = new Set(['analytics', 'advertising', 'session_replay']);
const AI: ReadonlySet<VendorKind> = new Set(['ai_model_provider', 'ai_gateway']);
const CODE: ReadonlySet<Evidence['via']> = new Set(['import', 'export', 'dynamic_import', 'require']);

const where = (e: Evidence): ScanLocation => ({ file: e.file, line: e.line, column: e.column });

function describe(e: Evidence, vendor: CatalogVendor): string {
  if (e.package) {
    const verb = CODE.has(e.via) ? 'is imported' : `is a ${e.via.replace('_', ' ')}`;
    return `${e.package} (${vendor.name}, ${e.sdk?.kind ?? vendor.kinds[0]}) ${verb}`;
  }
  if (e.host) return `${e.host} (${vendor.name}) is loaded or called`;
  return `${e.file} shows ${vendor.name} (${vendor.kinds[0]}) is used`;
}

function storageOf(e: Evidence, vendor: CatalogVendor): ResolvedSdk['storage'] {
  return e.sdk ? e.sdk.storage : vendor.storage;
}

function isTracking(e: Evidence, vendor: CatalogVendor): boolean {
  return e.sdk ? TRACKING.has(e.sdk.kind) && e.sdk.side !== 'server' : vendor.kinds.some((k) => TRACKING.has(k)) && e.via === 'script_url';
}

/**
 * Compares a project's code with its manifest: (1) SDKs, scripts and configs of vendors no
 * recipient declares (error); (2) declared processors with no trace in code (warning); (3)
 * analytics, session replay or advertising SDKs that set non-essential storage while the manifest
 * declares only strictly necessary cookies, or ad SDKs while it promises no advertising trackers
 * (error); (4) an AI SDK for a recipient the manifest promises redaction for, in a project that
 * never imports `@priv/redact` (error). Every finding has a file, line and column.
 *
 * @param input - the folder, the manifest, the catalog and links
 * @returns the findings, the vendors found and the counts
 * @throws {CliError} for a folder or file that cannot be read
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * import { parseManifest } from '@priv/schema';
 * import { scanProject, shippedCatalog } from '@priv/cli';
 *
 * // A project that charges cards with Stripe, and a manifest that names no recipient.
 * const cwd = mkdtempSync(join(tmpdir(), 'priv-example-'));
 * const input = {
 *   version: '1.0.0', effectiveDate: '2026-05-12', timeZone: 'UTC', controller: { name: 'Example School' }, contact: { email: 'privacy@example.com' },
 *   purposes: [{ key: 'provide_service', description: 'Run the school.' }],
 *   collections: [{ category: 'user.contact.email', purposes: ['provide_service'], legalBases: ['contract'], source: 'data_subject', retention: ['after_deletion'] }],
 *   retention: [{ key: 'after_deletion', description: '30 days after deletion.', anchor: 'account_deleted', period: { days: 30 }, bound: 'maximum', action: 'delete' }],
 * };
 * writeFileSync(join(cwd, 'privacy.json'), JSON.stringify(input, null, 2));
 * writeFileSync(join(cwd, 'pay.ts'), "import Stripe from 'stripe';\nexport const stripe = new Stripe('sk_test');\n");
 * const manifest = parseManifest(input);
 * const report = scanProject({ root: cwd, shown: '.', manifest, manifestFile: 'privacy.json', catalog: shippedCatalog() });
 * report.findings.filter((f) => f.level === 'error').length > 0; // true: Stripe receives data the manifest does not declare
 */
export function scanProject(input: ScanInput): ScanReport {
  const { catalog, manifest } = input;
  const { evidence, ...traces } = collectTraces(input.root, input.shown, catalog, input);
  const matches = matchRecipients(manifest.recipients, catalog, input.links ?? new Map());
  const byVendor = new Map<string, Evidence[]>();
  for (const e of evidence) byVendor.set(e.vendor, [...(byVendor.get(e.vendor) ?? []), e]);
  const findings: ScanFinding[] = [];
  const vendors: VendorUse[] = [];
  const necessaryOnly = manifest.cookies.every((c) => c.category === 'strictly_necessary');
  const noAdTrackers = manifest.commitments.some((c) => c.kind === 'no_third_party_advertising_trackers');
  const redactedRecipients = new Set(manifest.redaction?.before ?? []);

  for (const [id, all] of byVendor) {
    const vendor = catalog.vendors.get(id) as CatalogVendor;
    // Code first (the import is where to act), then script URLs, then dependencies and configs.
    const rank = (e: Evidence) => (CODE.has(e.via) ? 0 : e.via === 'script_url' ? 1 : 2);
    const shipping = all.filter(isShipping).sort((a, b) => rank(a) - rank(b));
    const recipients = matches.byVendor.get(id) ?? [];
    vendors.push({
      id,
      name: vendor.name,
      kinds: vendor.kinds,
      shipping: shipping.length > 0,
      recipients,
      packages: [...new Set(all.flatMap((e) => (e.package ? [e.package] : [])))],
      evidence: all,
    });
    const first = shipping[0];
    if (!first) continue;
    if (recipients.length === 0) {
      findings.push({
        rule: 'undeclared-vendor',
        level: SCAN_RULES['undeclared-vendor'].level,
        message: `${describe(first, vendor)}, but no recipient in ${input.manifestFile} is ${vendor.name}: declare it in recipients (or link a recipient with --link KEY=${id}), or remove it.`,
        location: where(first),
        related: shipping.slice(1, 21).map(where),
        vendor: id,
        ...(first.package ? { package: first.package } : {}),
      });
    }
    const candidates = shipping.filter((e) => isTracking(e, vendor));
    const storing = candidates.filter((e) => storageOf(e, vendor).some((s) => s.category !== 'strictly_necessary'));
    const advertising = candidates.filter((e) => (e.sdk ? e.sdk.kind === 'advertising' : vendor.kinds.includes('advertising')));
    const tracking = necessaryOnly && storing.length > 0 ? storing : noAdTrackers ? advertising : [];
    const t = tracking[0];
    if (t) {
      const stored = [
        ...new Set(
          storageOf(t, vendor)
            .filter((s) => s.category !== 'strictly_necessary')
            .map((s) => `${s.name} (${s.category} ${s.storage.replace('_', ' ')})`),
        ),
      ];
      const promise = necessaryOnly && storing.length > 0 ? 'declares only strictly necessary cookies' : 'promises no third-party advertising trackers';
      findings.push({
        rule: 'tracking-under-necessary-only',
        level: SCAN_RULES['tracking-under-necessary-only'].level,
        message: `${describe(t, vendor)}${stored.length ? ` and sets ${stored.join(', ')}` : ''}, but ${input.manifestFile} ${promise}.`,
        location: where(t),
        related: tracking.slice(1, 21).map(where),
        vendor: id,
        ...(t.package ? { package: t.package } : {}),
      });
    }
    const services = new Set(manifest.recipients.filter((r) => recipients.includes(r.key)).flatMap((r) => r.services));
    const uncovered =
      recipients.length === 0
        ? []
        : shipping.filter((e) => e.sdk && COVERING_SERVICES[e.sdk.kind] && !COVERING_SERVICES[e.sdk.kind]?.some((svc) => services.has(svc)));
    const u = uncovered[0];
    if (u?.sdk) {
      findings.push({
        rule: 'service-not-declared',
        level: SCAN_RULES['service-not-declared'].level,
        message: `${describe(u, vendor)}, but ${recipients.join(', ')} in ${input.manifestFile} ${recipients.length === 1 ? 'is' : 'are'} declared for ${[...services].join(', ')} only: add ${COVERING_SERVICES[u.sdk.kind]?.[0]} (and what it receives) to the recipient, or declare ${vendor.name} as its own recipient.`,
        location: where(u),
        related: uncovered.slice(1, 21).map(where),
        vendor: id,
        ...(u.package ? { package: u.package } : {}),
        recipient: recipients[0] as string,
      });
    }
    const promised = recipients.filter((r) => redactedRecipients.has(r));
    const aiCalls = shipping.filter((e) => CODE.has(e.via) && (e.sdk ? AI.has(e.sdk.kind) : false));
    const ai = aiCalls[0];
    if (ai && promised.length > 0 && traces.redactImports.length === 0) {
      findings.push({
        rule: 'ai-without-redaction',
        level: SCAN_RULES['ai-without-redaction'].level,
        message: `${describe(ai, vendor)}; ${input.manifestFile} promises redaction (${manifest.redaction?.kinds.join(', ')}) before text reaches ${promised.join(', ')}, but the project never imports ${REDACT_PACKAGE}.`,
        location: where(ai),
        related: aiCalls.slice(1, 21).map(where),
        vendor: id,
        ...(ai.package ? { package: ai.package } : {}),
        recipient: promised[0] as string,
      });
    }
  }

  manifest.recipients.forEach((recipient, index) => {
    if (recipient.role !== 'processor' && recipient.role !== 'sub_processor') return;
    if (recipient.selfHosted) return;
    const ids = matches.byRecipient.get(recipient.key) ?? [];
    if (ids.some((id) => byVendor.has(id))) return;
    const position = input.recipientPosition?.(index) ?? { line: 1, column: 1 };
    const message =
      ids.length === 0
        ? `Recipient ${recipient.key} (${recipient.name}) is not in the vendor catalog, so the scan cannot look for it; if it is there under another name, link it with --link ${recipient.key}=VENDOR_ID.`
        : `Recipient ${recipient.key} (${recipient.name}) has no trace in code (no SDK, script or config of ${ids.map((id) => catalog.vendors.get(id)?.name ?? id).join(', ')}); fine if it is reached server to server, otherwise the policy names a vendor the product does not use.`;
    findings.push({
      rule: 'recipient-without-trace',
      level: SCAN_RULES['recipient-without-trace'].level,
      message,
      location: { file: input.manifestFile, ...position },
      related: [],
      recipient: recipient.key,
    });
  });

  const order = { error: 0, warning: 1, note: 2 } as const;
  findings.sort(
    (a, b) =>
      order[a.level] - order[b.level] ||
      (a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : a.location.line - b.location.line) ||
      a.rule.localeCompare(b.rule),
  );
  vendors.sort((a, b) => a.id.localeCompare(b.id));
  return { root: input.shown, manifest: input.manifestFile, findings, vendors, traces };
}

/**
 * The manifest's path as scan locations show it: relative to the scanned folder when inside it.
 *
 * @param root - absolute path of the scanned folder
 * @param manifestAbsolute - absolute path of the manifest file
 * @param shown - the manifest as typed
 * @returns a `/`-separated path
 * @example
 * manifestLocation('/repo', '/repo/privacy.json', 'privacy.json'); // 'privacy.json'
 */
export function manifestLocation(root: string, manifestAbsolute: string, shown: string): string {
  const rel = relative(root, manifestAbsolute);
  return rel && !rel.startsWith('..') && !rel.startsWith(sep) ? rel.split(sep).join('/') : shown;
}
