import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatPath, ManifestValidationError, parseManifest, PrivError, safeParseManifestJson } from '../src/index.js';

describe('PrivError', () => {
  it('carries code, path, pathText, issues and cause', () => {
    const cause = new RangeError('bad');
    const error = new PrivError('invalid_date', 'events.signed_up: Expected a real date', { path: ['events', 'signed_up'], cause });
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('invalid_date');
    expect(error.path).toEqual(['events', 'signed_up']);
    expect(error.pathText).toBe('events.signed_up');
    expect(error.cause).toBe(cause);
    expect(error.issues).toEqual([
      { code: 'invalid_date', path: ['events', 'signed_up'], pathText: 'events.signed_up', message: 'events.signed_up: Expected a real date' },
    ]);
    expect('cause' in new PrivError('x', 'y')).toBe(false);
  });

  it('takes its path from the first issue when none is given', () => {
    const error = new PrivError('invalid_options', 'two problems', {
      issues: [
        { path: ['kinds', 1], message: 'Unknown kind' },
        { code: 'too_big', path: ['maxLength'], message: 'Too big' },
      ],
    });
    expect(error.pathText).toBe('kinds[1]');
    expect(error.issues.map((i) => [i.code, i.pathText])).toEqual([
      ['invalid_options', 'kinds[1]'],
      ['too_big', 'maxLength'],
    ]);
  });

  it('formats paths exactly as zod prettifies them', () => {
    const schema = z.object({ 'a-b': z.array(z.object({ c: z.number(), '1st': z.string() })) });
    const result = schema.safeParse({
      'a-b': [
        { c: 1, '1st': 'x' },
        { c: 'no', '1st': 2 },
      ],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    const zodPaths = [...z.prettifyError(result.error).matchAll(/→ at (.*)$/gm)].map((m) => m[1]);
    expect(result.error.issues.map((issue) => formatPath(issue.path))).toEqual(zodPaths);
    expect(zodPaths).toEqual(['["a-b"][1].c', '["a-b"][1].1st']);
  });

  it('is the base of ManifestValidationError, whose path is the first issue', () => {
    try {
      parseManifest({ version: 1 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ManifestValidationError);
      expect(error).toBeInstanceOf(PrivError);
      const e = error as ManifestValidationError;
      expect(e.code).toBe('invalid_manifest');
      expect(e.path).toEqual(e.issues[0]?.path);
      expect(e.pathText).toBe(e.issues[0]?.pathText);
    }
  });

  it('keeps the JSON parser error as the cause', () => {
    const result = safeParseManifestJson('{');
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues[0]?.code).toBe('invalid_json');
    expect(result.error.cause).toBeInstanceOf(SyntaxError);
  });
});

describe('formatPath', () => {
  it('agrees with zod on generated paths', () => {
    const keys = ['a', 'b_c', '$d', 'e-f', '1st', 'g h', '', 'ü', 0, 3, 12];
    for (let seed = 0; seed < 300; seed++) {
      const path: PropertyKey[] = [];
      for (let i = 0, n = 1 + (seed % 4); i < n; i++) path.push(keys[(seed * 7 + i * 13) % keys.length]!);
      const schema = z.unknown().superRefine((_, ctx) => ctx.addIssue({ code: 'custom', message: 'x', path }));
      const result = schema.safeParse(1);
      const zodPath = result.success ? undefined : /→ at (.*)$/m.exec(z.prettifyError(result.error))?.[1];
      expect(formatPath(path)).toBe(zodPath);
    }
  });
});
