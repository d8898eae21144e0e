import { CONSENT_AGES, JURISDICTION_SOURCES } from '@priv/age';

/** Countries and regions the sign-up offers: every row of the age package's table, by name. */
export const COUNTRIES: ReadonlyArray<{ code: string; name: string }> = Object.keys(CONSENT_AGES)
  .map((code) => ({ code, name: JURISDICTION_SOURCES[code]?.name ?? code }))
  .sort((a, b) => a.name.localeCompare(b.name));

/** Time zones offered at sign-up (any valid IANA zone is accepted through the API). */
export const TIME_ZONES: readonly string[] = [
  'UTC',
  'Europe/London',
  'Europe/Berlin',
  'Europe/Paris',
  'Europe/Madrid',
  'Europe/Warsaw',
  'America/New_York',
  'America/Chicago',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'America/Toronto',
  'Asia/Kolkata',
  'Asia/Seoul',
  'Asia/Shanghai',
  'Australia/Sydney',
  'Pacific/Kiritimati',
];

/** A sensible zone for a country, to preselect. */
export function defaultZone(code: string): string {
  const byCode: Record<string, string> = {
    GB: 'Europe/London',
    DE: 'Europe/Berlin',
    FR: 'Europe/Paris',
    ES: 'Europe/Madrid',
    PL: 'Europe/Warsaw',
    US: 'America/New_York',
    'US-CA': 'America/Los_Angeles',
    BR: 'America/Sao_Paulo',
    'CA-QC': 'America/Toronto',
    IN: 'Asia/Kolkata',
    KR: 'Asia/Seoul',
    CN: 'Asia/Shanghai',
  };
  return byCode[code] ?? 'UTC';
}
