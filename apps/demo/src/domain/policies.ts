import { seedManifests } from '@priv/examples';
import { parseManifest, type PrivacyManifest } from '@priv/schema';
import type { Db } from '../db.js';

/** A policy the demo can run under: one of the five seeds or an uploaded `privacy.json`. */
export interface DemoPolicy {
  readonly id: string;
  readonly title: string;
  readonly manifest: PrivacyManifest;
  readonly source: 'seed' | 'upload';
}

/** The five seed manifests from `@priv/examples`, ids `000`–`004`. */
export const SEED_POLICIES: readonly DemoPolicy[] = seedManifests.map((s) => ({ id: s.id, title: s.title, manifest: s.manifest, source: 'seed' as const }));

/** The policy used when none is picked yet. */
export const DEFAULT_POLICY_ID = '000';

/** Parsed uploads per database, by id with the upload's instant: an upload is never changed, so it is parsed once (at most 100 kept per database). */
const parsed = new WeakMap<Pick<Db, 'query'>, Map<string, { uploadedAt: number; policy: DemoPolicy }>>();
const PARSED_UPLOADS_MAX = 100;

/** An uploaded policy from its row, parsed once per upload (a reset may reuse an id, with a new instant). */
function uploadOf(
  parsedUploads: Map<string, { uploadedAt: number; policy: DemoPolicy }>,
  row: { id: string; title: string; uploaded_at: Date; manifest?: unknown },
): DemoPolicy | undefined {
  const hit = parsedUploads.get(row.id);
  if (hit && hit.uploadedAt === row.uploaded_at.getTime()) return hit.policy;
  if (row.manifest === undefined) return undefined;
  // Uploads were validated when stored; parsing again gives the typed manifest with defaults.
  const policy: DemoPolicy = { id: row.id, title: row.title, manifest: parseManifest(row.manifest), source: 'upload' };
  parsedUploads.delete(row.id);
  parsedUploads.set(row.id, { uploadedAt: row.uploaded_at.getTime(), policy });
  if (parsedUploads.size > PARSED_UPLOADS_MAX) parsedUploads.delete(parsedUploads.keys().next().value!);
  return policy;
}

/** Uploads by id, reading (and parsing) a manifest only when it is not parsed yet. */
async function loadUploads(db: Pick<Db, 'query'>, where: string, params: unknown[]): Promise<DemoPolicy[]> {
  let cache = parsed.get(db);
  if (!cache) parsed.set(db, (cache = new Map()));
  const known = cache;
  const rows = await db.query<{ id: string; title: string; uploaded_at: Date }>(
    `select id, title, uploaded_at from custom_policies ${where} order by uploaded_at, id`,
    params,
  );
  const missing = rows.filter((r) => uploadOf(known, r) === undefined).map((r) => r.id);
  const full = missing.length
    ? await db.query<{ id: string; title: string; uploaded_at: Date; manifest: unknown }>(
        'select id, title, uploaded_at, manifest from custom_policies where id = any($1::text[])',
        [missing],
      )
    : [];
  for (const r of full) uploadOf(known, r);
  return rows.map((r) => uploadOf(known, r)).filter((p) => p !== undefined);
}

/** Every policy: seeds first, then uploads (oldest first). */
export async function listPolicies(db: Pick<Db, 'query'>): Promise<DemoPolicy[]> {
  return [...SEED_POLICIES, ...(await loadUploads(db, '', []))];
}

/** One policy by id, or `undefined`. */
export async function findPolicy(db: Pick<Db, 'query'>, id: string | undefined): Promise<DemoPolicy | undefined> {
  if (!id) return undefined;
  const seed = SEED_POLICIES.find((p) => p.id === id);
  if (seed) return seed;
  return (await loadUploads(db, 'where id = $1', [id]))[0];
}

/** Stores a validated uploaded manifest; returns its new id (`upload-1`, `upload-2`, ...). */
export async function saveUploadedPolicy(db: Pick<Db, 'query'>, manifest: PrivacyManifest): Promise<DemoPolicy> {
  const [row] = await db.query<{ n: number }>('select count(*)::int as n from custom_policies');
  const id = `upload-${(row?.n ?? 0) + 1}`;
  const title = `${manifest.controller.name} (uploaded, version ${manifest.version})`;
  await db.query('insert into custom_policies (id, title, manifest) values ($1, $2, $3)', [id, title, JSON.stringify(manifest)]);
  return { id, title, manifest, source: 'upload' };
}
