/**
 * Loads the five seed manifests through @priv/schema and prints a summary of each: what `npm run demo`
 * shows until the demo app lands.
 */
import { formatDuration, getDataCategory, purposeLabel, type PrivacyManifest } from '@priv/schema';
import { seedManifests } from './seeds.js';

function retentionLine(rule: PrivacyManifest['retention'][number]): string {
  const period = rule.period === 'indefinite' ? 'indefinitely' : formatDuration(rule.period);
  const grace = rule.gracePeriod ? `, recoverable for ${formatDuration(rule.gracePeriod)}` : '';
  return `${rule.key}: ${rule.bound} ${period} after ${rule.anchor}${grace}, then ${rule.action}`;
}

export function summarize(manifest: PrivacyManifest): string {
  const lines = [
    `  collects ${manifest.collections.length} categories: ${manifest.collections.map((c) => getDataCategory(c.category)?.label ?? c.category).join(', ')}`,
    `  for ${manifest.purposes.length} purposes: ${manifest.purposes.map(purposeLabel).join('; ')}`,
    `  shares with ${manifest.recipients.length}: ${manifest.recipients.map((r) => r.name).join(', ') || 'nobody'}`,
    `  retention:`,
    ...manifest.retention.map((r) => `    - ${retentionLine(r)}`),
    `  age: ${manifest.age ? `${manifest.age.minimumAge}+${manifest.age.parentalConsentBelow ? `, consent below ${manifest.age.parentalConsentBelow}` : ''}` : 'no age policy stated'}`,
    `  material changes: ${manifest.notice ? `${manifest.notice.material.advanceNotice ? formatDuration(manifest.notice.material.advanceNotice) : 'no advance period'} via ${manifest.notice.material.channels.join(', ')}` : 'no promise stated'}`,
    `  rights: ${manifest.rights.map((r) => r.right + (r.response ? ` (${formatDuration(r.response.within)})` : '')).join(', ')}`,
  ];
  return lines.join('\n');
}

for (const seed of seedManifests) {
  console.log(`\n${seed.id} ${seed.title} — ${seed.manifest.controller.name}, version ${seed.manifest.version}`);
  console.log(summarize(seed.manifest));
}
console.log(`\nAll ${seedManifests.length} seed manifests validated with @priv/schema.`);
