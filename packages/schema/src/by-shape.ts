import { z } from 'zod';

type Shapes = { readonly string?: z.ZodType; readonly number?: z.ZodType; readonly array?: z.ZodType; readonly object?: z.ZodType };
type OutputOf<S extends Shapes> = { [K in keyof S]: S[K] extends z.ZodType ? z.output<S[K]> : never }[keyof S];
type InputOf<S extends Shapes> = { [K in keyof S]: S[K] extends z.ZodType ? z.input<S[K]> : never }[keyof S];

function shapeOf(value: unknown): keyof Shapes | undefined {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'number';
  if (Array.isArray(value)) return 'array';
  if (value !== null && typeof value === 'object') return 'object';
  return undefined;
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

/**
 * A union that picks its member by the value's JSON shape (string, number, list or object), so a
 * mistake inside the chosen member is reported at its own path (`legalBases[0]`: "did you mean
 * contract?") instead of one "Invalid input" at the parent. A value of no expected shape gets one
 * message naming every shape that is allowed. The JSON Schema is the `anyOf` of the members.
 *
 * @param shapes - the member schema for each JSON shape that is allowed
 * @param expected - the allowed shapes in words, e.g. `["contract"] or { "billing": ["contract"] }`
 * @returns a schema with the members' union as its type
 * @example
 * import { z } from 'zod';
 * import { byShape } from './by-shape.js';
 * import { DurationSchema } from './duration.js';
 *
 * const Period = byShape({ string: z.literal('indefinite'), object: DurationSchema }, '"indefinite" or a duration like { "days": 30 }');
 * Period.safeParse(7).error?.issues[0]?.message; // 'Expected "indefinite" or a duration like { "days": 30 }; got number 7'
 */
export function byShape<const S extends Shapes>(shapes: S, expected: string): z.ZodType<OutputOf<S>, InputOf<S>> {
  const members = Object.values(shapes).filter((s): s is z.ZodType => s !== undefined);
  const schema = z.unknown().transform((value, ctx) => {
    const shape = shapeOf(value);
    const member = shape === undefined ? undefined : shapes[shape];
    if (member === undefined) {
      ctx.addIssue({ code: 'custom', message: `Expected ${expected}; got ${describeValue(value)}`, params: { reason: 'invalid_type' } });
      return z.NEVER;
    }
    const result = member.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) ctx.addIssue({ ...issue, code: 'custom', params: { reason: issue.code } } as never);
    return z.NEVER;
  });
  return schema.meta({
    anyOf: members.map((m) => {
      const { $schema: _drop, ...json } = z.toJSONSchema(m, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
      return json;
    }),
  }) as unknown as z.ZodType<OutputOf<S>, InputOf<S>>;
}
