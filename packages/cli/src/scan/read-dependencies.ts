import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import type { CatalogIndex } from './catalog.js';
import type { Evidence, EvidenceVia } from './evidence.js';
import { lineIndex } from './line-index.js';

const FIELDS: ReadonlyArray<readonly [string, EvidenceVia]> = [
  ['dependencies', 'dependency'],
  ['optionalDependencies', 'optional_dependency'],
  ['peerDependencies', 'peer_dependency'],
  ['devDependencies', 'dev_dependency'],
];

/**
 * The catalog SDKs a `package.json` depends on, each with the line of its key.
 *
 * @param file - relative path of the package.json
 * @param text - its text
 * @param catalog - the vendor catalog
 * @returns the traces, or `undefined` when the file is not valid JSON
 * @example
 * readPackageJson('package.json', '{"dependencies": {"stripe": "^17"}}', shippedCatalog());
 * // [{ vendor: 'stripe', package: 'stripe', file: 'package.json', line: 1, column: 19, via: 'dependency', ... }]
 */
export function readPackageJson(file: string, text: string, catalog: CatalogIndex): Evidence[] | undefined {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: false, allowTrailingComma: true });
  if (!tree || errors.length > 0 || tree.type !== 'object') return undefined;
  const at = lineIndex(text);
  const found: Evidence[] = [];
  for (const [field, via] of FIELDS) {
    const section = tree.children?.find((p) => p.children?.[0]?.value === field)?.children?.[1];
    if (section?.type !== 'object') continue;
    for (const property of section.children ?? []) {
      const key: Node | undefined = property.children?.[0];
      if (typeof key?.value !== 'string') continue;
      const sdk = catalog.sdkFor(key.value);
      if (sdk) found.push({ vendor: sdk.vendor.id, package: key.value, sdk, file, ...at(key.offset), via });
    }
  }
  return found;
}

const LOCK_LINE = [
  // package-lock.json / npm-shrinkwrap.json: "node_modules/@scope/name": {
  /^\s*"(?:[^"]*\/)?node_modules\/((?:@[^/"]+\/)?[^/"]+)"\s*:/,
  // pnpm-lock.yaml: "  /name@1.0.0:", "  /name/1.0.0:", "  name@1.0.0:", "  '@scope/name@1.0.0':"
  /^\s{2,6}['"]?\/?((?:@[^/@\s'"]+\/)?[^/@\s'":]+)[@/]\d/,
  // yarn.lock: name@^1.0.0, "@scope/name@^1.0.0":
  /^"?((?:@[^/@\s",]+\/)?[^/@\s",]+)@/,
  // bun.lock: "name": ["name@1.0.0", ...
  /^\s*"((?:@[^/"]+\/)?[^/"]+)"\s*:\s*\["/,
];

/**
 * The catalog SDKs a lockfile lists (often transitive), each at its first line.
 *
 * @param file - relative path of the lockfile
 * @param text - its text
 * @param catalog - the vendor catalog
 * @returns one trace per SDK package found
 * @example
 * readLockfile('yarn.lock', 'posthog-js@^1.0.0:\n  version "1.0.0"\n', shippedCatalog())[0]?.package; // 'posthog-js'
 */
export function readLockfile(file: string, text: string, catalog: CatalogIndex): Evidence[] {
  const found: Evidence[] = [];
  const seen = new Set<string>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as string;
    for (const pattern of LOCK_LINE) {
      const name = pattern.exec(line)?.[1];
      if (!name || seen.has(name)) continue;
      const sdk = catalog.sdkFor(name);
      if (!sdk) continue;
      seen.add(name);
      found.push({ vendor: sdk.vendor.id, package: name, sdk, file, line: i + 1, column: line.indexOf(name) + 1, via: 'lockfile' });
      break;
    }
  }
  return found;
}
