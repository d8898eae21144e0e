import type { z } from 'zod';
import { crossReferenceIssues } from './cross-references.js';
import { PrivacyManifestShape } from './manifest-shape.js';

/**
 * The full manifest schema: every field, plus cross-reference checks (declared purposes, categories,
 * rules, events and recipients; no duplicates; no unused rule; nothing shared that is not collected).
 */
export const PrivacyManifestSchema = PrivacyManifestShape.superRefine((manifest, ctx) => {
  for (const issue of crossReferenceIssues(manifest)) {
    ctx.addIssue({ code: 'custom', path: [...issue.path] as (string | number)[], message: issue.message, params: { reason: issue.code } });
  }
});

/** A validated privacy manifest, with defaults filled in. */
export type PrivacyManifest = z.output<typeof PrivacyManifestSchema>;
/** What you write: a manifest before validation, where fields with defaults may be left out. */
export type PrivacyManifestInput = z.input<typeof PrivacyManifestSchema>;
