import { describe, expect, it } from 'vitest';
import { extractImports, packageOf } from '../src/scan/extract-imports.js';

const specs = (file: string, text: string) => extractImports(file, text).imports.map((i) => `${i.via} ${i.specifier}`);

describe('extractImports', () => {
  it('reads static, dynamic, require and re-export forms, and leaves type-only ones out', () => {
    const text = [
      "import type { A } from 'type-only';",
      "import { type B, type C } from 'all-names-typed';",
      "import { type D, e } from 'one-value';",
      "import 'side-effect';",
      "import * as ns from 'namespace';",
      "export { f } from 're-export';",
      "export type { G } from 'type-re-export';",
      "export * from 'star';",
      "const h = await import('dynamic');",
      'const i = await import(`template`);',
      // eslint-disable-next-line no-template-curly-in-string
      'const j = await import(`computed-${x}`);',
      "const k = require('required');",
      "import l = require('import-equals');",
      "import type m = require('type-import-equals');",
      'const n = require(variable);',
      "// import fake from 'in-a-comment';",
      'const s = "import fake from \'in-a-string\'";',
    ].join('\n');
    expect(specs('a.ts', text)).toEqual([
      'import one-value',
      'import side-effect',
      'import namespace',
      'export re-export',
      'export star',
      'dynamic_import dynamic',
      'dynamic_import template',
      'require required',
      'require import-equals',
    ]);
  });

  it('reads JSX, CommonJS and the script blocks of Vue, Svelte and Astro files with their offsets', () => {
    expect(specs('a.jsx', "import React from 'react';\nexport const A = () => <div />;")).toEqual(['import react']);
    expect(specs('a.cjs', "const x = require('x');\nmodule.exports = x;")).toEqual(['require x']);
    const vue = "<template><p/></template>\n<script setup lang=\"ts\">\nimport posthog from 'posthog-js';\nimport type { T } from 't';\n</script>";
    const found = extractImports('App.vue', vue).imports;
    expect(found.map((i) => i.specifier)).toEqual(['posthog-js']);
    expect(vue.slice(found[0]?.offset)).toMatch(/^import posthog/);
    expect(specs('A.svelte', "<script>\n  import { onMount } from 'svelte';\n</script>\n<h1>hi</h1>")).toEqual(['import svelte']);
    expect(specs('a.astro', "---\nimport Layout from '../layouts/Layout.astro';\nimport { track } from '@vercel/analytics';\n---\n<Layout />")).toEqual([
      'import ../layouts/Layout.astro',
      'import @vercel/analytics',
    ]);
  });

  it('still returns what it could read from a file with syntax errors', () => {
    const result = extractImports('broken.ts', "import a from 'a';\nconst = ;\n");
    expect(result.parseErrors).toBeGreaterThan(0);
  });
});

describe('packageOf', () => {
  it.each([
    ['@sentry/nextjs/client', '@sentry/nextjs'],
    ['posthog-js/react', 'posthog-js'],
    ['stripe', 'stripe'],
    ['./local', undefined],
    ['../up', undefined],
    ['/abs', undefined],
    ['node:fs', undefined],
    ['https://esm.sh/posthog-js', undefined],
    ['#internal', undefined],
    ['@scope', undefined],
  ])('%s → %s', (specifier, name) => {
    expect(packageOf(specifier)).toBe(name);
  });
});
