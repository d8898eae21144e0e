import type { PrivacyManifest } from '@priv/schema';

/** Example edits for the notice editor, so a visitor sees a classified diff with one click. */
export const PRESETS = {
  add_recipient: 'Add an analytics sub-processor',
  longer_retention: 'Keep data longer',
  wording: 'Reword a purpose (minor)',
} as const;

/** A preset's name. */
export type PresetKey = keyof typeof PRESETS;

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * The next version of a manifest with one example edit applied, as plain JSON for the editor:
 * version `<old>-next`, effective on `today`.
 */
export function nextVersion(manifest: PrivacyManifest, today: string, preset?: PresetKey): Record<string, unknown> {
  const next = clone(manifest) as PrivacyManifest & Record<string, unknown>;
  const out = next as { -readonly [K in keyof PrivacyManifest]: PrivacyManifest[K] } & Record<string, unknown>;
  out.version = `${manifest.version}-next`;
  out.effectiveDate = today > manifest.effectiveDate ? today : manifest.effectiveDate;
  if (preset === 'add_recipient') {
    const category =
      manifest.collections.find((c) => c.category.startsWith('user.technical'))?.category ?? manifest.collections[0]?.category ?? 'user.technical.ip_address';
    out.recipients = [...manifest.recipients, { key: 'mixpanel', name: 'Mixpanel', role: 'sub_processor', services: ['analytics'], categories: [category] }];
  } else if (preset === 'longer_retention') {
    const index = manifest.retention.findIndex((r) => r.period !== 'indefinite' && Object.values(r.period).some((v) => typeof v === 'number' && v > 0));
    if (index >= 0) {
      const rule = manifest.retention[index]!;
      const period =
        rule.period === 'indefinite' ? rule.period : Object.fromEntries(Object.entries(rule.period).map(([k, v]) => [k, typeof v === 'number' ? v * 2 : v]));
      out.retention = manifest.retention.map((r, i) =>
        i === index ? { ...r, period, minimum: undefined, description: `${r.description} (doubled in the new version)` } : r,
      ) as PrivacyManifest['retention'];
    }
  } else if (preset === 'wording') {
    out.purposes = manifest.purposes.map((p, i) =>
      i === 0 ? { ...p, description: `${p.description ?? ''} We explain this more plainly now.`.trim() } : p,
    ) as PrivacyManifest['purposes'];
  }
  return JSON.parse(JSON.stringify(out)) as Record<string, unknown>;
}
