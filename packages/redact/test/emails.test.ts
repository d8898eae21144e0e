import { describe, expect, it } from 'vitest';
import { findEmails, redact } from '../src/index.js';

const spans = (text: string) => findEmails(text).map((d) => text.slice(d.start, d.end));

describe('emails that are redacted', () => {
  it.each([
    ['plain', 'write to ada@example.com today', 'ada@example.com'],
    ['mailto without the scheme', '<a href="mailto:ada@example.com">', 'ada@example.com'],
    ['angle brackets', 'From: Ada <ada@example.com>', 'ada@example.com'],
    ['quotes', `email = 'ada@example.com'`, 'ada@example.com'],
    ['trailing full stop', 'It is ada@example.com.', 'ada@example.com'],
    ['trailing comma and parenthesis', '(ada@example.com), then', 'ada@example.com'],
    ['plus addressing', 'ada+course-12@example.com', 'ada+course-12@example.com'],
    ['subdomains', 'ada@mail.cs.example.ac.uk', 'ada@mail.cs.example.ac.uk'],
    ['upper case', 'ADA.LOVELACE@EXAMPLE.COM', 'ADA.LOVELACE@EXAMPLE.COM'],
    ['digit-only local part', '12345678@qq.com', '12345678@qq.com'],
    ['internationalised domain', 'josé@bücher.de', 'josé@bücher.de'],
    ['non-Latin address', '用户@例子.广告', '用户@例子.广告'],
    ['punycode TLD', 'info@example.xn--p1ai', 'info@example.xn--p1ai'],
    ['in JSON', '{"email":"ada@example.com"}', 'ada@example.com'],
    ['in a URL query', 'https://x.example/reset?email=ada@example.com&t=1', 'ada@example.com'],
    ['in a URL path', 'https://x.example/users/ada@example.com', 'ada@example.com'],
    ['in CSV', 'id,email\n1,ada@example.com\n', 'ada@example.com'],
    ['in a log line', '2024-05-01T10:00:00Z INFO login ok user=ada@example.io ip=10.0.0.1', 'ada@example.io'],
    ['a port-less prose colon', 'Contact ada@example.com: she knows', 'ada@example.com'],
    ['an address and its password', 'login("ada@example.com:hunter2")', 'ada@example.com'],
    ['an address and a word after a colon', 'From ada@example.com:Thanks!', 'ada@example.com'],
    ['glued to a run longer than a local part', `${'-'.repeat(70)}ada@example.com`, `${'-'.repeat(61)}ada@example.com`],
    ['title case', 'Ada@Example.Com', 'Ada@Example.Com'],
    ['a newer generic TLD', 'ping jane@acme.engineering', 'jane@acme.engineering'],
    ['another newer generic TLD', 'bob@studio.ninja, thanks', 'bob@studio.ninja'],
  ])('%s', (_name, text, expected) => {
    expect(spans(text)).toEqual([expected]);
  });

  it('gives the same placeholder to the same address in any case', () => {
    expect(redact('ada@example.com and ADA@Example.com and bob@example.com').text).toBe('[EMAIL_1] and [EMAIL_1] and [EMAIL_2]');
  });
});

describe('things that are not emails', () => {
  it.each([
    ['an scp-style git remote', 'git clone git@github.com:org/repo.git'],
    ['an ssh URL', 'git remote add origin ssh://git@github.com/org/repo.git'],
    ['user@localhost', 'ssh user@localhost'],
    ['a host without a public TLD', 'scp f deploy@build-server:/tmp'],
    ['a shell prompt', 'ubuntu@ip-172-31-5-9:~$ ls -la'],
    ['a shell prompt with a public host name', 'root@web1.example.com:~# whoami'],
    ['credentials in a URL', 'DATABASE_URL=postgres://app:s3cret@db.example.com:5432/school'],
    ['https credentials', 'https://user:pa55@example.com/private'],
    ['a decorator', '@app.route("/login")\ndef login(): ...'],
    ['a dotted decorator', '@pytest.mark.parametrize("x", [1])'],
    ['a CSS at-rule', '@media (max-width: 600px) { }'],
    ['a mention', 'thanks @alice and @bob.smith'],
    ['an npm scope', 'npm install @types/node'],
    ['an npm spec with a version', 'npm i react@18.2.0 @babel/core@7.22.5'],
    ['an npm dist-tag', 'pnpm add typescript@latest'],
    ["Python's matrix operator", 'C = A@B\nD = X.T@W.T'],
    ['an attribute chain', 'y = self.w@x.shape'],
    ["PyTorch's transpose", 'scores = q@k.mT / d'],
    ['a method call on the right operand', 'y = x@W.to(device)'],
    ['an scp remote without a slash', 'git push git@heroku.com:my-app.git main'],
    ['a reserved TLD', 'mail me at ada@example.test or ada@printer.local'],
    ['a lone at sign', 'meet @ 5pm'],
  ])('%s', (_name, text) => {
    expect(spans(text)).toEqual([]);
  });
});
