import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logSink } from '../src/log.js';
import { testApp } from './helpers.js';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.db.close();
});

const adult = {
  name: 'Nul Tester',
  email: 'nul@example.com',
  birthDate: '1990-05-01',
  country: 'GB',
  timeZone: 'Europe/London',
  password: 'a long enough password',
};
const FORM_POSTS = ['/signup', '/signup/consent', '/signin', '/policy/select', '/policy/upload', '/tutor', '/policy/edit', '/account/delete'];

describe('malformed bodies are 400, never 500', () => {
  it('a malformed multipart body on every form POST', async () => {
    for (const path of FORM_POSTS) {
      const res = await t.request(path, {
        method: 'POST',
        body: '--x\r\nnot a part',
        headers: { 'content-type': 'multipart/form-data; boundary=zzz' },
        cookies: await t.as('000-ada'),
      });
      expect(res.status, path).toBe(400);
      expect(await res.text()).toContain('malformed');
    }
  });

  it('invalid UTF-8, raw or percent-encoded, in a form, a multipart body or JSON', async () => {
    const raw = new Uint8Array([...new TextEncoder().encode('name='), 0xff, 0xfe]);
    expect((await t.request('/signup', { method: 'POST', body: raw, headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status).toBe(400);
    expect((await t.request('/signup', { method: 'POST', body: 'name=%FF%FE', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status).toBe(
      400,
    );
    const json = await t.request('/api/redact', {
      method: 'POST',
      body: new Uint8Array([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]),
      headers: { 'content-type': 'application/json' },
    });
    expect(json.status).toBe(400);
    expect(((await json.json()) as { error: { message: string } }).error.message).toContain('UTF-8');
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array([0x7b, 0xff, 0x7d])], { type: 'application/json' }), 'privacy.json');
    expect((await t.request('/policy/upload', { method: 'POST', body: form })).status).toBe(400);
    // Nothing invalid was stored.
    expect(await t.db.query("select 1 from accounts where name like '%\uFFFD%'")).toEqual([]);
  });

  it('a NUL byte in a field, the path, the query, a cookie, a JSON string and an uploaded manifest', async () => {
    const res = await t.form('/signup', { ...adult, name: 'Mia\u0000' });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('NUL');
    expect((await t.request('/account%00')).status).toBe(400);
    expect((await t.request('/?x=%00')).status).toBe(400);
    expect((await t.request('/account', { cookies: 'session=%00' })).status).toBe(400);
    expect((await t.request('/account', { cookies: 'policy=000%00' })).status).toBe(400);
    expect((await t.request('/api/redact', { method: 'POST', body: JSON.stringify({ message: 'a\u0000b' }) })).status).toBe(400);
    const { codementorAi } = await import('@priv/examples');
    const manifest = JSON.stringify({ ...codementorAi, controller: { ...codementorAi.controller, name: 'Evil\u0000Corp' } });
    const validate = await t.request('/api/manifests/validate', { method: 'POST', body: manifest });
    expect(validate.status).toBe(400);
    expect(((await validate.json()) as { error: { issues: { pathText: string }[] } }).error.issues[0]?.pathText).toBe('controller.name');
    const upload = await t.form('/policy/upload', { text: manifest });
    expect(upload.status).toBe(400);
    const file = new FormData();
    file.append('file', new Blob([manifest], { type: 'application/json' }), 'privacy.json');
    expect((await t.request('/policy/upload', { method: 'POST', body: file })).status).toBe(400);
  });
});

describe('methods, JSON errors, health', () => {
  it('an unsupported method is 405 with Allow (JSON under /api)', async () => {
    const res = await t.request('/signup', { method: 'PUT' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD, POST');
    const api = await t.request('/api/redact', { method: 'DELETE' });
    expect(api.status).toBe(405);
    expect(api.headers.get('allow')).toBe('POST');
    expect(((await api.json()) as { error: { message: string } }).error.message).toContain('POST');
    expect((await t.request('/account', { method: 'DELETE' })).headers.get('allow')).toBe('GET, HEAD');
  });

  it('errors under /api answer JSON: an unknown API path, a missing session', async () => {
    const res = await t.request('/api/nope');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/json');
    const anon = await t.request('/api/accounts/000-ada');
    expect(anon.headers.get('content-type')).toContain('application/json');
  });

  it('/healthz checks the database: 200 when it answers, 503 when it does not', async () => {
    expect(await (await t.request('/healthz')).json()).toEqual({ ok: true, database: 'ok' });
    const broken = await testApp();
    await broken.db.close();
    const res = await broken.request('/healthz');
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ ok: false, database: 'unreachable' });
  });
});

describe('errors re-show the form with what was typed', () => {
  it('an impossible date keeps name, email, country and zone (never the password)', async () => {
    const res = await t.form('/signup', { ...adult, birthDate: '2010-02-30', country: 'DE', timeZone: 'Europe/Berlin' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('value="Nul Tester"');
    expect(html).toContain('value="nul@example.com"');
    expect(html).toContain('value="2010-02-30"');
    expect(html).toMatch(/value="DE" selected/);
    expect(html).toMatch(/value="Europe\/Berlin" selected/);
    expect(html).not.toContain(adult.password);
  });

  it('birth dates before 120 years ago (1800-01-01, 0001-01-01) are refused; 1907 (119 years) is not', async () => {
    for (const birthDate of ['1800-01-01', '0001-01-01', '1906-11-21']) {
      const res = await t.form('/signup', { ...adult, birthDate });
      expect(res.status, birthDate).toBe(400);
      expect(await res.text()).toContain('120 years ago');
      const api = await t.request('/api/age-gate', { method: 'POST', body: JSON.stringify({ birthDate, country: 'GB', timeZone: 'Europe/London' }) });
      expect(api.status).toBe(400);
    }
    expect((await t.form('/signup', { ...adult, email: 'old@example.com', birthDate: '1907-06-01' })).status).toBe(303);
  });
});

describe('logs never hold personal data', () => {
  it('a database failure logs the error without the SQL parameters (a child’s name, email, birth date, consent)', async () => {
    const lines: string[] = [];
    const write = logSink.write;
    logSink.write = (line) => lines.push(line);
    const broken = await testApp();
    try {
      // Make the insert fail inside the database, after the form was accepted.
      await broken.db.exec('alter table accounts add constraint no_more check (false) not valid');
      const kid = {
        ...adult,
        name: 'Mia Secret',
        email: 'mia.secret@example.com',
        birthDate: '2011-01-15',
        parentName: 'Lin Secret',
        role: 'parent',
        method: 'signed_form',
      };
      const { consentOffer } = await import('../src/domain/consent.js');
      const { SEED_POLICIES } = await import('../src/domain/policies.js');
      const offer = consentOffer(SEED_POLICIES[0]!.manifest, { birthDate: kid.birthDate, jurisdiction: 'GB', timeZone: 'Europe/London', on: broken.now });
      const res = await broken.form('/signup/consent', { ...kid, purposes: [...offer.required] }, { policy: '000' });
      expect(res.status).toBe(500);
      expect(await res.text()).not.toContain('no_more');
    } finally {
      logSink.write = write;
      await broken.db.close();
    }
    const log = lines.join('\n');
    expect(log).toContain('unexpected error');
    for (const secret of ['Mia Secret', 'mia.secret@example.com', '2011-01-15', 'Lin Secret', 'signed_form', 'argon2id']) expect(log).not.toContain(secret);
  });

  it('log lines go through @priv/redact: an email or phone in an error message is replaced', async () => {
    const { logError } = await import('../src/log.js');
    const lines: string[] = [];
    const write = logSink.write;
    logSink.write = (line) => lines.push(line);
    try {
      logError('test', new Error('lookup failed for ada@example.com, call +44 20 7946 0958'));
    } finally {
      logSink.write = write;
    }
    expect(lines[0]).not.toContain('ada@example.com');
    expect(lines[0]).not.toContain('7946');
    expect(lines[0]).toContain('[EMAIL_1]');
  });
});
