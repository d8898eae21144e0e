import type { RedactionKind } from '@priv/schema';
import type { Sample } from './corpus.js';

/**
 * A held-out corpus: whole documents of the kind students paste (chat, code, traces, logs, data,
 * shell), written apart from `corpus.ts` and never used to tune the detectors, so that its figures say
 * how the rules carry over to text they were not shaped on. Positives are marked `⟦e|…⟧`, `⟦p|…⟧`,
 * `⟦c|…⟧` (email, phone, card); hard negatives `⟦!e|…⟧`, `⟦!p|…⟧`, `⟦!c|…⟧`. Every tool runs with its
 * default options (@priv/redact: the 39 default countries).
 */
const DOCUMENTS: readonly { genre: string; text: string }[] = [
  {
    genre: 'chat',
    text: `hi! i'm stuck on lab 3. my email is ⟦e|maria.gonzalez93@gmail.com⟧ and my cell: ⟦p|4155552671⟧
if that's easier. my brother (⟦e|j.gonzalez@student.mit.edu⟧) said to use numpy but idk`,
  },
  {
    genre: 'chat',
    text: `Sorry for the late reply — call me at ⟦p|+1 212-555-0147⟧ or ⟦p|(646) 555 0199⟧ after 6pm.
I paid with ⟦c|5105 1051 0510 5100⟧ but the receipt went to ⟦e|Old.Address@Hotmail.com⟧ 😅`,
  },
  {
    genre: 'chat',
    text: `Mi número es ⟦p|+34 612 34 56 78⟧ y mi correo ⟦e|lucia.fernandez@correo.es⟧. Gracias!!
Version ⟦!p|3.11.4⟧ of python, on ⟦!p|2024-03-08⟧ it still worked.`,
  },
  {
    genre: 'chat',
    text: `Hallo, erreichbar unter ⟦p|+49 151 23456789⟧ oder per Mail an ⟦e|k.schmidt@web.de⟧.
Die Übung ⟦!p|4.2.1⟧ klappt nicht, Fehler in Zeile ⟦!p|127:14⟧.`,
  },
  {
    genre: 'chat',
    text: `my card got charged twice?? it's the one ending ...but full number is ⟦c|4000 0566 5566 5556⟧, exp 09/27
reach me on whatsapp ⟦p|+44 7700 900123⟧ or ⟦e|tom_h@outlook.co.uk⟧`,
  },
  {
    genre: 'chat',
    text: `@mentor can you look at my PR? tag ⟦!e|@octocat⟧, npm says ⟦!e|eslint@8.57.0⟧ is deprecated.
also my school email ⟦e|s1234567@ed.ac.uk⟧ doesn't get the notifications`,
  },
  {
    genre: 'python',
    text: `import numpy as np

ADMIN_EMAIL = "⟦e|admin@codingschool.org⟧"
SUPPORT_PHONE = "⟦p|+1-800-555-0199⟧"

def scores(X, W):
    return ⟦!e|X@W.T⟧ + np.array([⟦!p|4155552671⟧, ⟦!p|4155552672⟧])  # ids, not phones

seed = ⟦!c|4242424242424241⟧
big = ⟦!c|9007199254740993⟧
print(f"sent to {ADMIN_EMAIL}")`,
  },
  {
    genre: 'python',
    text: `class Student:
    def __init__(self):
        self.email = "⟦e|priya.patel@university.edu⟧"
        self.phone = "⟦p|(312) 555-0186⟧"
        self.created = ⟦!p|1709251200⟧
        self.uuid = "⟦!p|123e4567-e89b-12d3-a456-426614174000⟧"

@dataclass
class Config:
    host: str = "⟦!p|10.0.12.254⟧"
    port: int = ⟦!p|5432⟧`,
  },
  {
    genre: 'python',
    text: `>>> import math
>>> math.pi
⟦!c|3.141592653589793⟧
>>> 2**63 - 1
⟦!c|9223372036854775807⟧
>>> send_invoice("⟦e|billing@acme-corp.com⟧", card="⟦c|378282246310005⟧")
True`,
  },
  {
    genre: 'javascript',
    text: `const user = {
  name: 'Ada',
  email: '⟦e|ada.l@example.com⟧',
  phone: '⟦p|+61 412 345 678⟧',
  card: '⟦c|6011-0009-9013-9424⟧',
  createdAt: ⟦!c|1732233600000⟧,
};
import express from 'express'; // ⟦!e|express@4.18.2⟧
fetch('https://api.example.com/v1/users/⟦!p|8812345⟧')`,
  },
  {
    genre: 'javascript',
    text: `// package.json
"dependencies": { "⟦!e|@angular/core⟧": "^17.0.0" }
Number.MAX_SAFE_INTEGER // ⟦!c|9007199254740991⟧
const MAX = ⟦!c|18446744073709551615⟧n;
await stripe.paymentMethods.create({ card: { number: '⟦c|4242424242424242⟧' } });
console.log('mail sent to', '⟦e|noreply+tests@mail.example.io⟧');`,
  },
  {
    genre: 'typescript',
    text: `@Component({ selector: 'app-root' })
export class AppComponent {
  @Input() contact = '⟦e|help@school.dev⟧';
  readonly hotline = '⟦p|+33 6 12 34 56 78⟧';
}
// ⟦!e|@media⟧ (max-width: 600px) handled in styles`,
  },
  {
    genre: 'sql',
    text: `INSERT INTO users (id, email, phone) VALUES
  (⟦!p|1048576⟧, '⟦e|chen.wei@qq.com⟧', '⟦p|+86 139 1099 8888⟧'),
  (⟦!p|1048577⟧, '⟦e|o.adeyemi@yahoo.com⟧', '⟦p|+234 803 123 4567⟧');
SELECT * FROM orders WHERE order_id = ⟦!p|4155552671⟧ AND created_at > '⟦!p|2024-01-01 00:00:00⟧';
-- conn: ⟦!e|postgres://admin:hunter2@db.internal:5432/school⟧`,
  },
  {
    genre: 'sql',
    text: `UPDATE payments SET pan = '⟦c|5555-5555-5555-4444⟧' WHERE user_email = '⟦e|dev.test@company.com⟧';
-- isbn ⟦!c|978-3-16-148410-0⟧, ⟦!c|9783161484100⟧`,
  },
  {
    genre: 'trace',
    text: `Traceback (most recent call last):
  File "/home/⟦!e|student@laptop⟧/proj/app.py", line 42, in <module>
  File "/usr/lib/python3.12/smtplib.py", line ⟦!p|1091⟧, in sendmail
smtplib.SMTPRecipientsRefused: {'⟦e|wrong.address@gmial.com⟧': (550, b'5.1.1 User unknown')}`,
  },
  {
    genre: 'trace',
    text: `Error: ENOTFOUND lookup failed
    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:⟦!p|107:26⟧)
    at Object.<anonymous> (/srv/app/dist/index.js:⟦!p|4155:5526⟧)
  code: 'ENOTFOUND', hostname: 'smtp.example.com', user: '⟦e|mailer@example.com⟧'`,
  },
  {
    genre: 'log',
    text: `⟦!p|2024-11-22T09:14:03.512Z⟧ INFO  signup email=⟦e|newuser2024@gmail.com⟧ ip=⟦!p|203.0.113.42⟧ took=⟦!p|1532⟧ms
⟦!p|2024-11-22T09:14:04.001Z⟧ WARN  sms failed to=⟦p|+15005550006⟧ trace=⟦!p|4bf92f3577b34da6a3ce929d0e0e4736⟧
⟦!p|2024-11-22T09:14:05.777Z⟧ ERROR charge declined card=⟦c|4000000000000002⟧ amount=⟦!p|1999⟧`,
  },
  {
    genre: 'log',
    text: `Nov 22 09:14:03 web-1 sshd[⟦!p|21834⟧]: Accepted publickey for ⟦!e|deploy@web-1⟧ from ⟦!p|198.51.100.7⟧ port ⟦!p|53122⟧ ssh2
Nov 22 09:14:09 web-1 postfix/smtp[⟦!p|21840⟧]: to=<⟦e|Jane.Doe@Example.ORG⟧>, relay=mx.example.org[⟦!p|192.0.2.10⟧]:25, status=sent`,
  },
  {
    genre: 'csv',
    text: `student_id,name,email,phone,enrolled
⟦!p|20231145⟧,Ana Souza,⟦e|ana.souza@escola.com.br⟧,⟦p|+55 21 98765-4321⟧,⟦!p|2023-09-01⟧
⟦!p|20231146⟧,Liam Byrne,⟦e|liam.byrne@tcd.ie⟧,⟦p|+353 87 123 4567⟧,⟦!p|2023-09-02⟧
⟦!p|20231147⟧,Noah Kim,⟦e|noah.kim@snu.ac.kr⟧,⟦p|+82 10-1234-5678⟧,⟦!p|2023-09-02⟧`,
  },
  {
    genre: 'csv',
    text: `order,customer_email,card_number,total
⟦!p|100045⟧,⟦e|buyer1@shop.com⟧,⟦c|4111 1111 1111 1111⟧,⟦!p|49.99⟧
⟦!p|100046⟧,⟦e|buyer2@shop.net⟧,⟦c|3566 0020 2036 0505⟧,⟦!p|120.00⟧`,
  },
  {
    genre: 'json',
    text: `{"user":{"id":⟦!c|81234567890123456⟧,"email":"⟦e|sam.taylor@protonmail.com⟧","phone":"⟦p|+1 (415) 555-0132⟧",
"devices":[{"imei":"⟦!c|490154203237518⟧"}],"version":"⟦!p|2.14.0⟧","lat":⟦!p|37.7749295⟧,"lng":⟦!p|-122.4194155⟧}}`,
  },
  {
    genre: 'json',
    text: `{"payment":{"card":"⟦c|2223 0031 2200 3222⟧","exp":"12/29"},"receipt_to":"⟦e|finance@startup.ai⟧",
"request_id":"⟦!p|9f86d081884c7d659a2feaa0c55ad015⟧","ts":⟦!c|1700000000123⟧}`,
  },
  {
    genre: 'shell',
    text: `⟦!e|ubuntu@ip-10-0-1-23:~$⟧ git remote -v
origin  ⟦!e|git@github.com:codeschool/lab-3.git⟧ (fetch)
⟦!e|ubuntu@ip-10-0-1-23:~$⟧ git config user.email "⟦e|student.name@gmail.com⟧"
⟦!e|ubuntu@ip-10-0-1-23:~$⟧ ping -c 1 ⟦!p|8.8.8.8⟧
64 bytes from ⟦!p|8.8.8.8⟧: icmp_seq=1 ttl=117 time=⟦!p|12.4⟧ ms`,
  },
  {
    genre: 'shell',
    text: `$ npm install ⟦!e|lodash@4.17.21⟧ ⟦!e|@types/lodash@4.14.202⟧
added 2 packages in ⟦!p|1.234⟧s
$ git log -1
commit ⟦!p|9fceb02d0ae598e95dc970b74767f19372d61af8⟧
Author: Grace Hopper <⟦e|grace@navy.mil⟧>
Date:   Mon Jan 15 10:30:00 2024 +0000`,
  },
  {
    genre: 'shell',
    text: `$ curl -u ⟦e|api-user@company.com⟧:s3cretToken https://api.company.com/v2/me
$ ssh ⟦!e|admin@192.168.1.10⟧ -p ⟦!p|2222⟧
$ echo $((⟦!c|4111111111111110⟧ + 1))`,
  },
];

const MARK = /⟦(!?)([epc])\|([^⟧]*)⟧/g;
const KINDS: Record<string, RedactionKind> = { e: 'email', p: 'phone', c: 'card' };

/**
 * Every marked item of every document as a sample of the unmarked document (the same shape as
 * `buildCorpus()`, so `scoreTool` scores it).
 */
export function buildHoldout(): Sample[] {
  const samples: Sample[] = [];
  for (const doc of DOCUMENTS) {
    const text = doc.text.replace(MARK, (_m, _neg: string, _k: string, item: string) => item);
    for (const [, negative, kind, item] of doc.text.matchAll(MARK)) {
      samples.push({ genre: doc.genre, text, item: item!, kind: KINDS[kind!]!, positive: negative !== '!' });
    }
  }
  return samples;
}
