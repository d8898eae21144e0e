// Which top-level domains make an address public. Any two-letter country code counts, as do
// internationalised TLDs (`xn--...` or non-ASCII letters) and the generic TLDs below, which cover
// what people actually use. Longer names that are not listed (`shape`, `data`, `weight`...) are far
// more often attributes in code (`self.w@x.shape`) than mail domains; see the README.

const GENERIC = new Set(
  (
    'com org net edu gov mil int info biz name pro aero coop museum mobi jobs travel tel asia cat post ' +
    'app dev page blog cloud tech online site store shop xyz email mail website web host hosting ' +
    'live life world today news media agency design digital solutions services systems software studio ' +
    'academy school education university college institute training courses support help team group ' +
    'company business global network center consulting capital finance money bank insurance legal law ' +
    'health care clinic art games game music video photo photography social community family love ' +
    'fun club space zone link click one top red blue green pink plus ltd inc llc gmbh berlin london ' +
    'nyc paris tokyo amsterdam wien swiss africa asia lat eus scot wales gal ' +
    'google apple amazon microsoft icloud gmail yahoo me io ai co ' +
    'ninja rocks guru expert works codes engineer engineering wiki science foundation ventures partners ' +
    'fund marketing press lol wtf cool fyi bar pub cafe coffee city earth eco energy bio farm garden house ' +
    'homes realty properties holdings chat tips guide study mba uno vip win technology computer graphics ' +
    'careers directory reviews gallery photos pictures town toys wedding wine yoga boutique fashion fitness ' +
    'coach dental doctor hospital lawyer attorney accountant tax archi builders construction contractors ' +
    'estate land srl sarl'
  ).split(' '),
);

/** Reserved names that never reach the public internet (RFC 2606, RFC 6761, `.local`, `.internal`). */
const PRIVATE = new Set(['localhost', 'local', 'internal', 'test', 'invalid', 'lan', 'home', 'corp', 'localdomain', 'intranet', 'private']);

/**
 * Whether a top-level domain is public: a two-letter country code, a listed generic TLD, or an
 * internationalised one. Reserved names (`localhost`, `local`, `internal`, `test`) are not.
 */
export function isPublicTopLevelDomain(tld: string): boolean {
  const lower = tld.toLowerCase();
  if (PRIVATE.has(lower)) return false;
  if (lower.startsWith('xn--')) return lower.length > 4;
  let ascii = true;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 128) ascii = false;
    else if (c < 97 || c > 122) return false;
  }
  if (!ascii) return lower.length >= 2;
  return lower.length === 2 || GENERIC.has(lower);
}
