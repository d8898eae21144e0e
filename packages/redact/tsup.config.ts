import { defineConfig } from 'tsup';
import base from '../../tsup.package.ts';

/**
 * The shared build, with the IANA TLD list (`tlds`, a JSON module) inlined into top-level-domains.js:
 * Node's ESM loader refuses a bare JSON import without `with { type: 'json' }`, so leaving it external
 * would break `import '@priv/redact'` in Node.
 */
export default defineConfig({ ...(base as object), noExternal: ['tlds'] });
