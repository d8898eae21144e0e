import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without types
import { GATE_BUDGET_BYTES, measureImport } from '../bench/size.mjs';

describe('bundle size (esbuild, minified, gzip -9)', () => {
  it('importing only the gate stays under 7 KB min+gzip, with no zod in it', async () => {
    const result = await measureImport(['evaluateAgeGate']);
    expect(result.gzipped).toBeLessThan(GATE_BUDGET_BYTES);
    expect(result.zodBytes).toBe(0);
    // only @priv/age's and @priv/calendar's code and the error base class from @priv/schema: no zod, no date library
    expect(result.paths.filter((path: string) => /node_modules\/(zod|date-fns|@date-fns|date-holidays)\//.test(path))).toEqual([]);
  });

  it('isPurposeAllowed and ageOn stay small too', async () => {
    expect((await measureImport(['isPurposeAllowed'])).gzipped).toBeLessThan(GATE_BUDGET_BYTES);
    expect((await measureImport(['ageOn'])).gzipped).toBeLessThan(3072);
  });

  it('the README reports the figure this measurement gives (within 64 B)', async () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const row = /^\| `evaluateAgeGate` \| ([\d,]+) B \| ([\d,]+) B \|$/m.exec(readme);
    expect(row).not.toBeNull();
    const documented = Number(row![2]!.replace(/,/g, ''));
    expect(Math.abs((await measureImport(['evaluateAgeGate'])).gzipped - documented)).toBeLessThanOrEqual(64);
    expect(readme).toContain(`importing only the gate costs ${row![2]} B min+gzip`);
  });
});
