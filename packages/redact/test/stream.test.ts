import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRedactionStream, createRedactor, type Finding, redact } from '../src/index.js';

async function runStream(chunks: readonly string[], options: Parameters<typeof createRedactionStream>[0] = {}): Promise<string> {
  const stream = createRedactionStream(options);
  const writer = stream.writable.getWriter();
  const reading = (async () => {
    let out = '';
    for await (const part of stream.readable as unknown as AsyncIterable<string>) out += part;
    return out;
  })();
  for (const chunk of chunks) await writer.write(chunk);
  await writer.close();
  return reading;
}

describe('createRedactionStream', () => {
  it('finds a card number split across two chunks', async () => {
    expect(await runStream(['card 4242 4242 ', '4242 4242\n'])).toBe('card [CARD_1]\n');
  });

  it('finds an address and a phone split anywhere', async () => {
    const text = 'mail ada@example.com or call +44 20 7946 0958 today, ok?\nthanks';
    const whole = redact(text).text;
    for (let cut = 0; cut <= text.length; cut++) {
      expect(await runStream([text.slice(0, cut), text.slice(cut)])).toBe(whole);
    }
  });

  it('reports findings with offsets into the whole stream', async () => {
    const findings: Finding[] = [];
    const text = 'first line\nsecond ada@example.com\nthird 4242424242424242\n';
    await runStream(text.match(/[\s\S]{1,7}/g)!, { onFinding: (f) => findings.push(f) });
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(['ada@example.com', '4242424242424242']);
  });

  it('shares placeholders with a conversation', async () => {
    const chat = createRedactor();
    chat.redact('I am ada@example.com');
    expect(await runStream(['again: ada@exa', 'mple.com\n'], { redactor: chat })).toBe('again: [EMAIL_1]\n');
  });

  it('gives what one call gives, however the text is chunked', async () => {
    const words = fc.constantFrom('hi', 'ada@example.com', '+1 415 555 2671', '4242 4242 4242 4242', 'v1.2.3', '2024-01-15', '\n', 'x', '12', '@alice');
    await fc.assert(
      fc.asyncProperty(fc.array(words, { maxLength: 20 }), fc.array(fc.nat(), { maxLength: 6 }), async (parts, cuts) => {
        const text = parts.join(' ');
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const chunks: string[] = [];
        let from = 0;
        for (const point of points) {
          chunks.push(text.slice(from, point));
          from = point;
        }
        chunks.push(text.slice(from));
        expect(await runStream(chunks)).toBe(redact(text).text);
      }),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 10_000) },
    );
  });

  it('keeps the words before a number that decide what it is, however the text is chunked', async () => {
    // A label before `=` or `:` makes a bare number a phone; `order #` makes it an id.
    const words = fc.constantFrom(
      'phone_number',
      'Phone',
      'order',
      'number',
      'id',
      'ids',
      '=',
      ':',
      '#',
      '[',
      '(',
      '4155552671',
      '415-555-2671',
      'x',
      '\n',
      ',',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(words, { maxLength: 12 }), fc.array(fc.nat(), { maxLength: 4 }), async (parts, cuts) => {
        const text = parts.join(' ');
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const chunks: string[] = [];
        let from = 0;
        for (const point of points) {
          chunks.push(text.slice(from, point));
          from = point;
        }
        chunks.push(text.slice(from));
        expect(await runStream(chunks, { defaultCountry: 'US' })).toBe(redact(text, { defaultCountry: 'US' }).text);
      }),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 5_000) },
    );
  });
});
