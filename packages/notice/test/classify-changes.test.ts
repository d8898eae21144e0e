import { describe, expect, it } from 'vitest';
import { classifyChanges, DEFAULT_CLASSIFICATION_RULES, diffManifests, type ClassificationRule } from '../src/index.js';
import { base, baseInput, next } from './fixture.js';

const classes = (patch: Parameters<typeof next>[0], overrides?: ClassificationRule[]) =>
  classifyChanges(diffManifests(base, next(patch)), { overrides }).changes.map((c) => [c.kind, c.classification, c.rule]);

describe('classifyChanges', () => {
  it('makes new collection, new recipients, new purposes, weaker rights and shorter notice material', () => {
    expect(
      classes({
        collections: [
          ...baseInput.collections,
          { category: 'user.identity.name', purposes: ['security'], legalBases: ['contract'], source: 'data_subject', retention: ['while_active'] },
        ],
      }),
    ).toEqual([['collection_added', 'material', 'new_collection']]);
    expect(
      classes({
        recipients: [
          ...baseInput.recipients,
          { key: 'mailer', name: 'Mailer', role: 'sub_processor', services: ['email'], categories: ['user.contact.email'] },
        ] as never,
      }),
    ).toEqual([['recipient_added', 'material', 'new_sharing']]);
    expect(classes({ purposes: [...baseInput.purposes, { key: 'marketing', description: 'News.' }] })).toEqual([['purpose_added', 'material', 'new_purpose']]);
    expect(classes({ rights: [baseInput.rights[0]] })).toEqual([['right_removed', 'material', 'weaker_rights']]);
    expect(classes({ notice: { ...baseInput.notice, material: { advanceNotice: { days: 7 }, channels: ['email'] } } })).toEqual([
      ['notice_shortened', 'material', 'shorter_notice'],
    ]);
  });

  it('makes contact and wording changes minor, and explains each decision', () => {
    const classified = classifyChanges(
      diffManifests(
        base,
        next({
          contact: { email: 'dpo@tiny.example' },
          purposes: [{ ...baseInput.purposes[0], description: 'Signing in.' }, baseInput.purposes[1], baseInput.purposes[2]],
        }),
      ),
    );
    expect(classified.material).toBe(false);
    expect(classified.changes.map((c) => [c.kind, c.classification])).toEqual([
      ['contact_changed', 'minor'],
      ['wording_changed', 'minor'],
    ]);
    expect(classified.changes[0]?.reason).toContain('contact information');
  });

  it('treats an analytics cookie as material and a necessary one as minor', () => {
    const cookie = (category: 'analytics' | 'preferences') => ({ name: 'x', category, storage: 'cookie', purpose: 'x', lifetime: 'session' }) as const;
    expect(classes({ cookies: [...baseInput.cookies, cookie('analytics')] })).toEqual([['cookie_added', 'material', 'tracking_cookie']]);
    expect(classes({ cookies: [...baseInput.cookies, cookie('preferences')] })).toEqual([['cookie_added', 'minor', 'necessary_cookie']]);
  });

  it('treats a new controller as material but a new website as minor', () => {
    expect(classes({ controller: { ...baseInput.controller, legalName: 'Tiny Tutor GmbH' } })).toEqual([['controller_changed', 'material', 'new_controller']]);
    expect(classes({ controller: { ...baseInput.controller, website: 'https://tiny.example/en' } })).toEqual([
      ['controller_changed', 'minor', 'contact_and_wording'],
    ]);
  });

  it('treats a change no rule knows as material, and says so', () => {
    const classified = classifyChanges(
      diffManifests(base, next({ recipients: [{ ...baseInput.recipients[0], role: 'processor' }, baseInput.recipients[1]] as never })),
    );
    expect(classified.changes[0]).toMatchObject({ kind: 'other_change', classification: 'material', rule: 'no_rule_matched' });
    expect(classified.changes[0]?.reason).toContain('treated as material');
  });

  it('lets a team override a default', () => {
    const strict: ClassificationRule = {
      id: 'retention_always_material',
      kinds: ['retention_shortened'],
      classification: 'material',
      reason: 'Our DPO wants notice of any retention change.',
    };
    const patch = { retention: [baseInput.retention[0], { ...baseInput.retention[1], period: { days: 7 } }] };
    expect(classes(patch)).toEqual([['retention_shortened', 'minor', 'stronger_promises']]);
    expect(classes(patch, [strict])).toEqual([['retention_shortened', 'material', 'retention_always_material']]);
    const noRules = classifyChanges(diffManifests(base, next(patch)), { rules: [] });
    expect(noRules.changes[0]?.rule).toBe('no_rule_matched');
  });

  it('has a rule for every change kind except other_change', async () => {
    const { ChangeKindSchema } = await import('../src/index.js');
    const covered = new Set(DEFAULT_CLASSIFICATION_RULES.flatMap((r) => r.kinds));
    expect(ChangeKindSchema.options.filter((k) => !covered.has(k))).toEqual(['other_change']);
  });
});
