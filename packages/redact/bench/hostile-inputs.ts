/**
 * Inputs built to make a backtracking or quadratic redactor slow, each a function of the length wanted
 * (so that a test can check the work grows linearly with it). The one marked `dense` is not hostile
 * but real: valid phone numbers in a row, the most work a text can ask for.
 */
/** A seeded generator (a linear congruential one), so that the random inputs are the same in every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** Random numbers of one to four digits joined by a space or a dash: every start tries several plans. */
function shortGroups(n: number): string {
  const random = seeded(1);
  let text = '';
  while (text.length < n) text += String(Math.floor(random() * 10 ** (1 + Math.floor(random() * 4)))) + (random() < 0.5 ? ' ' : '-');
  return text;
}

/** Groups of a trunk `0` and up to three random digits (`0123 047 0…`): each starts a number dictated in up to ten groups. */
function trunkZeroGroups(n: number): string {
  const random = seeded(2);
  let text = '';
  while (text.length < n) text += `0${Math.floor(random() * 1000)} `;
  return text;
}

export const HOSTILE_GENERATORS: readonly { readonly name: string; readonly make: (length: number) => string; readonly dense?: true }[] = [
  { name: 'a@a@a@… (50,000 at signs)', make: (n) => 'a@'.repeat(n / 2) },
  { name: '+1 (2 (3 (4 … nested openings', make: (n) => Array.from({ length: n / 4 }, (_, i) => `+${i % 10} (`).join('') },
  { name: 'digits joined by dashes', make: (n) => '1-'.repeat(n / 2) },
  { name: 'digit groups joined by spaces', make: (n) => '1234 '.repeat(n / 5) },
  { name: 'digit pairs with dots and spaces', make: (n) => '12.34 '.repeat(Math.round(n * 0.16)) },
  { name: 'one 100,000-digit number', make: (n) => '7'.repeat(n) },
  { name: 'deeply dotted domain', make: (n) => `x@${'a.'.repeat(n / 2)}com` },
  { name: 'deeply dotted local parts', make: (n) => `${'a.'.repeat(n / 2)}@example.com` },
  { name: 'at signs between dotted labels', make: (n) => 'a.b@c.d@'.repeat(n / 8) },
  { name: 'random short digit groups (valid numbers among them)', make: shortGroups },
  { name: 'random trunk-zero groups (valid numbers among them)', make: trunkZeroGroups },
  { name: 'valid phone repeated', make: (n) => '(415) 555-2671 '.repeat(Math.round(n * 0.067)), dense: true },
  { name: 'open brackets (restore)', make: (n) => '['.repeat(n) },
];

/** The inputs at about 100 KB each, as the benchmark and the tests use them. */
export const HOSTILE_INPUTS: readonly { readonly name: string; readonly text: string; readonly dense?: true }[] = HOSTILE_GENERATORS.map(
  ({ name, make, dense }) => (dense ? { name, text: make(100_000), dense } : { name, text: make(100_000) }),
);
