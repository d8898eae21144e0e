import type { RedactionKind } from '@priv/schema';

const LABELS: Record<RedactionKind, string> = { email: 'EMAIL', phone: 'PHONE', card: 'CARD' };

/**
 * The placeholders of one conversation: the same value always gets the same placeholder
 * (`[EMAIL_1]` for `ada@example.com` however it is capitalised), numbered per kind in the order first
 * seen; and what each placeholder stood for, to put originals back on the server.
 */
export class PlaceholderBook {
  /** Per kind, value -> placeholder (one map per kind: no key to build per finding). */
  readonly #byValue: Record<RedactionKind, Map<string, string>> = { email: new Map(), phone: new Map(), card: new Map() };
  readonly #originals = new Map<string, string>();
  readonly #counts: Record<RedactionKind, number> = { email: 0, phone: 0, card: 0 };

  /** The placeholder of a value, minting the next one of its kind the first time. */
  placeholderFor(kind: RedactionKind, value: string, original: string): string {
    const byValue = this.#byValue[kind];
    const known = byValue.get(value);
    if (known) return known;
    this.#counts[kind] += 1;
    const placeholder = `[${LABELS[kind]}_${this.#counts[kind]}]`;
    byValue.set(value, placeholder);
    this.#originals.set(placeholder, original);
    return placeholder;
  }

  /** Placeholder -> the original text it replaced (as first seen). */
  get originals(): ReadonlyMap<string, string> {
    return this.#originals;
  }
}
