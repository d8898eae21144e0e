import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_POLICIES } from '../src/domain/policies.js';
import { testApp } from './helpers.js';

// Every sentence a page says must be backed by the manifest: silence (no recipient listed, no record
// left) is never turned into a promise ("nobody outside", "nothing is stored").

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.db.close();
});

/** The "Who receives it" cell of the row of a category on "Your data". */
const recipientsCell = (html: string, category: string) => {
  const at = html.indexOf(`<code>${category}</code>`);
  if (at < 0) throw new Error(`no row for ${category}`);
  const row = html.slice(at, html.indexOf('</tr>', at));
  const cells = row.split('<td>');
  return cells[cells.length - 1]!;
};

describe('"Who receives it" says only what the manifest says', () => {
  it('002 lists no recipient for invoices and promises only "no sharing for marketing": the page does not say nobody receives them', async () => {
    const m = SEED_POLICIES.find((p) => p.id === '002')!.manifest;
    expect(m.commitments.map((c) => c.kind)).not.toContain('no_sharing');
    const html = await (await t.request('/account', { cookies: await t.as('002-ada') })).text();
    const cell = recipientsCell(html, 'user.financial.invoice');
    expect(cell).toContain('The policy does not list recipients for this category.');
    expect(html.toLowerCase()).not.toContain('nobody outside');
  });

  it('a category some recipient receives still lists it (000: email to its processors)', async () => {
    const html = await (await t.request('/account', { cookies: await t.as('000-ada') })).text();
    expect(html).not.toContain('data-testid="no-recipients"');
    expect(html).toContain('Supabase');
  });

  it("only the explicit no_sharing commitment makes the page say nobody outside receives it, in the policy's own words", async () => {
    const base = SEED_POLICIES.find((p) => p.id === '001')!.manifest;
    const manifest = { ...base, commitments: [...base.commitments, { kind: 'no_sharing', statement: 'We share your data with no one outside the school.' }] };
    const upload = await t.form('/policy/upload', { text: JSON.stringify(manifest) });
    expect(upload.status).toBe(303);
    const policy = upload.headers
      .getSetCookie()
      .find((c) => c.startsWith('policy='))!
      .split(';')[0]!
      .slice('policy='.length);
    const res = await t.form(
      '/signup',
      { name: 'Noa', email: 'noa@example.com', birthDate: '1990-05-01', country: 'GB', timeZone: 'Europe/London', password: 'a long password' },
      { policy },
    );
    expect(res.status).toBe(303);
    const session = res.headers
      .getSetCookie()
      .find((c) => c.startsWith('session='))!
      .split(';')[0]!;
    const html = await (await t.request('/account', { cookies: session })).text();
    expect(recipientsCell(html, 'user.technical.ip_address')).toContain(
      'Nobody outside: the policy promises “We share your data with no one outside the school.”',
    );
    // The same category under 001 itself (no such commitment) says only that none is listed.
    const plain = await (await t.request('/account', { cookies: await t.as('001-ada') })).text();
    expect(recipientsCell(plain, 'user.technical.ip_address')).toContain('The policy does not list recipients for this category.');
  });
});

describe('an account without records', () => {
  it('does not claim that nothing is stored: the account row is still there, and the page says so', async () => {
    const cookies = await t.as('000-ben');
    await t.db.query("delete from records where account_id = '000-ben'");
    for (const path of ['/account', '/account/delete']) {
      const html = await (await t.request(path, { cookies })).text();
      expect(html).not.toContain('Nothing is stored');
      expect(html).toContain('The account itself (name, email address, date of birth, country, time zone) is still in');
    }
  });
});

describe("a parent's consent form", () => {
  it('says who keeps a withheld purpose off (004: the policy restricts marketing for minors), not that it is never used', async () => {
    const html = await (
      await t.form(
        '/signup',
        { name: 'Kim', birthDate: '2011-03-10', country: 'GB', timeZone: 'Europe/London', email: 'kim.s@example.com', password: 'a long password' },
        { policy: '004' },
      )
    ).text();
    expect(html).toContain('Not asked and not recorded for this account: Marketing and promotional messages (the policy restricts it for minors).');
    expect(html).not.toContain('Never used for a child');
  });
});
