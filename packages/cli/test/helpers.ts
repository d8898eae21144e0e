import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeRunnerInput, codementorAiInput, codetrainInput, codingIdeInput, mentorMarketplaceInput } from '@priv/examples';
import { runCli } from '../src/index.js';

/** The five seed manifests as written (inputs), by a short name. */
export const SEEDS = {
  codementor: codementorAiInput,
  codeRunner: codeRunnerInput,
  mentorMarketplace: mentorMarketplaceInput,
  codetrain: codetrainInput,
  codingIde: codingIdeInput,
} as const;

/** A fresh temporary folder. */
export function tempDir(prefix = 'priv-cli-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes a value as pretty JSON and returns the path. */
export function writeJson(dir: string, name: string, value: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
  return file;
}

/** Copies a fixture app into a temporary folder, with `manifest` written as its privacy.json. */
export function fixtureApp(name: string, manifest: unknown): string {
  const dir = tempDir(`priv-app-${name}-`);
  cpSync(join(import.meta.dirname, 'fixtures', 'apps', name), dir, { recursive: true });
  writeJson(dir, 'privacy.json', manifest);
  return dir;
}

/** Runs the CLI in-process in `cwd`, collecting what it prints. */
export async function run(cwd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t), cwd, errIsTty: false });
  return { code, out, err };
}
