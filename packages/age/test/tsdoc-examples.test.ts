import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

// Every @example in the TSDoc of src/, run as written: a line `expression; // value` asserts that the
// expression equals the value, a comment line `// value` right after a bare statement asserts the
// statement's value, and `console.log(a, b); // 'x' 'y'` asserts the logged values (and that the line ran).

const srcDir = new URL('../src/', import.meta.url);
const files = readdirSync(srcDir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');

interface Example {
  readonly file: string;
  readonly name: string;
  readonly code: string;
}

/** The @example block of each exported declaration, keyed by the declaration's name. */
function examples(): Example[] {
  const found: Example[] = [];
  for (const file of files) {
    const text = readFileSync(new URL(file, srcDir), 'utf8');
    for (const match of text.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export (?:function|const|class) (\w+)/g)) {
      const [, doc, name] = match as unknown as [string, string, string];
      const at = doc.indexOf('@example');
      if (at < 0) continue;
      const code = doc
        .slice(at + '@example'.length)
        .split('\n')
        .map((line) => line.replace(/^\s*\* ?/, ''))
        .join('\n')
        .trim();
      found.push({ file, name, code });
    }
  }
  return found;
}

/** Reads a documented value: a JS literal, possibly followed by a note in parentheses. */
function literal(text: string): { ok: true; value: unknown } | { ok: false } {
  for (const candidate of [text, text.replace(/\s+\([^()]*\)$/, '')]) {
    try {
      return { ok: true, value: new Function(`return (${candidate});`)() };
    } catch {
      // not a value: a plain comment
    }
  }
  return { ok: false };
}

/** Turns an example into a function body that calls `check(actual, expected)` for each documented value. */
function instrument(code: string): { body: string; checks: number } {
  const lines = code.split('\n');
  const out: string[] = [];
  let checks = 0;
  for (const [index, line] of lines.entries()) {
    const log = /^(\s*.*?)console\.log\((.*)\);\s*\/\/\s*(.+)$/.exec(line);
    if (log) {
      const [, before, args, expected] = log as unknown as [string, string, string, string];
      const values = [...expected.matchAll(/'[^']*'|"[^"]*"|\S+/g)].map((m) => m[0]).join(', ');
      out.push(`${before}__check([${args}], [${values}]);`);
      checks += 1;
      continue;
    }
    const trailing = /^(\s*)([^/].*?);\s*\/\/\s*(.+)$/.exec(line);
    if (trailing && !/^\s*(const|let|var|import)\b/.test(line) && literal(trailing[3]!).ok) {
      out.push(`${trailing[1]}__check((${trailing[2]}), ${JSON.stringify(trailing[3])});`);
      checks += 1;
      continue;
    }
    const comment = /^\s*\/\/\s*(.+)$/.exec(line);
    const previous = out.at(-1);
    const bare = index > 0 && /^[\w.]+\(.*\);$/.test(lines[index - 1]!.trim()) && !/\/\//.test(lines[index - 1]!);
    if (comment && previous !== undefined && bare && literal(comment[1]!).ok) {
      out[out.length - 1] = `__check((${previous.trim().replace(/;$/, '')}), ${JSON.stringify(comment[1])});`;
      checks += 1;
      continue;
    }
    out.push(line);
  }
  return { body: out.join('\n'), checks };
}

describe('TSDoc examples', () => {
  const all = examples();

  it('every public function and class of the index has an @example', () => {
    const documented = new Set(all.map((e) => e.name));
    const publicCallables = Object.entries(api)
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name);
    expect(publicCallables.length).toBeGreaterThan(15);
    expect(publicCallables.filter((name) => !documented.has(name))).toEqual([]);
  });

  for (const example of all) {
    it(`${example.name} (${example.file}) is true`, () => {
      const { body, checks } = instrument(example.code);
      expect(checks, `no documented value found in the example of ${example.name}:\n${example.code}`).toBeGreaterThan(0);
      let ran = 0;
      const check = (actual: unknown, expected: unknown) => {
        ran += 1;
        const value = typeof expected === 'string' ? (literal(expected) as { value: unknown }).value : expected;
        expect(actual, `${example.name}: ${body}`).toEqual(value);
      };
      const names = Object.keys(api);
      new Function(...names, '__check', body)(...names.map((n) => (api as Record<string, unknown>)[n]), check);
      expect(ran, `every documented value of ${example.name} was checked`).toBe(checks);
    });
  }
});
