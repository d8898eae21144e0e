import { type CountryCode, getExampleNumber } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/examples.mobile.json';
import { CONTEXTS, type Sample } from './corpus.js';

/**
 * A labelled corpus of national numbers from 24 countries in every genre of `corpus.ts` (chat, Python,
 * JS, SQL, stack trace, log, CSV, JSON, shell), each written as people write it at home (the national
 * format, e.g. `020 7946 0958`, `06 12 34 56 78`) and as bare digits with its trunk prefix, plus hard
 * negatives (4-part browser versions, integer limits, prefixed ids, file:line:col, coordinates,
 * money, hashes). The example numbers are libphonenumber's own (valid by construction). Built after the
 * detectors were written and never used to tune them; `half` splits it by country (and negatives
 * alternately) into a first half and a held-out second half.
 */
const COUNTRIES: readonly CountryCode[] = [
  'GB',
  'FR',
  'DE',
  'BR',
  'MX',
  'AR',
  'ES',
  'IT',
  'NL',
  'PL',
  'SE',
  'TR',
  'IN',
  'PK',
  'ID',
  'PH',
  'VN',
  'JP',
  'KR',
  'AU',
  'NZ',
  'ZA',
  'NG',
  'EG',
];

const NEGATIVES: readonly string[] = [
  '120.0.6099.129',
  '118.0.5993.88',
  '2147483647',
  '-2147483648',
  '4294967295',
  '9223372036854775807',
  'INV-2024-001234',
  'ORD-88812345',
  'TICKET-4155552',
  '192.168.1.254:8080',
  'app.py:1234:56',
  'main.rs:10234:7',
  '48.8566140',
  '2.3522219',
  '$1,234,567.89',
  '€ 12.345.678,90',
  'a3f5c9e1b2d4',
  'd41d8cd98f00b204e9800998ecf8427e',
  '2024-03-08T14:05:09+01:00',
  '14:05:09.123',
  '[1024, 2048, 4096, 8192]',
  '0x7fffffff',
];

/** The corpus; `half` 0 or 1 picks one of its halves. */
export function buildWorldCorpus(half: 0 | 1): Sample[] {
  const samples: Sample[] = [];
  const push = (item: string, positive: boolean) => {
    for (const [genre, wrap] of Object.entries(CONTEXTS)) {
      const text = wrap(item);
      const shown = text.includes(item) ? item : JSON.stringify(item).slice(1, -1);
      samples.push({ genre, text, item: shown, kind: 'phone', positive });
    }
  };
  COUNTRIES.forEach((country, index) => {
    if (index % 2 !== half) return;
    const number = getExampleNumber(country, examples as never);
    if (!number) throw new Error(`no example number for ${country}`);
    push(number.formatNational(), true);
    const bare = number.formatNational().replace(/\D/g, '');
    if (bare.length >= 10 || bare.startsWith('0')) push(bare, true);
  });
  NEGATIVES.forEach((item, index) => {
    if (index % 2 === half) push(item, false);
  });
  return samples;
}
