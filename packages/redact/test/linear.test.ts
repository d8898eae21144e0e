import { describe, expect, it } from 'vitest';
import { HOSTILE_GENERATORS } from '../bench/hostile-inputs.js';
import { createRedactor, redact } from '../src/index.js';

// Linear time, checked by counting work rather than by the clock (the clock is `npm run bench`'s
// business). Every detector reads the text through `charCodeAt`, `indexOf` and `slice`, and every
// regular expression, ours and libphonenumber-js's, runs through `RegExp.prototype.exec` (`test`,
// `match` and `replace` call it). Counting those calls on each hostile input at 25 KB and at 100 KB
// shows how the work grows: four times for linear work, sixteen times for quadratic.

type Counted = { target: object; name: string };
const COUNTED: Counted[] = [
  { target: String.prototype, name: 'charCodeAt' },
  { target: String.prototype, name: 'indexOf' },
  { target: String.prototype, name: 'slice' },
  { target: RegExp.prototype, name: 'exec' },
];

function countWork(run: () => void): number {
  let calls = 0;
  const originals = COUNTED.map(({ target, name }) => (target as Record<string, unknown>)[name] as (...args: unknown[]) => unknown);
  COUNTED.forEach(({ target, name }, k) => {
    const original = originals[k]!;
    Object.defineProperty(target, name, {
      configurable: true,
      writable: true,
      value: function (this: unknown, ...args: unknown[]) {
        calls++;
        return original.apply(this, args);
      },
    });
  });
  try {
    run();
  } finally {
    COUNTED.forEach(({ target, name }, k) => Object.defineProperty(target, name, { configurable: true, writable: true, value: originals[k] }));
  }
  return calls;
}

describe('work on hostile inputs grows linearly with their length', () => {
  const small = 25_000;
  const large = 100_000;

  it.each(HOSTILE_GENERATORS.map((g) => [g.name, g] as const))('%s', (_name, generator) => {
    const short = generator.make(small);
    const long = generator.make(large);
    const work = (text: string) =>
      countWork(() => {
        redact(text, { defaultCountry: 'US' });
        createRedactor().restore(text);
      });
    const ratio = work(long) / Math.max(1, work(short));
    const lengths = long.length / short.length;
    expect(lengths).toBeGreaterThan(3.9);
    // Linear work, plus a constant: at most 10% over the ratio of the lengths.
    expect(ratio).toBeLessThanOrEqual(lengths * 1.1);
  });

  it('the counter sees quadratic work for what it is', () => {
    // A deliberately quadratic scan: for each position, look at everything before it.
    const quadratic = (text: string) => {
      for (let i = 0; i < text.length; i++) for (let j = 0; j < i; j++) text.charCodeAt(j);
    };
    const ratio = countWork(() => quadratic('x'.repeat(400))) / countWork(() => quadratic('x'.repeat(100)));
    expect(ratio).toBeGreaterThan(15);
  });
});
