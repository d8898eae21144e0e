/**
 * Inputs of about 100 KB built to make a backtracking or quadratic redactor slow. The one marked
 * `dense` is not hostile but real: 6,700 valid phone numbers in a row, the most work a text can ask for.
 */
export const HOSTILE_INPUTS: readonly { readonly name: string; readonly text: string; readonly dense?: true }[] = [
  { name: 'a@a@a@… (50,000 at signs)', text: 'a@'.repeat(50_000) },
  { name: '+1 (2 (3 (4 … nested openings', text: Array.from({ length: 25_000 }, (_, i) => `+${i % 10} (`).join('') },
  { name: 'digits joined by dashes', text: '1-'.repeat(50_000) },
  { name: 'digit groups joined by spaces', text: '1234 '.repeat(20_000) },
  { name: 'digit pairs with dots and spaces', text: '12.34 '.repeat(16_000) },
  { name: 'one 100,000-digit number', text: '7'.repeat(100_000) },
  { name: 'deeply dotted domain', text: `x@${'a.'.repeat(50_000)}com` },
  { name: 'deeply dotted local parts', text: `${'a.'.repeat(50_000)}@example.com` },
  { name: 'at signs between dotted labels', text: 'a.b@c.d@'.repeat(12_500) },
  { name: 'valid phone repeated', text: '(415) 555-2671 '.repeat(6_700), dense: true },
  { name: 'open brackets (restore)', text: '['.repeat(100_000) },
];
