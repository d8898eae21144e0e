import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ageOn,
  ageOnDate,
  birthdayIn,
  CONSENT_AGES,
  defineJurisdictionTable,
  evaluateAgeGate,
  formatCalendarDate,
  jurisdictionRuleOn,
  localDate,
  parseCalendarDate,
  type AgeGateResult,
  type LeapDayRule,
} from '../src/index.js';

// 10,000 runs each; FC_NUM_RUNS may raise it, or lower it locally, but never below 10,000 in CI.
const RUNS = process.env.CI ? Math.max(10_000, Number(process.env.FC_NUM_RUNS ?? 0)) : Number(process.env.FC_NUM_RUNS ?? 10_000);
const params = { numRuns: RUNS };

/** Runs a property and checks that it ran RUNS times that counted (runs discarded by fc.pre are extra). */
function holds<Ts extends [unknown, ...unknown[]]>(property: fc.IProperty<Ts>): void {
  const details = fc.check(property, params);
  if (details.failed) throw new Error(fc.defaultReportMessage(details) ?? 'property failed');
  expect(details.numRuns).toBe(RUNS);
}

const ZONES = [
  'UTC',
  'America/Los_Angeles',
  'Europe/Berlin',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Asia/Kolkata',
  'Pacific/Chatham',
  'America/St_Johns',
  'Australia/Lord_Howe',
] as const;
const CODES = Object.keys(CONSENT_AGES);
const DAY = 86_400_000;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

// A birth date from 1900-01-01 to 2059-12-31 and an instant from 1970 to 2080 (the reference, TZDate, uses whole-minute offsets).
const anyBirth = fc.integer({ min: Date.UTC(1900, 0, 1) / DAY, max: Date.UTC(2059, 11, 31) / DAY }).map((days) => {
  const d = new Date(days * DAY);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
});
// Births that break naive code are over-represented: 29 February, 28 February, 1 March, 31 December, 1 January.
const edgeBirth = fc
  .record({ year: fc.integer({ min: 1901, max: 2059 }), day: fc.constantFrom('02-29', '02-28', '03-01', '12-31', '01-01') })
  .map(({ year, day }) => `${day === '02-29' ? year - (year % 4) : year}-${day}`)
  .filter((b) => !b.startsWith('1900-02-29'));
const birth = fc.oneof(anyBirth, edgeBirth);
const anyInstant = fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2080, 0, 1) }).map((ms) => new Date(ms));
// Instants within a day and a half of 28 February / 1 March / 1 January in some year: where birthdays and zones matter.
const edgeInstant = fc
  .record({
    year: fc.integer({ min: 1970, max: 2079 }),
    month: fc.constantFrom(1, 2, 3, 12),
    day: fc.constantFrom(1, 28, 29, 31),
    offset: fc.integer({ min: -36 * 3_600_000, max: 36 * 3_600_000 }),
  })
  .map(({ year, month, day, offset }) => new Date(Date.UTC(year, month - 1, day) + offset));
const instant = fc.oneof(anyInstant, edgeInstant);
const zone = fc.constantFrom(...ZONES);
const leapDay = fc.constantFrom<LeapDayRule>('march_1', 'february_28');

/** Reference age: the wall date from @date-fns/tz, the birthday from Date.UTC's own day overflow (29 Feb -> 1 Mar). */
function referenceAge(birthDate: string, on: Date, timeZone: string): number | null {
  const local = new TZDate(on.getTime(), timeZone);
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const today = Date.UTC(local.getFullYear(), local.getMonth(), local.getDate());
  if (today < Date.UTC(by, bm - 1, bd)) return null;
  const birthday = new Date(Date.UTC(local.getFullYear(), bm - 1, bd)); // rolls 29 Feb to 1 Mar in common years
  return local.getFullYear() - by - (today < birthday.getTime() ? 1 : 0);
}

const strictness = (r: AgeGateResult) => ({ allowed: 0, needs_parental_consent: 1, refused: 2, unknown: 3 })[r.status];

describe('properties (fast-check)', () => {
  it('ageOn agrees with a @date-fns/tz + Date.UTC reference in every zone', () => {
    holds(
      fc.property(birth, instant, zone, (b, on, tz) => {
        const expected = referenceAge(b, on, tz);
        if (expected === null) expect(() => ageOn(b, on, tz)).toThrow(/after/);
        else expect(ageOn(b, on, tz)).toBe(expected);
      }),
    );
  });

  it('age is monotone in the evaluation date', () => {
    holds(
      fc.property(birth, instant, instant, zone, leapDay, (b, x, y, tz, rule) => {
        const [early, late] = x <= y ? [x, y] : [y, x];
        const start = parseCalendarDate(b);
        const first = localDate(early, tz);
        fc.pre(ageOnDate(start, first) >= 0);
        expect(ageOn(b, early, tz, { leapDay: rule })).toBeLessThanOrEqual(ageOn(b, late, tz, { leapDay: rule }));
      }),
    );
  });

  it('age increases by exactly one at the start of each birthday in the declared zone', () => {
    holds(
      fc.property(birth, fc.integer({ min: 1, max: 100 }), zone, leapDay, (b, years, tz, rule) => {
        const start = parseCalendarDate(b);
        const day = birthdayIn(start, start.year + years, rule);
        // TZDate builds wall times with whole-minute offsets; before 1970 some zones had local mean time
        // offsets with seconds (Kolkata +05:53:28), so its "midnight" would be seconds off. ageOn itself reads Intl.
        fc.pre(day.year >= 1970);
        const midnight = new TZDate(day.year, day.month - 1, day.day, 0, 0, 0, tz);
        const before = new Date(midnight.getTime() - 1);
        // a zone may skip the birthday itself (Kiritimati skipped 31 December 1994): then the first instant after it counts
        expect(ageOn(b, new Date(midnight.getTime()), tz, { leapDay: rule })).toBe(years);
        expect(ageOn(b, before, tz, { leapDay: rule })).toBe(years - 1);
      }),
    );
  });

  const policy = fc
    .record({
      minimumAge: fc.integer({ min: 0, max: 21 }),
      band: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }), // thresholds stay within 0-25, as AgePolicySchema allows
    })
    .map(({ minimumAge, band }) => ({ minimumAge, ...(band === undefined ? {} : { parentalConsentBelow: minimumAge + band }) }));

  it('the gate never allows anyone younger than the effective minimum that day in that zone', () => {
    holds(
      fc.property(policy, fc.constantFrom(...CODES), birth, instant, zone, (p, code, b, on, tz) => {
        const age = referenceAge(b, on, tz);
        fc.pre(age !== null);
        if (age === null) return;
        const result = evaluateAgeGate(p, { birthDate: b, jurisdiction: code, on, timeZone: tz });
        const law = jurisdictionRuleOn(code, formatCalendarDate(localDate(on, tz))).consentAge; // the row in force on that day
        const free = Math.max(p.minimumAge, p.parentalConsentBelow ?? 0, law);
        expect(result.age).toBe(age);
        if (result.status === 'allowed') expect(age).toBeGreaterThanOrEqual(free);
        if (result.status === 'needs_parental_consent') {
          expect(age).toBeGreaterThanOrEqual(p.minimumAge);
          expect(age).toBeLessThan(free);
          expect(ageOnDate(parseCalendarDate(b), parseCalendarDate(result.consent.neededUntil!))).toBe(free);
        }
        if (result.status === 'refused') {
          expect(age).toBeLessThan(p.minimumAge);
          expect(ageOnDate(parseCalendarDate(b), parseCalendarDate(result.eligibleOn!))).toBe(p.minimumAge);
        }
        if (age < p.minimumAge) expect(result.status).toBe('refused');
        else if (age < free) expect(result.status).toBe('needs_parental_consent');
        else expect(result.status).toBe('allowed');
      }),
    );
  });

  it('with a declared age the gate decides by the same thresholds (and gives no dates)', () => {
    holds(
      fc.property(policy, fc.constantFrom(...CODES), fc.integer({ min: 0, max: 150 }), instant, zone, (p, code, age, on, tz) => {
        const result = evaluateAgeGate(p, { declaredAge: age, jurisdiction: code, on, timeZone: tz });
        const free = Math.max(p.minimumAge, p.parentalConsentBelow ?? 0, jurisdictionRuleOn(code, formatCalendarDate(localDate(on, tz))).consentAge);
        expect(result.age).toBe(age);
        expect(result.status).toBe(age < p.minimumAge ? 'refused' : age < free ? 'needs_parental_consent' : 'allowed');
        if (result.status === 'refused') expect(result.eligibleOn).toBeNull();
        if (result.status === 'needs_parental_consent') expect(result.consent.neededUntil).toBeNull();
      }),
    );
  });

  const platformOnly = defineJurisdictionTable(
    [{ code: 'ZZ', name: 'No law (platform policy only)', consentAge: 0, source: { law: 'Test fixture', article: 'none' } }],
    { base: {} },
  );

  it('a jurisdiction result is never looser than the platform policy alone', () => {
    holds(
      fc.property(policy, fc.constantFrom(...CODES), birth, instant, zone, (p, code, b, on, tz) => {
        fc.pre(referenceAge(b, on, tz) !== null);
        const withLaw = evaluateAgeGate(p, { birthDate: b, jurisdiction: code, on, timeZone: tz });
        const alone = evaluateAgeGate(p, { birthDate: b, jurisdiction: 'ZZ', on, timeZone: tz }, { jurisdictions: platformOnly });
        expect(strictness(withLaw)).toBeGreaterThanOrEqual(strictness(alone));
        expect(withLaw.rules.consentBelow).toBeGreaterThanOrEqual(alone.rules.consentBelow);
        if (withLaw.status === 'needs_parental_consent' && alone.status === 'needs_parental_consent') {
          expect(withLaw.consent.neededUntil! >= alone.consent.neededUntil!).toBe(true);
        }
      }),
    );
  });
});
