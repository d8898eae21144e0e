import { z } from 'zod';
import { byShape } from './by-shape.js';
import { DataCategoryKeySchema } from './data-category.js';
import { DataSubjectSchema } from './data-subject.js';
import { TextSchema } from './keys.js';
import { LegalBasisSchema, type LegalBasis } from './legal-basis.js';
import { openList } from './open-list.js';
import { PurposeKeySchema, type PurposeKey } from './purpose.js';
import { SnakeKeySchema } from './keys.js';

/** The built-in sources of collected data. */
export const BUILT_IN_DATA_SOURCES = ['data_subject', 'automatic', 'third_party', 'derived', 'public_sources', 'other_users', 'school_or_employer'] as const;

/** Where collected data comes from: a built-in source or your own `x_...` value. */
export const DataSourceSchema = openList(BUILT_IN_DATA_SOURCES, 'a data source', 'Where collected data comes from.');
/** A data source. */
export type DataSource = z.infer<typeof DataSourceSchema>;

const basesList = z
  .array(LegalBasisSchema)
  .min(1, 'Name at least one lawful basis, or leave legalBases out when the policy names none')
  .max(6, 'There are only six lawful bases (GDPR Art. 6(1))');

/**
 * The lawful bases of a collection. Preferred: by purpose, `{ billing: ['contract'], marketing:
 * ['consent'] }`, so each purpose is published with its own basis. The older list form
 * (`['contract', 'consent']`) says only that the collection as a whole relies on these bases; it is
 * published per purpose only when that is unambiguous (one purpose, or one basis). See
 * `migrateLegalBasesPerPurpose`.
 */
export const LegalBasesSchema = byShape(
  { array: basesList, object: z.record(PurposeKeySchema as unknown as z.ZodString, basesList) },
  'lawful bases by purpose, like { "billing": ["contract"] }, or a list like ["contract"]',
).meta({ description: 'Lawful bases (GDPR Art. 6(1)): by purpose key ({ "billing": ["contract"] }), or one list for the whole collection.' });
/** Lawful bases: by purpose key, or one list for the whole collection. */
export type LegalBases = LegalBasis[] | Partial<Record<PurposeKey, LegalBasis[]>>;

/**
 * One thing the platform collects: a data category, why (purpose keys declared in the manifest), on
 * which lawful basis, from where, about whom, and which retention rules govern it. Leave out what the
 * policy does not say: no `legalBases`, no `source`, no `retention` (the published text then says
 * nothing about them, rather than something invented).
 */
export const CollectionSchema = z.strictObject({
  category: DataCategoryKeySchema,
  description: TextSchema.optional().meta({ description: "What exactly is collected, in the policy's words." }),
  purposes: z
    .array(PurposeKeySchema)
    .min(1, 'Say why the data is collected: at least one purpose key')
    .max(50)
    .meta({ description: 'Purpose keys (declared in `purposes`) this data is used for.' }),
  legalBases: LegalBasesSchema.optional(),
  source: DataSourceSchema.optional(),
  subjects: z.array(DataSubjectSchema).min(1).max(20).default(['user']).meta({ description: 'Whom the data is about (default: users).' }),
  retention: z
    .array(SnakeKeySchema)
    .max(20)
    .default([])
    .meta({ description: 'Keys of the retention rules (in `retention`) that govern this data; leave out when the policy states none.' }),
  /** The policy's own words on how long, when it states no rule ("as long as necessary to provide the service"). */
  retentionStatement: TextSchema.optional().meta({
    description: 'How long, in the policy\'s words, when it states no period ("as long as your account is active").',
  }),
  /** Collected only when a person uses an optional feature. */
  optional: z.boolean().optional().meta({ description: 'Collected only when a person uses an optional feature.' }),
});
/** A collection entry. */
export type Collection = z.infer<typeof CollectionSchema>;

/**
 * Every lawful basis a collection relies on, for any purpose, without repeats.
 *
 * @param collection - a collection
 * @returns the bases, in first-mention order; empty when the policy names none
 * @example
 * legalBasesOf({ legalBases: { billing: ['contract'], marketing: ['consent'] } }); // ['contract', 'consent']
 */
export function legalBasesOf(collection: { readonly legalBases?: LegalBases | undefined }): LegalBasis[] {
  const bases = collection.legalBases;
  if (bases === undefined) return [];
  const all = Array.isArray(bases) ? bases : Object.values(bases).flatMap((list) => list ?? []);
  return [...new Set(all)];
}

/**
 * The lawful bases a collection states for one of its purposes, or `undefined` when the manifest does
 * not say which basis serves that purpose (no bases, or a list of several bases for several purposes).
 *
 * @param collection - a collection
 * @param purpose - one of its purpose keys
 * @returns the bases for that purpose, or `undefined` when unknown
 * @example
 * legalBasesFor({ purposes: ['billing'], legalBases: ['contract'] }, 'billing'); // ['contract']
 * legalBasesFor({ purposes: ['a', 'b'], legalBases: ['contract', 'consent'] }, 'a'); // undefined
 */
export function legalBasesFor(
  collection: { readonly purposes: readonly string[]; readonly legalBases?: LegalBases | undefined },
  purpose: string,
): LegalBasis[] | undefined {
  const bases = collection.legalBases;
  if (bases === undefined || !collection.purposes.includes(purpose)) return undefined;
  if (!Array.isArray(bases)) return (bases as Record<string, LegalBasis[] | undefined>)[purpose];
  if (collection.purposes.length === 1 || bases.length === 1) return [...bases];
  return undefined;
}
