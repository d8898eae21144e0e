import type { RedactionKind } from '@priv/schema';

/**
 * A labelled corpus of coding-education text: every sample is one context (chat, Python, JS, SQL, a
 * stack trace, a log line, CSV, JSON, a shell session) holding one item. A positive is an email,
 * phone or card number that must be removed; a hard negative looks like one and must stay.
 */
export interface Sample {
  readonly genre: string;
  readonly text: string;
  /** The item as it stands in the text. */
  readonly item: string;
  readonly kind: RedactionKind;
  readonly positive: boolean;
}

const POSITIVES: Record<RedactionKind, readonly string[]> = {
  email: [
    'ada@example.com',
    'Ada.Lovelace@Example.COM',
    'student+cs50@mail.school.edu',
    'j.doe@cs.uni-heidelberg.de',
    '12345678@qq.com',
    'mentor_42@codementor.io',
    'first.last@sub.domain.co.uk',
    'josé@bücher.de',
    'info@example.xn--p1ai',
    'o.kafor@tutors.ng',
    'x-y_z@my-school.academy',
    'ANNA@BEISPIEL.AT',
  ],
  phone: [
    '+1 415 555 2671',
    '+14155552671',
    '(415) 555-2671',
    '415-555-2671',
    '415.555.2671',
    '+44 20 7946 0958',
    '+44 (0) 20 7946 0958',
    '0044 20 7946 0958',
    '+49 30 901820',
    '+33 1 42 68 53 00',
    '+91 98765 43210',
    '+61 2 9876 5432',
    '+81 3-1234-5678',
    '+55 11 91234-5678',
  ],
  card: [
    '4242 4242 4242 4242',
    '4111-1111-1111-1111',
    '4012888888881881',
    '5555 5555 5555 4444',
    '2223 0031 2200 3222',
    '2223003122003222',
    '3782 822463 10005',
    '371449635398431',
    '6011 1111 1111 1117',
    '3530111333300000',
    '3056 930902 5904',
    '6200000000000005',
  ],
};

const NEGATIVES: Record<RedactionKind, readonly string[]> = {
  email: [
    'git@github.com:priv-dev/priv.git',
    'ssh://git@github.com/priv-dev/priv.git',
    'user@localhost',
    'deploy@build-server',
    'ubuntu@ip-172-31-5-9:~$',
    'postgres://app:s3cret@db.internal:5432/school',
    '@app.route("/login")',
    '@media',
    '@alice',
    '@types/node',
    'react@18.2.0',
    '@babel/core@7.22.5',
    'typescript@latest',
    'A@B',
    'X.T@W.T',
    'self.w@x.shape',
  ],
  phone: [
    'v4.15.552.671',
    '2024-01-15',
    '15.01.2024',
    '2024-01-15 10:30:00',
    '192.168.100.200',
    'localhost:8080',
    'index.js:4155:5526',
    '4155552671ms',
    '[4155552671, 2125551234]',
    'timeout = 4155552671;',
    'sha 4155552671abcd',
    '550e8400-e29b-41d4-a716-446655440000',
    'order #4155552671',
    '1700000000',
    '3.1415926535',
    '0x4155552671',
  ],
  card: [
    '4242 4242 4242 4241',
    '1700000000000',
    '9007199254740991',
    '9223372036854775807',
    '-9223372036854775808',
    '18446744073709551615',
    '3.14159265358979323846',
    '2.718281828459045235',
    '978-0-13-468599-1',
    '9780134685991',
    '1234567890123456789012',
    '4242424242424241',
  ],
};

export const CONTEXTS: Record<string, (item: string) => string> = {
  chat: (x) => `hey! my code won't compile, can you check? you can reach me at ${x} if the chat drops`,
  python: (x) => `def notify(user):\n    contact = "${x}"\n    return send(user, contact)\n`,
  javascript: (x) => `const config = { owner: '${x}', retries: 3 };\nexport default config;`,
  sql: (x) => `INSERT INTO students (id, contact) VALUES (17, '${x}');`,
  trace: (x) =>
    `Error: lookup failed for ${x}\n    at resolve (/srv/app/src/users.ts:88:13)\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)`,
  log: (x) => `2026-11-22T09:14:03.512Z INFO request handled value=${x} status=200 latency_ms=41`,
  csv: (x) => `id,name,contact,score\n7,Ada,${x},93\n`,
  json: (x) => `{"id": 7, "contact": ${JSON.stringify(x)}, "tags": ["homework"]}`,
  shell: (x) => `student@laptop ~/course $ echo ${x}\n${x}\nstudent@laptop ~/course $ `,
};

/** Every item in every context: about 1,300 samples. */
export function buildCorpus(): Sample[] {
  const samples: Sample[] = [];
  for (const [genre, wrap] of Object.entries(CONTEXTS)) {
    for (const kind of ['email', 'phone', 'card'] as const) {
      for (const [items, positive] of [
        [POSITIVES[kind], true],
        [NEGATIVES[kind], false],
      ] as const) {
        for (const item of items) {
          const text = wrap(item);
          // In JSON the item stands escaped.
          const shown = text.includes(item) ? item : JSON.stringify(item).slice(1, -1);
          samples.push({ genre, text, item: shown, kind, positive });
        }
      }
    }
  }
  return samples;
}
