import { z } from 'zod';
import { RedactionKindSchema } from './redaction-kind.js';

/**
 * One piece of personal data found in a text: its kind, where it stood in the original (UTF-16 code
 * unit offsets, `end` exclusive, so `original.slice(start, end)` is the value) and the placeholder
 * that replaced it.
 */
export const FindingSchema = z.strictObject({
  kind: RedactionKindSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  replacement: z.string(),
});
/** One piece of personal data found and replaced. */
export type Finding = z.infer<typeof FindingSchema>;

/** A value a detector found, before it gets a placeholder: kind, span and a normalised value. */
export interface Detection {
  readonly kind: Finding['kind'];
  readonly start: number;
  readonly end: number;
  /** The value in a canonical form (lower-case email, E.164 phone, digits of a card) for same-value placeholders. */
  readonly value: string;
}
