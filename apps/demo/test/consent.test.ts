import type { ParentalConsentRecord } from '@priv/age';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from './helpers.js';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.db.close();
});

// 15 on 2026-11-22: a parent must consent under 000 and 004 (consent below 18).
const child = { name: 'Kim Child', birthDate: '2011-03-10', country: 'GB', timeZone: 'Europe/London' };
const consentOf = async (email: string) =>
  (await t.db.query<{ consent: ParentalConsentRecord }>('select consent from accounts where email = $1', [email]))[0]?.consent;
const boxes = (html: string, testId: string) => {
  const start = html.indexOf(`data-testid="${testId}"`);
  if (start < 0) return [];
  const end = html.indexOf('</fieldset>', start);
  return [...html.slice(start, end).matchAll(/<input type="checkbox" name="purposes" value="([a-z_]+)"( checked="")?/g)].map((m) => ({
    purpose: m[1]!,
    checked: m[2] !== undefined,
  }));
};

describe("a parent's consent for a minor", () => {
  it('004 (no marketing to minors): no box is pre-ticked and marketing is not offered at all', async () => {
    const html = await (await t.form('/signup', { ...child, email: 'kim.form@example.com', password: 'a long password' }, { policy: '004' })).text();
    expect(html).toContain('data-testid="consent-form"');
    const all = [...boxes(html, 'required-purposes'), ...boxes(html, 'optional-purposes')];
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((b) => b.checked)).toEqual([]);
    expect(all.map((b) => b.purpose)).not.toContain('marketing');
    expect(html).toContain('data-testid="withheld-purposes"');
  });

  it('004: consent without marketing is accepted, and marketing sent anyway (a forged form) is not recorded', async () => {
    const form = await (await t.form('/signup', { ...child, email: 'kim@example.com', password: 'a long password' }, { policy: '004' })).text();
    const required = boxes(form, 'required-purposes').map((b) => b.purpose);
    const res = await t.form(
      '/signup/consent',
      {
        ...child,
        email: 'kim@example.com',
        password: 'a long password',
        parentName: 'Pat Parent',
        role: 'parent',
        method: 'signed_form',
        purposes: [...required, 'marketing'],
      },
      { policy: '004' },
    );
    expect(res.status).toBe(303);
    const consent = (await consentOf('kim@example.com'))!;
    expect(consent.purposes).toEqual(required);
    expect(consent.purposes).not.toContain('marketing');
    expect(consent.consentedBy).toEqual({ role: 'parent', name: 'Pat Parent' });
    expect(consent.method).toBe('signed_form');
  });

  it('000: the consent records exactly what was ticked, an optional purpose left out stays out', async () => {
    const form = await (await t.form('/signup', { ...child, email: 'lee.form@example.com', password: 'a long password' }, { policy: '000' })).text();
    const required = boxes(form, 'required-purposes').map((b) => b.purpose);
    const res = await t.form(
      '/signup/consent',
      { ...child, email: 'lee@example.com', password: 'a long password', parentName: 'Sam', role: 'parent', method: 'video_call', purposes: required },
      { policy: '000' },
    );
    expect(res.status).toBe(303);
    expect((await consentOf('lee@example.com'))!.purposes).toEqual(required);
  });

  it("a needed purpose left unticked re-shows the form with the parent's entries, nothing stored", async () => {
    const res = await t.form(
      '/signup/consent',
      {
        ...child,
        email: 'noone@example.com',
        password: 'a long password',
        parentName: 'Pat',
        role: 'parent',
        method: 'signed_form',
        purposes: ['authentication'],
      },
      { policy: '004' },
    );
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('data-testid="consent-errors"');
    expect(html).toContain('value="Pat"');
    expect(
      boxes(html, 'required-purposes')
        .filter((b) => b.checked)
        .map((b) => b.purpose),
    ).toEqual(['authentication']);
    expect(await consentOf('noone@example.com')).toBeUndefined();
  });

  it('001 (marketing not restricted for minors): marketing is offered as optional, unticked, and the account opens without it', async () => {
    const kid = { ...child, birthDate: '2014-03-10', email: 'noa@example.com', password: 'a long password' };
    const form = await (await t.form('/signup', kid, { policy: '001' })).text();
    expect(boxes(form, 'optional-purposes')).toContainEqual({ purpose: 'marketing', checked: false });
    expect(boxes(form, 'required-purposes').map((b) => b.purpose)).not.toContain('marketing');
    const required = boxes(form, 'required-purposes').map((b) => b.purpose);
    const res = await t.form('/signup/consent', { ...kid, parentName: 'Ari', role: 'parent', method: 'signed_form', purposes: required }, { policy: '001' });
    expect(res.status).toBe(303);
    expect((await consentOf('noa@example.com'))!.purposes).not.toContain('marketing');
  });

  it("seeded Mia (004): her parent's consent on record holds no marketing", async () => {
    const [row] = await t.db.query<{ consent: ParentalConsentRecord }>("select consent from accounts where id = '004-mia'");
    expect(row!.consent.purposes).not.toContain('marketing');
    expect(row!.consent.purposes!.length).toBeGreaterThan(0);
  });
});
