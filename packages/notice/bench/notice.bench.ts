import { codementorAi, codementorAiInput, seedManifests } from '@priv/examples';
import { defineManifest } from '@priv/schema';
import { NO_PUBLIC_HOLIDAYS } from '@priv/calendar';
import { bench, describe } from 'vitest';
import { classifyChanges, diffManifests, gdprRequestDeadline, planNotice, renderPolicyHtml, renderPolicyMarkdown } from '../src/index.js';

const next = defineManifest({
  ...codementorAiInput,
  version: 'next',
  effectiveDate: '2026-12-01',
  recipients: [
    ...codementorAiInput.recipients,
    { key: 'mixpanel', name: 'Mixpanel', role: 'sub_processor', services: ['analytics'], categories: ['user.technical.ip_address'] },
  ],
});
const largest = seedManifests.reduce((a, b) => (JSON.stringify(b.manifest).length > JSON.stringify(a.manifest).length ? b : a)).manifest;

describe('notice', () => {
  bench('diffManifests + classifyChanges + planNotice (seed 000, one new recipient)', () => {
    planNotice(classifyChanges(diffManifests(codementorAi, next)), codementorAi.notice, { publishedAt: '2026-09-01T10:00:00Z', effectiveDate: 'earliest' });
  });
  bench('diffManifests of the largest seed against itself', () => {
    diffManifests(largest, largest);
  });
  bench('renderPolicyMarkdown (largest seed)', () => {
    renderPolicyMarkdown(largest);
  });
  bench('renderPolicyHtml (largest seed)', () => {
    renderPolicyHtml(largest);
  });
  bench('gdprRequestDeadline (Europe/Berlin)', () => {
    gdprRequestDeadline('2026-01-31T10:00:00Z', { timeZone: 'Europe/Berlin', holidays: NO_PUBLIC_HOLIDAYS });
  });
});
