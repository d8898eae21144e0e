import { describe, expect, it } from 'vitest';
import { codementorAi, mentorMarketplace } from '@priv/examples';
import { createRedactor, redact, redactOptionsFor, RedactOptionsError, restorePlaceholders } from '../src/index.js';

describe('redact', () => {
  it('returns the safe text and findings with offsets into the original', () => {
    const original = 'Mail ada@example.com, card 4242 4242 4242 4242, call +1 415 555 2671';
    const { text, findings } = redact(original);
    expect(text).toBe('Mail [EMAIL_1], card [CARD_1], call [PHONE_1]');
    expect(findings.map((f) => [f.kind, original.slice(f.start, f.end), f.replacement])).toEqual([
      ['email', 'ada@example.com', '[EMAIL_1]'],
      ['card', '4242 4242 4242 4242', '[CARD_1]'],
      ['phone', '+1 415 555 2671', '[PHONE_1]'],
    ]);
  });

  it('keeps UTF-16 offsets right around emoji and non-Latin text', () => {
    const original = '👩‍💻 Привет! 你好 ada@example.com 🎉 (415) 555-2671 ✅';
    const { findings } = redact(original, { defaultCountry: 'US' });
    expect(findings.map((f) => original.slice(f.start, f.end))).toEqual(['ada@example.com', '(415) 555-2671']);
    expect(findings[0]!.start).toBe(original.indexOf('ada@'));
  });

  it('redacts only the kinds asked for', () => {
    expect(redact('ada@example.com 4242424242424242', { kinds: ['card'] }).text).toBe('ada@example.com [CARD_1]');
  });

  it('numbers the same value the same way and different values apart', () => {
    expect(redact('+1 415 555 2671 / +14155552671 / +1 212 555 0100').text).toBe('[PHONE_1] / [PHONE_1] / [PHONE_2]');
    expect(redact('4242 4242 4242 4242 and 4242-4242-4242-4242 and 5555555555554444').text).toBe('[CARD_1] and [CARD_1] and [CARD_2]');
  });

  it('is idempotent on its own output', () => {
    const once = redact('ada@example.com +44 20 7946 0958 4242424242424242').text;
    expect(redact(once).text).toBe(once);
  });

  it('leaves text without personal data as it is', () => {
    const code = 'for (let i = 0; i < 10; i++) console.log(i, "v1.2.3", 3.14159);';
    expect(redact(code)).toEqual({ text: code, findings: [] });
  });
});

describe('createRedactor: one conversation', () => {
  it('keeps placeholders across messages and restores the answer', () => {
    const chat = createRedactor({ defaultCountry: 'US' });
    expect(chat.redact('I am ada@example.com').text).toBe('I am [EMAIL_1]');
    expect(chat.redact('Reply to ADA@example.com or (415) 555-2671').text).toBe('Reply to [EMAIL_1] or [PHONE_1]');
    expect(chat.restore('Sure, I will write to [EMAIL_1] or ring [PHONE_1]. [EMAIL_9] stays.')).toBe(
      'Sure, I will write to ada@example.com or ring (415) 555-2671. [EMAIL_9] stays.',
    );
    expect([...chat.placeholders.keys()]).toEqual(['[EMAIL_1]', '[PHONE_1]']);
  });

  it('keeps separate conversations apart', () => {
    const a = createRedactor();
    const b = createRedactor();
    a.redact('x@example.com');
    expect(b.redact('y@example.com').text).toBe('[EMAIL_1]');
    expect(b.restore('[EMAIL_1]')).toBe('y@example.com');
  });

  it('restores without the redactor, from the map', () => {
    expect(restorePlaceholders('Write to [EMAIL_1]', new Map([['[EMAIL_1]', 'ada@example.com']]))).toBe('Write to ada@example.com');
    expect(restorePlaceholders('[[[[ [EMAIL_1', new Map([['[EMAIL_1]', 'x']]))).toBe('[[[[ [EMAIL_1');
  });
});

describe('errors', () => {
  it('names the path of a bad option', () => {
    const error = (() => {
      try {
        redact('x', { kinds: ['email', 'ssn' as 'email'], defaultCountry: 'XX' });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(RedactOptionsError);
    expect((error as RedactOptionsError).issues.map((i) => i.pathText)).toEqual(['kinds[1]', 'defaultCountry']);
  });

  it('refuses no kinds, unknown options and a text that is not a string', () => {
    expect(() => redact('x', { kinds: [] })).toThrow(/kinds: Name at least one kind/);
    expect(() => redact('x', { country: 'US' } as never)).toThrow(RedactOptionsError);
    expect(() => redact(undefined as never)).toThrow(/text: Expected a string to redact, got undefined/);
  });
});

describe('redactOptionsFor: the manifest drives it', () => {
  it('reads the promise of policy 000 before the AI provider', () => {
    const recipient = codementorAi.redaction!.before[0]!;
    expect(redactOptionsFor(codementorAi, recipient)).toEqual({ kinds: ['email', 'phone', 'card'] });
    expect(redactOptionsFor(codementorAi)).toEqual({ kinds: ['email', 'phone', 'card'] });
    expect(redactOptionsFor(codementorAi, 'stripe')).toBeUndefined();
  });

  it('says when a policy promises no redaction', () => {
    expect(mentorMarketplace.redaction).toBeUndefined();
    expect(redactOptionsFor(mentorMarketplace)).toBeUndefined();
  });

  it('feeds redact', () => {
    const options = redactOptionsFor(codementorAi)!;
    expect(redact('my card is 4242 4242 4242 4242', options).text).toBe('my card is [CARD_1]');
  });
});
