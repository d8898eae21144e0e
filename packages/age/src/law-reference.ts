import type { JurisdictionAgeRule } from './jurisdiction-ages.js';

/** Which law decided and why: the row id, and where the row is cited (a `DEFAULT_JURISDICTIONS`-style table), its law, article and URL. */
export interface LawReference {
  /** The jurisdiction code. */
  readonly code: string;
  /** The row's id (`US-NJ-njdpa`); `null` for a custom row without one. Look it up in `ROW_SOURCES`. */
  readonly row: string | null;
  /** The law, article and URL: present when the gate ran on a cited table (`{ jurisdictions: DEFAULT_JURISDICTIONS }`). */
  readonly law?: string;
  readonly article?: string;
  readonly url?: string;
  /** What the law requires here, in words. */
  readonly why: string;
}

/** Builds the reference for a row; the source comes along when the row is cited. */
export function lawReference(row: JurisdictionAgeRule & { readonly code: string }, why: string): LawReference {
  const source = (row as { readonly source?: { readonly law: string; readonly article: string; readonly url?: string | undefined } }).source;
  return {
    code: row.code,
    row: row.id ?? null,
    ...(source ? { law: source.law, article: source.article, ...(source.url ? { url: source.url } : {}) } : {}),
    why,
  };
}
