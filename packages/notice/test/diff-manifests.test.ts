import { describe, expect, it } from 'vitest';
import { diffManifests, NoticeError, NoticeInputError, type ChangeKind } from '../src/index.js';
import { defineManifest } from '@priv/schema';
import { base, baseInput, next } from './fixture.js';

const kinds = (patch: Parameters<typeof next>[0]) => diffManifests(base, next(patch)).changes.map((c) => c.kind);

describe('diffManifests', () => {
  it('finds no change between a version and a re-dated copy of itself', () => {
    const diff = diffManifests(base, next({}));
    expect(diff.changes).toEqual([]);
    expect(diff.from).toEqual({ version: '1.0.0', effectiveDate: '2026-01-15', effectiveFrom: '2026-01-15' });
    expect(diff.to).toEqual({ version: '1.1.0', effectiveDate: '2026-03-01', effectiveFrom: '2026-03-01', timeZone: 'Europe/Berlin' });
  });

  it('reports a newly collected category with its path and value', () => {
    const diff = diffManifests(
      base,
      next({
        collections: [
          ...baseInput.collections,
          {
            category: 'user.identity.date_of_birth',
            purposes: ['security'],
            legalBases: ['legal_obligation'],
            source: 'data_subject',
            retention: ['while_active'],
          },
        ],
      }),
    );
    expect(diff.changes).toHaveLength(1);
    const [change] = diff.changes;
    expect(change?.kind).toBe('collection_added');
    expect(change?.pathText).toBe('collections[3]');
    expect(change?.before).toBeUndefined();
    expect(change?.after).toMatchObject({ category: 'user.identity.date_of_birth' });
    expect(change?.summary).toBe('We now collect Date of birth for Security.');
  });

  it('reports new and removed recipients and recipients that receive more', () => {
    const recipients = [
      { ...baseInput.recipients[0], categories: ['user.technical.ip_address', 'user.contact.email'] },
      { key: 'mailer', name: 'Mailer', role: 'sub_processor', services: ['email'], categories: ['user.contact.email'] },
    ] as const;
    const diff = diffManifests(base, next({ recipients: recipients as never }));
    expect(diff.changes.map((c) => [c.kind, c.pathText])).toEqual([
      ['recipient_receives_more', 'recipients[0].categories'],
      ['recipient_added', 'recipients[1]'],
      ['recipient_removed', 'recipients[1]'],
    ]);
    expect(diff.changes[0]?.summary).toBe('Hoster <EU> now also receives Email address.');
    expect(diff.changes[2]?.features).toEqual(['llm']);
    expect(diff.changes[2]?.before).toMatchObject({ key: 'llm' });
  });

  it('reports a new purpose, and a purpose added to an existing collection', () => {
    const changes = diffManifests(
      base,
      next({
        purposes: [...baseInput.purposes, { key: 'marketing', description: 'News.' }],
        collections: [{ ...baseInput.collections[0], purposes: ['authentication', 'marketing'] }, baseInput.collections[1], baseInput.collections[2]],
      }),
    ).changes;
    expect(changes.map((c) => c.kind)).toEqual(['purpose_added', 'collection_purpose_added']);
    expect(changes[1]?.summary).toBe('Email address is now also used for Marketing and promotional messages.');
  });

  it('reports retention shortened and lengthened, with before and after', () => {
    const longer = diffManifests(base, next({ retention: [baseInput.retention[0], { ...baseInput.retention[1], period: { months: 1 } }] })).changes;
    expect(longer.map((c) => [c.kind, c.pathText, c.before, c.after])).toEqual([['retention_lengthened', 'retention[1].period', { days: 14 }, { months: 1 }]]);
    const shorter = kinds({ retention: [baseInput.retention[0], { ...baseInput.retention[1], period: { days: 7 } }] });
    expect(shorter).toEqual(['retention_shortened']);
    expect(kinds({ retention: [baseInput.retention[0], { ...baseInput.retention[1], period: 'indefinite' }] })).toEqual(['retention_lengthened']);
  });

  it('reports an age threshold change', () => {
    const changes = diffManifests(base, next({ age: { minimumAge: 16 } })).changes;
    expect(changes.map((c) => [c.kind, c.pathText, c.before, c.after])).toEqual([
      ['age_threshold_changed', 'age.minimumAge', 13, 16],
      ['age_threshold_changed', 'age.parentalConsentBelow', 16, undefined],
    ]);
  });

  it('reports a removed right, a weakened right and a longer response time', () => {
    const rights = [{ ...baseInput.rights[1], channels: [baseInput.rights[1]?.channels[0]], response: { within: { days: 45 } } }];
    expect(kinds({ rights: rights as never })).toEqual(['right_weakened', 'response_time_longer', 'right_removed']);
  });

  it('reports shorter notice and contact, controller and wording changes', () => {
    expect(kinds({ notice: { ...baseInput.notice, material: { advanceNotice: { days: 7 }, channels: ['email'] } } })).toEqual(['notice_shortened']);
    expect(kinds({ contact: { email: 'dpo@tiny.example' } })).toEqual(['contact_changed']);
    expect(kinds({ controller: { ...baseInput.controller, name: 'Tiny Tutor GmbH' } })).toEqual(['controller_changed']);
    expect(kinds({ purposes: [{ ...baseInput.purposes[0], description: 'Signing in.' }, baseInput.purposes[1], baseInput.purposes[2]] })).toEqual([
      'wording_changed',
    ]);
  });

  it('reports breach, commitment and optional-feature changes', () => {
    expect(kinds({ breach: { notifyUsersWithin: { days: 5 } } })).toEqual(['breach_notice_longer']);
    expect(kinds({ commitments: [] })).toEqual(['commitment_removed']);
    const llm = { ...baseInput.recipients[1], enabledByDefault: true };
    expect(kinds({ recipients: [baseInput.recipients[0], llm] as never })).toEqual(['recipient_made_default']);
    const training = { ...baseInput.recipients[1], trainsModelsOnData: true };
    const changes = diffManifests(base, next({ recipients: [baseInput.recipients[0], training] as never })).changes;
    expect(changes.map((c) => c.kind)).toEqual<ChangeKind[]>(['recipient_may_train_models']);
    expect(changes[0]?.features).toEqual(['llm']);
  });

  it('still reports a field no specific rule knows', () => {
    const changes = diffManifests(base, next({ recipients: [{ ...baseInput.recipients[0], role: 'processor' }, baseInput.recipients[1]] as never })).changes;
    expect(changes.map((c) => [c.kind, c.pathText, c.before, c.after])).toEqual([['other_change', 'recipients[0].role', 'sub_processor', 'processor']]);
  });

  it('refuses a new version dated before the old one, with a path', () => {
    const earlier = next({ effectiveDate: '2026-01-14' });
    expect(() => diffManifests(base, earlier)).toThrow(NoticeInputError);
    try {
      diffManifests(base, earlier);
    } catch (error) {
      expect(error).toBeInstanceOf(NoticeError);
      expect(error).toMatchObject({ code: 'version_order', pathText: 'new.effectiveDate' });
    }
  });
});

describe('month-only effective dates ("Last revised: August 2021")', () => {
  const monthly = (effectiveDate: string) => next({ effectiveDate });

  it('keeps the month as written and counts from its first day, never inventing a day', () => {
    const diff = diffManifests(base, monthly('2026-03'));
    expect(diff.to).toEqual({ version: '1.1.0', effectiveDate: '2026-03', effectiveFrom: '2026-03-01', timeZone: 'Europe/Berlin' });
    const fromMonth = diffManifests(defineManifest({ ...baseInput, effectiveDate: '2021-08' }), next({}));
    expect(fromMonth.from).toEqual({ version: '1.0.0', effectiveDate: '2021-08', effectiveFrom: '2021-08-01' });
    expect(diffManifests(base, monthly('2028-02')).to.effectiveFrom).toBe('2028-02-01');
  });

  it('orders versions by every day a date can mean: the same month is not "before"', () => {
    // old 2026-01-15; new "January 2026" may mean the 15th or later: not refused
    expect(diffManifests(base, monthly('2026-01')).to.effectiveDate).toBe('2026-01');
    // old "March 2026"; new 2026-03-01 can be on or after it: not refused either
    expect(() => diffManifests(defineManifest({ ...baseInput, effectiveDate: '2026-03' }), next({ effectiveDate: '2026-03-01' }))).not.toThrow();
    // new "December 2025" is wholly before 2026-01-15: refused, with the path and the dates as written
    try {
      diffManifests(base, monthly('2025-12'));
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'version_order', pathText: 'new.effectiveDate' });
      expect((error as Error).message).toContain('dated 2025-12, before the old version "1.0.0" (2026-01-15)');
    }
  });

  it('refuses a month or day that does not exist, with the path', () => {
    // the schema already refuses 2026-13 in a manifest; a diff of unchecked input says where
    const bad = { ...next({}), effectiveDate: '2026-13' };
    expect(() => diffManifests(base, bad)).toThrow(expect.objectContaining({ pathText: expect.stringMatching(/^new\.effectiveDate/) }));
  });
});

describe('diffManifests input checks', () => {
  it('refuses something that is not a manifest, with the path inside it', () => {
    const broken = { ...base, purposes: [{ key: 'Bad Key', description: 'x' }] };
    expect(() => diffManifests(base, broken as never)).toThrow(expect.objectContaining({ code: 'invalid_manifest', pathText: 'new.purposes[0].key' }));
    expect(() => diffManifests(undefined as never, base)).toThrow(expect.objectContaining({ code: 'invalid_manifest', pathText: 'old' }));
  });
});

describe('recipient purposes', () => {
  const withPurposes = (purposes: string[] | undefined) =>
    next({ recipients: [{ ...baseInput.recipients[0], ...(purposes ? { purposes } : {}) }, baseInput.recipients[1]] });

  it('lifting a purpose limit is receiving more; adding one is receiving less', () => {
    const limited = withPurposes(['security']);
    expect(diffManifests(limited, withPurposes(undefined)).changes.map((c) => c.kind)).toEqual(['recipient_receives_more']);
    expect(diffManifests(base, limited).changes.map((c) => c.kind)).toEqual(['recipient_receives_less']);
    expect(diffManifests(limited, withPurposes(['security', 'authentication'])).changes.map((c) => c.kind)).toEqual(['recipient_receives_more']);
    expect(diffManifests(withPurposes(['security', 'authentication']), limited).changes.map((c) => c.kind)).toEqual(['recipient_receives_less']);
  });
});
