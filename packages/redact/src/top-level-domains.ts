// Which top-level domains make an address public: the IANA root zone as the `tlds` package keeps it
// (about 1,440 names, ASCII and internationalised), minus the names reserved for private use. A few of
// them are also file extensions or words of code (`.zip`, `.py`, `.map`...): those count only where
// the text around reads as prose (see `CODE_WORD_TLDS` and `find-emails.ts`).
import ianaTlds from 'tlds';

const PUBLIC = new Set(ianaTlds.map((tld) => tld.toLowerCase()));

/** Reserved names that never reach the public internet (RFC 2606, RFC 6761, `.local`, `.internal`). */
const PRIVATE = new Set(['localhost', 'local', 'internal', 'test', 'invalid', 'example', 'lan', 'home', 'corp', 'localdomain', 'intranet', 'private']);

/**
 * Real TLDs that are also file extensions or attribute names in code (`archive@2x.zip`,
 * `self.w@x.data`, `a@b.map`): an address with one of them is an address only where it stands as
 * prose would write it (see `findEmails`).
 */
export const CODE_WORD_TLDS: ReadonlySet<string> = new Set(
  ['zip', 'mov', 'py', 'map', 'rs', 'sh', 'md', 'java', 'data', 'cat', 'ps', 'so', 'sql', 'php', 'json', 'css', 'js'].filter((tld) => PUBLIC.has(tld)),
);

/**
 * Whether a top-level domain is public: in the IANA root zone (the `tlds` package), an
 * internationalised one (`xn--...`, or two or more non-ASCII letters), and not reserved (`localhost`, `local`, `internal`, `test`).
 *
 * @param tld - the last label of a domain, any case.
 * @returns `true` for `com`, `work`, `pizza`, `bayern`, `рф`; `false` for `shape`, `localhost`.
 * @example
 * isPublicTopLevelDomain('pizza'); // true
 * isPublicTopLevelDomain('shape'); // false
 */
export function isPublicTopLevelDomain(tld: string): boolean {
  const lower = tld.toLowerCase();
  if (PRIVATE.has(lower)) return false;
  if (PUBLIC.has(lower)) return true;
  if (lower.startsWith('xn--')) return lower.length > 4;
  // An internationalised TLD the list spells otherwise (or a newer one): any name of two or more
  // letters outside ASCII. Redacting a rare non-address is the safer mistake.
  return lower.length >= 2 && /^[^\u0000-\u007f]+$/.test(lower) && /^\p{L}+$/u.test(lower);
}
