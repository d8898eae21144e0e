import { DataCategoryKeySchema, SnakeKeySchema, StorageScopeSchema } from '@priv/schema';
import { z } from 'zod';
import { InvalidMappingError } from './errors.js';

/** A column name: letters, digits and `_`, not starting with a digit (quoted in the SQL). */
export const SqlIdentifierSchema = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]{0,62}$/, 'Expected a column name: letters, digits and _, not starting with a digit, at most 63 characters');

/** A table name, optionally schema-qualified (`public.accounts`). */
export const SqlTableNameSchema = z
  .string()
  .regex(/^(?:[A-Za-z_][A-Za-z0-9_]{0,62}\.)?[A-Za-z_][A-Za-z0-9_]{0,62}$/, 'Expected a table name, optionally schema-qualified: accounts or public.accounts');

/**
 * The data categories of a table's records: the same for every row (`['user.contact']`), or read
 * from a column whose values are listed with the categories each stands for. A row whose value is
 * not listed gets no rule: it is kept (`no_rule`), never purged.
 */
export const SqlCategoriesSchema = z.union([
  z.array(DataCategoryKeySchema).min(1),
  z.strictObject({
    column: SqlIdentifierSchema,
    values: z.record(z.string().min(1).max(200), z.array(DataCategoryKeySchema).min(1)).refine((v) => Object.keys(v).length > 0, 'List at least one value'),
  }),
]);

/** One table of records. */
export const SqlTableMappingSchema = z.strictObject({
  /** The table (`messages`, `public.messages`); also the value a hold's `recordTable` column holds for it. */
  name: SqlTableNameSchema,
  /** The record id column (unique per row). */
  id: SqlIdentifierSchema,
  /** The data subject column, to find subject holds and the subject's events. */
  subject: SqlIdentifierSchema.optional(),
  categories: SqlCategoriesSchema,
  /**
   * Where this copy lives (`active`, `backups`, `logs`), for every row or from a column holding those
   * words (NULL: every rule applies). Without it, every rule applies, as in `planPurge`.
   */
  storage: z.union([StorageScopeSchema, z.strictObject({ column: SqlIdentifierSchema })]).optional(),
  /** Anchor event -> column of this table (`record_created: 'created_at'`), or `null`: this table never sees the event. */
  events: z.record(SnakeKeySchema, SqlIdentifierSchema.nullable()).default({}),
  /** What anonymising a row means: each column set to a value (`null`, a string or a number, always passed as a parameter). */
  anonymise: z
    .strictObject({
      set: z
        .record(SqlIdentifierSchema, z.union([z.string().max(10_000), z.number().finite(), z.null()]))
        .refine((s) => Object.keys(s).length > 0, 'Set at least one column'),
    })
    .optional(),
});

/** Where a subject's own events live (`accounts.deleted_at` for `account_deleted`), joined on the table's `subject`. */
export const SqlSubjectsMappingSchema = z.strictObject({
  table: SqlTableNameSchema,
  id: SqlIdentifierSchema,
  events: z.record(SnakeKeySchema, SqlIdentifierSchema),
});

/**
 * Where legal holds live: one table, each row a hold on a record (`recordId`, and `recordTable` when
 * holds of several tables share it) or on a subject (`subject`), active from `placedAt` until
 * `releasedAt` (NULL: not released), exactly as `@priv/retention`'s `isHoldActive`.
 */
export const SqlHoldsMappingSchema = z
  .strictObject({
    table: SqlTableNameSchema,
    placedAt: SqlIdentifierSchema,
    releasedAt: SqlIdentifierSchema,
    recordId: SqlIdentifierSchema.optional(),
    recordTable: SqlIdentifierSchema.optional(),
    subject: SqlIdentifierSchema.optional(),
  })
  .refine((h) => h.recordId !== undefined || h.subject !== undefined, { message: 'A holds table needs a recordId or a subject column', path: ['recordId'] })
  .refine((h) => h.recordTable === undefined || h.recordId !== undefined, { message: 'recordTable needs recordId', path: ['recordTable'] });

/**
 * Where a manifest's records live in a database: the tables, their categories, storage and anchor
 * event columns, the subjects' events and the legal holds. Data, validated with zod.
 */
export const SqlMappingSchema = z
  .strictObject({
    tables: z.array(SqlTableMappingSchema).min(1),
    subjects: SqlSubjectsMappingSchema.optional(),
    holds: SqlHoldsMappingSchema.optional(),
  })
  .superRefine((mapping, ctx) => {
    const names = new Set<string>();
    mapping.tables.forEach((table, i) => {
      if (names.has(table.name)) ctx.addIssue({ code: 'custom', path: ['tables', i, 'name'], message: `Table "${table.name}" is mapped twice` });
      names.add(table.name);
      for (const event of Object.keys(mapping.subjects?.events ?? {})) {
        if (Object.hasOwn(table.events, event))
          ctx.addIssue({ code: 'custom', path: ['tables', i, 'events', event], message: `"${event}" is mapped both here and in subjects.events: keep one` });
      }
      if (table.anonymise && Object.hasOwn(table.anonymise.set, table.id)) {
        ctx.addIssue({ code: 'custom', path: ['tables', i, 'anonymise', 'set', table.id], message: 'Anonymising cannot overwrite the record id' });
      }
    });
  });

/** A database mapping as written (defaults may be left out). */
export type SqlMappingInput = z.input<typeof SqlMappingSchema>;
/** A validated database mapping. */
export type SqlMapping = z.infer<typeof SqlMappingSchema>;
/** One validated table mapping. */
export type SqlTableMapping = z.infer<typeof SqlTableMappingSchema>;

/**
 * Validates a database mapping. Throws an {@link InvalidMappingError} with the path of the first
 * problem.
 *
 * @param input - The mapping, as data (a JSON file, a literal).
 * @returns The mapping with defaults applied.
 * @throws InvalidMappingError when the mapping does not match {@link SqlMappingSchema}.
 * @example
 * const mapping = parseSqlMapping({
 *   tables: [{ name: 'messages', id: 'id', subject: 'user_id', categories: ['user.content'], events: { record_created: 'created_at' } }],
 *   subjects: { table: 'accounts', id: 'id', events: { account_deleted: 'deleted_at' } },
 *   holds: { table: 'legal_holds', subject: 'user_id', placedAt: 'placed_at', releasedAt: 'released_at' },
 * });
 * mapping.tables[0]?.name; // 'messages'
 */
export function parseSqlMapping(input: unknown): SqlMapping {
  const parsed = SqlMappingSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more problem(s))` : '';
    throw new InvalidMappingError(issue?.path ?? [], `${issue?.message ?? 'Invalid mapping'}${more}`);
  }
  return parsed.data;
}
