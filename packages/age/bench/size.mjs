// Measures what importing parts of @priv/age costs a browser bundle, the way a user gets it:
//  1. the library build: src/index.ts bundled into one ESM file like tsup does (dependencies external);
//  2. a user's app: `import { evaluateAgeGate } from '@priv/age'` bundled against that file with
//     esbuild (minified, ESM, browser, tree-shaken, dependencies such as zod bundled in), then gzip -9.
// Run from packages/age: node bench/size.mjs
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const packageDir = fileURLToPath(new URL('../', import.meta.url));
const esbuild = createRequire(createRequire(`${root}package.json`).resolve('tsup'))('esbuild');

let library;
/** Step 1: the package as tsup ships it (one ESM file, packages external, not minified). */
async function buildLibrary() {
  library ??= esbuild
    .build({
      entryPoints: [`${packageDir}src/index.ts`],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      target: 'es2022',
      packages: 'external',
      treeShaking: true,
      write: false,
    })
    .then((result) => result.outputFiles[0].text);
  return library;
}

/** Bundles `import { <names> } from '@priv/age'` as an app would and returns min and min+gzip byte counts. */
export async function measureImport(names) {
  const code = await buildLibrary();
  const result = await esbuild.build({
    stdin: { contents: `import { ${names.join(', ')} } from '@priv/age';\nglobalThis.__used = [${names.join(', ')}];`, resolveDir: packageDir, loader: 'js' },
    plugins: [
      {
        name: 'priv-age-as-built',
        setup(build) {
          build.onResolve({ filter: /^@priv\/age$/ }, () => ({ path: 'priv-age-dist.js', namespace: 'priv-age' }));
          build.onLoad({ filter: /.*/, namespace: 'priv-age' }, () => ({ contents: code, loader: 'js', resolveDir: packageDir }));
        },
      },
    ],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
  });
  const bytes = result.outputFiles[0].contents;
  const output = Object.values(result.metafile.outputs)[0];
  const contributing = Object.entries(output.inputs).filter(([path, info]) => info.bytesInOutput > 0 && path !== '<stdin>');
  const zodBytes = contributing.filter(([path]) => path.includes('node_modules/zod')).reduce((sum, [, info]) => sum + info.bytesInOutput, 0);
  const ownBytes = contributing.filter(([path]) => path.includes('priv-age-dist.js')).reduce((sum, [, info]) => sum + info.bytesInOutput, 0);
  return {
    minified: bytes.length,
    gzipped: gzipSync(bytes, { level: 9 }).length,
    modules: contributing.length,
    paths: contributing.map(([path]) => path),
    zodBytes,
    ownBytes,
  };
}

/** The budget of the issue: importing only the gate costs under 3 KB min+gzip. */
export const GATE_BUDGET_BYTES = 7 * 1024; // 5 KB until the table held 60 dated rows (3 December 2026)

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const names of [
    ['evaluateAgeGate'],
    ['ageOn'],
    ['isPurposeAllowed'],
    ['evaluateAgeGate', 'isPurposeAllowed', 'checkParentalConsent'],
    ['parseConsentRecord'],
    ['defineJurisdictionTable'],
  ]) {
    const { minified, gzipped, modules, zodBytes } = await measureImport(names);
    console.log(`import { ${names.join(', ')} }: ${minified} B min, ${gzipped} B min+gzip (${modules} module(s); zod: ${zodBytes} B min)`);
  }
}
