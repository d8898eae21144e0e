import { describe, expect, it } from 'vitest';
import { HOSTILE_INPUTS } from '../bench/hostile-inputs.js';
import { createRedactor, redact } from '../src/index.js';

// Correctness on inputs built to be slow; their time is measured by `npm run bench`, not here.
describe('hostile inputs', () => {
  it('are each about 100 KB', () => {
    for (const input of HOSTILE_INPUTS) expect(input.text.length).toBeGreaterThanOrEqual(90_000);
  });

  it('find nothing where there is nothing', () => {
    for (const input of HOSTILE_INPUTS.filter((i) => !/valid phone|valid numbers|local parts|dotted domain/.test(i.name))) {
      expect(redact(input.text, { defaultCountry: 'US' }).findings, input.name).toEqual([]);
    }
  });

  it('refuse a domain longer than an address may be, and cover only the last 64 units of a long local part', () => {
    expect(redact(HOSTILE_INPUTS.find((i) => i.name === 'deeply dotted domain')!.text).findings).toEqual([]);
    const text = HOSTILE_INPUTS.find((i) => i.name === 'deeply dotted local parts')!.text;
    const local = redact(text).findings;
    expect(local).toHaveLength(1);
    expect(text.length - local[0]!.start).toBeLessThanOrEqual(64 + '@example.com'.length);
    expect(local[0]!.end).toBe(text.length);
  });

  it('find every one of 6,700 phone numbers, with one placeholder', () => {
    const { text, findings } = redact(HOSTILE_INPUTS.find((i) => i.name === 'valid phone repeated')!.text, { defaultCountry: 'US' });
    expect(findings).toHaveLength(6_700);
    expect(new Set(findings.map((f) => f.replacement))).toEqual(new Set(['[PHONE_1]']));
    expect(text.startsWith('[PHONE_1] [PHONE_1] ')).toBe(true);
  });

  it('restore leaves a text of open brackets alone', () => {
    const chat = createRedactor();
    chat.redact('ada@example.com');
    const brackets = HOSTILE_INPUTS.find((i) => i.name === 'open brackets (restore)')!.text;
    expect(chat.restore(brackets)).toBe(brackets);
  });
});
