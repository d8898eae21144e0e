import { z } from 'zod';
import { suggestion } from './did-you-mean.js';

/** The prefix of a team's own value in an open list: `x_ferpa_directory_information`. */
export const CUSTOM_VALUE_PREFIX = 'x_';

/** A team's own value in an open list: `x_` then snake_case, e.g. `x_donor` or `x_swiss_dsg`. */
export type CustomValue = `x_${string}`;

const CUSTOM_PATTERN = /^x_[a-z0-9][a-z0-9_]*$/;

/** A custom value: `x_` then snake_case. Give it a label in the manifest's `labels`. */
export const CustomValueSchema = z.string().max(64).regex(CUSTOM_PATTERN, 'A custom value starts with "x_" and continues in snake_case, e.g. "x_donor"');

/**
 * Whether a value is a team's own (`x_...`) rather than a built-in.
 *
 * @param value - a value from an open list
 * @returns `true` for `x_...`
 * @example
 * isCustomValue('x_donor'); // true
 * isCustomValue('student'); // false
 */
export function isCustomValue(value: string): value is CustomValue {
  return CUSTOM_PATTERN.test(value);
}

/**
 * An open list of values: the built-ins (which editors complete, and which the renderer has words
 * for), or a team's own value under the `x_` prefix. One message names both shapes and suggests the
 * nearest built-in for a typo.
 *
 * @param values - the built-in values
 * @param what - what a value is, for the message ("a framework")
 * @param describe - the JSON Schema description
 * @returns a zod schema whose type is the built-in literals or `` `x_${string}` ``
 * @example
 * const Subject = openList(['user', 'student'] as const, 'a data subject', 'Who the data is about');
 * Subject.parse('x_donor'); // 'x_donor'
 */
export function openList<const T extends readonly [string, ...string[]]>(
  values: T,
  what: string,
  describe: string,
): z.ZodType<T[number] | CustomValue, T[number] | CustomValue> {
  const builtIn = new Set<string>(values);
  const schema = z.string().superRefine((value, ctx) => {
    if (builtIn.has(value) || (value.length <= 64 && CUSTOM_PATTERN.test(value))) return;
    ctx.addIssue({
      code: 'custom',
      message: `Expected ${what}: one of ${values.map((v) => `"${v}"`).join(', ')}, or your own value starting with "x_"; got "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"${suggestion(value, values)}`,
      params: { reason: 'invalid_value' },
    });
  });
  return schema.meta({
    description: `${describe} Built-in values: ${values.join(', ')}; your own values start with "x_" (label them in \`labels\`).`,
    anyOf: [{ enum: [...values] }, { pattern: CUSTOM_PATTERN.source, maxLength: 64 }],
  }) as unknown as z.ZodType<T[number] | CustomValue, T[number] | CustomValue>;
}
