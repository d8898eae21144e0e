// Measures what importing parts of @priv/age costs a browser bundle: esbuild bundles a one-line
// entry against src/ (minified, ESM, browser platform, tree-shaken), then gzip -9.
// Run: node bench/size.mjs   (from packages/age)
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const esbuild = createRequire(createRequire(`${root}package.json`).resolve('tsup'))('esbuild');
const src = fileURLToPath(new URL('../src/index.ts', import.meta.url));

/** Bundles `import { <names> } from '@priv/age'` and returns the minified and gzipped byte counts. */
export async function measureImport(names, { external = [] } = {}) {
  const result = await esbuild.build({
    stdin: { contents: `import { ${names.join(', ')} } from '@priv/age';\nglobalThis.__used = [${names.join(', ')}];`, resolveDir: root, loader: 'js' },
    alias: { '@priv/age': src },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    external,
  });
  const code = result.outputFiles[0].contents;
  // the modules that put bytes into the output (after tree-shaking), with their share
  const output = Object.values(result.metafile.outputs)[0];
  const inputs = Object.entries(output.inputs)
    .filter(([, info]) => info.bytesInOutput > 0 && !info.path?.startsWith('<stdin>'))
    .map(([path]) => path.replace(/^.*node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?/, '').replace(/^(\.\.\/)*/, ''))
    .filter((path) => path !== '<stdin>');
  const zodBytes = Object.entries(output.inputs).filter(([path]) => path.includes('node_modules/zod')).reduce((sum, [, info]) => sum + info.bytesInOutput, 0);
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length, inputs, zodBytes };
}

/** The budget of the issue: importing only the gate costs under 3 KB min+gzip. */
export const GATE_BUDGET_BYTES = 3 * 1024;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const names of [['evaluateAgeGate'], ['ageOn'], ['isPurposeAllowed'], ['parseConsentRecord'], ['defineJurisdictionTable']]) {
    try {
      const { minified, gzipped, inputs, zodBytes } = await measureImport(names);
      const from = inputs.length > 12 ? `${inputs.length} modules, zod ${zodBytes} B min` : inputs.join(', ');
      console.log(`import { ${names.join(', ')} }: ${minified} B min, ${gzipped} B min+gzip (${from})`);
    } catch (error) {
      console.log(`${names.join(', ')}: ${error.message.split('\n')[0]}`);
    }
  }
}
