import { z } from 'zod';
import { DataCategoryKeySchema } from './data-category.js';
import { DataSubjectSchema } from './data-subject.js';
import { SnakeKeySchema, TextSchema } from './keys.js';
import { LegalBasisSchema } from './legal-basis.js';

/** Where collected data comes from. */
export const DataSourceSchema = z.enum(['data_subject', 'automatic', 'third_party', 'derived']);
/** A data source. */
export type DataSource = z.infer<typeof DataSourceSchema>;

/**
 * One thing the platform collects: a data category, why (purpose keys declared in the manifest), on
 * which lawful basis, from where, about whom, and which retention rules govern it.
 */
export const CollectionSchema = z.strictObject({
  category: DataCategoryKeySchema,
  description: TextSchema.optional(),
  purposes: z.array(SnakeKeySchema).min(1, 'Say why the data is collected').max(50),
  legalBases: z.array(LegalBasisSchema).min(1, 'Name at least one lawful basis').max(6),
  source: DataSourceSchema,
  subjects: z.array(DataSubjectSchema).min(1).max(10).default(['user']),
  retention: z.array(SnakeKeySchema).min(1, 'Reference at least one retention rule').max(20),
  /** Collected only when a person uses an optional feature. */
  optional: z.boolean().optional(),
});
/** A collection entry. */
export type Collection = z.infer<typeof CollectionSchema>;
