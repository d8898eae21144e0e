import * as redactModule from '@priv/redact';
import type { PrivacyManifest } from '@priv/schema';

/** One thing `@priv/redact` found and replaced: its kind, where it was in the original, and the placeholder sent instead. */
export interface RedactFinding {
  readonly kind: string;
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
}

/** What `redact(text, options)` returns: the text to send, and the findings. */
export interface RedactResult {
  readonly text: string;
  readonly findings: readonly RedactFinding[];
}

/** The shape of `redact` the demo calls. */
export type RedactFn = (text: string, options?: Record<string, unknown>) => RedactResult;

/**
 * `redact` from `@priv/redact`, looked up at run time: the package is written alongside the demo,
 * so the page says plainly when this build of it has no `redact` yet instead of failing to start.
 */
export function redactFunction(): RedactFn | undefined {
  const fn = (redactModule as Record<string, unknown>).redact;
  return typeof fn === 'function' ? (fn as RedactFn) : undefined;
}

/** The options the policy implies: its `redaction.kinds` (seed 000: email, phone, card), else the package's defaults. */
export function redactOptions(manifest: PrivacyManifest): Record<string, unknown> {
  return manifest.redaction ? { kinds: [...manifest.redaction.kinds] } : {};
}

/** Splits text into plain parts and parts equal to one of `needles` (to highlight placeholders). */
export function splitOn(text: string, needles: readonly string[]): { text: string; hit: boolean }[] {
  const set = [...new Set(needles.filter((n) => n.length > 0))].sort((a, b) => b.length - a.length);
  if (set.length === 0) return [{ text, hit: false }];
  const out: { text: string; hit: boolean }[] = [];
  let i = 0;
  let plain = '';
  while (i < text.length) {
    const match = set.find((n) => text.startsWith(n, i));
    if (match) {
      if (plain) out.push({ text: plain, hit: false });
      plain = '';
      out.push({ text: match, hit: true });
      i += match.length;
    } else {
      plain += text[i];
      i += 1;
    }
  }
  if (plain) out.push({ text: plain, hit: false });
  return out;
}

/** Splits the original text at the findings' ranges (to highlight what was found). */
export function splitAtFindings(text: string, findings: readonly RedactFinding[]): { text: string; kind?: string }[] {
  const sorted = [...findings].filter((f) => f.start >= 0 && f.end <= text.length && f.start < f.end).sort((a, b) => a.start - b.start);
  const out: { text: string; kind?: string }[] = [];
  let at = 0;
  for (const f of sorted) {
    if (f.start < at) continue;
    if (f.start > at) out.push({ text: text.slice(at, f.start) });
    out.push({ text: text.slice(f.start, f.end), kind: f.kind });
    at = f.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}
