/** The edit distance between two strings (insert, delete, replace, swap of neighbours), capped. */
function distance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((rows[i - 1]?.[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (rows[i - 1]?.[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? cap + 1;
}

/**
 * The candidate closest to a mistyped value, when one is close enough to be a likely typo (at most a
 * third of its length, and at most 3 edits, away; case and `-`/`_` ignored), else `undefined`.
 * Inputs longer than 200 characters get no suggestion, so the work stays bounded.
 *
 * @param input - what was written
 * @param candidates - the values it should have been one of
 * @returns the likely intended value, or `undefined`
 * @example
 * didYouMean('user.contact.emial', ['user.contact.email', 'user.contact.phone']); // 'user.contact.email'
 * didYouMean('colour', ['version', 'cookies']); // undefined
 */
export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  if (input.length > 200) return undefined;
  const norm = (s: string) => s.toLowerCase().replace(/-/g, '_');
  const wanted = norm(input);
  const cap = Math.min(3, Math.max(1, Math.floor(wanted.length / 3)));
  let best: string | undefined;
  let bestDistance = cap + 1;
  for (const candidate of candidates) {
    const d = distance(wanted, norm(candidate), cap);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * ` (did you mean "x"?)` when a candidate is close, else the empty string: the tail of a message.
 *
 * @param input - what was written
 * @param candidates - the values it should have been one of
 * @returns the suggestion as message text
 * @example
 * suggestion('contarct', ['contract', 'consent']); // ' (did you mean "contract"?)'
 */
export function suggestion(input: unknown, candidates: Iterable<string>): string {
  if (typeof input !== 'string') return '';
  const close = didYouMean(input, candidates);
  return close === undefined ? '' : ` (did you mean "${close}"?)`;
}
