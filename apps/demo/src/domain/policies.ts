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

/** Every policy: seeds first, then uploads (newest last). */
export async function listPolicies(db: Pick<Db, 'query'>): Promise<DemoPolicy[]> {
  const rows = await db.query<{ id: string; title: string; manifest: unknown }>('select id, title, manifest from custom_policies order by uploaded_at, id');
  // Uploads were validated when stored; parsing again gives the typed manifest with defaults.
  return [...SEED_POLICIES, ...rows.map((r) => ({ id: r.id, title: r.title, manifest: parseManifest(r.manifest), source: 'upload' as const }))];
}

/** One policy by id, or `undefined`. */
export async function findPolicy(db: Pick<Db, 'query'>, id: string | undefined): Promise<DemoPolicy | undefined> {
  if (!id) return undefined;
  const seed = SEED_POLICIES.find((p) => p.id === id);
  if (seed) return seed;
  const rows = await db.query<{ id: string; title: string; manifest: unknown }>('select id, title, manifest from custom_policies where id = $1', [id]);
  const row = rows[0];
  return row ? { id: row.id, title: row.title, manifest: parseManifest(row.manifest), source: 'upload' } : undefined;
}

/** Stores a validated uploaded manifest; returns its new id (`upload-1`, `upload-2`, ...). */
export async function saveUploadedPolicy(db: Pick<Db, 'query'>, manifest: PrivacyManifest): Promise<DemoPolicy> {
  const [row] = await db.query<{ n: number }>('select count(*)::int as n from custom_policies');
  const id = `upload-${(row?.n ?? 0) + 1}`;
  const title = `${manifest.controller.name} (uploaded, version ${manifest.version})`;
  await db.query('insert into custom_policies (id, title, manifest) values ($1, $2, $3)', [id, title, JSON.stringify(manifest)]);
  return { id, title, manifest, source: 'upload' };
}
