// The peer conformance cases (other projects' own tests for finding emails, phones and cards in free
// text), read at run time from the shared folder next to the project: never copied into the repo.
// `PRIV_SHARED` names that folder (default `/work/shared`); the file is
// `$PRIV_SHARED/conformance/redact/peer-cases.jsonl`, its format and pass rule in the README there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RedactionKind } from '@priv/schema';
import type { Coverage } from './tools.js';

/** One peer case: a text, the region its test reads national numbers with, and the spans it expects. */
export interface PeerCase {
  readonly suite: string;
  readonly id: string;
  readonly source: string;
  readonly text: string;
  /** ISO country (or countries) for national numbers; `null`: none given. */
  readonly region: string | readonly string[] | null;
  readonly expected: readonly { kind: RedactionKind; start: number; end: number }[];
  readonly conflict: boolean;
}

/** Where the cases are: `$PRIV_SHARED/conformance/redact/peer-cases.jsonl`. */
export function peerCasesPath(): string {
  return join(process.env.PRIV_SHARED ?? '/work/shared', 'conformance', 'redact', 'peer-cases.jsonl');
}

/** Reads every case; throws (with the path) when the file is missing: a score without it means nothing. */
export function loadPeerCases(path = peerCasesPath()): PeerCase[] {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`peer cases not found at ${path} (set PRIV_SHARED to the folder holding conformance/redact/): ${String(error)}`);
  }
  return raw
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as PeerCase);
}

/** The countries a case asks for: its region as a list, `[]` when it gives none. */
export function countriesOf(peer: PeerCase): string[] {
  if (peer.region === null) return [];
  return typeof peer.region === 'string' ? [peer.region] : [...peer.region];
}

/** Whether a code unit is a letter or digit (what must be covered of an expected span). */
const SIGNIFICANT = /[\p{L}\p{N}]/u;

/**
 * The README's pass rule: every expected span is found with its kind (a tool that reports no kinds,
 * `any`, is given the benefit), every letter and digit of it covered, and nothing reported that
 * overlaps no expected span. A span that covers more than expected (a whole extension where the peer
 * stops before `;x 7246433`) passes: covering more of a number leaks nothing.
 */
export function passesPeerCase(peer: PeerCase, coverage: Coverage): boolean {
  for (const want of peer.expected) {
    const spans = coverage.spans.filter((s) => (s.kind === 'any' || s.kind === want.kind) && s.start < want.end && s.end > want.start);
    if (spans.length === 0) return false;
    for (let i = want.start; i < want.end; i++) {
      if (!SIGNIFICANT.test(peer.text[i]!)) continue;
      if (!spans.some((s) => s.start <= i && i < s.end)) return false;
    }
  }
  return coverage.spans.every((s) => peer.expected.some((want) => s.start < want.end && s.end > want.start));
}

/** Per suite: non-conflict cases passed / total, and conflict cases passed / total. */
export interface SuiteScore {
  passed: number;
  total: number;
  conflictPassed: number;
  conflicts: number;
  failed: string[];
}

/** Scores a tool over the cases, per suite. `run` gets the case's countries. */
export async function scorePeerCases(
  cases: readonly PeerCase[],
  run: (text: string, countries: string[]) => Coverage | Promise<Coverage>,
): Promise<Map<string, SuiteScore>> {
  const scores = new Map<string, SuiteScore>();
  for (const peer of cases) {
    let score = scores.get(peer.suite);
    if (!score) scores.set(peer.suite, (score = { passed: 0, total: 0, conflictPassed: 0, conflicts: 0, failed: [] }));
    const ok = passesPeerCase(peer, await run(peer.text, countriesOf(peer)));
    if (peer.conflict) {
      score.conflicts++;
      if (ok) score.conflictPassed++;
    } else {
      score.total++;
      if (ok) score.passed++;
      else score.failed.push(`${peer.id}: ${JSON.stringify(peer.text)} (${countriesOf(peer).join(',') || 'no region'})`);
    }
  }
  return scores;
}
