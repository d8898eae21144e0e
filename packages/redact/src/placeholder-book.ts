import type { RedactionKind } from '@priv/schema';

const LABELS: Record<RedactionKind, string> = { email: 'EMAIL', phone: 'PHONE', card: 'CARD' };

/**
 * The placeholders of one conversation: the same value always gets the same placeholder
 * (`[EMAIL_1]` for `ada@example.com` however it is capitalised), numbered per kind in the order first
 * seen; and what each placeholder stood for, to put originals back on the server.
 */
export class PlaceholderBook {
  readonly #byValue = new Map<string, string>();
  readonly #originals = new Map<string, string>();
  readonly #counts: Record<RedactionKind, number> = { email: 0, phone: 0, card: 0 };

  /** The placeholder of a value, minting the next one of its kind the first time. */
  placeholderFor(kind: RedactionKind, value: string, original: string): string {
    const key = `${kind}\u0000${value}`;
    const known = this.#byValue.get(key);
    if (known) return known;
    this.#counts[kind] += 1;
    const placeholder = `[${LABELS[kind]}_${this.#counts[kind]}]`;
    this.#byValue.set(key, placeholder);
    this.#originals.set(placeholder, original);
    return placeholder;
  }

  /** Placeholder -> the original text it replaced (as first seen). */
  get originals(): ReadonlyMap<string, string> {
    return this.#originals;
  }
}
