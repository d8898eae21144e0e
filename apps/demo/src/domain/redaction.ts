import { DEFAULT_PHONE_COUNTRIES, redact, redactOptionsFor, RedactOptionsError, type RedactOptions, type RedactResult } from '@priv/redact';
import type { PrivacyManifest } from '@priv/schema';

export type { RedactResult };

/** One thing `@priv/redact` found and replaced: its kind, where it was in the original, and the placeholder sent instead. */
export type RedactFinding = RedactResult['findings'][number];

/**
 * The options the policy implies for its AI recipient (`redactOptionsFor`: seed 000's Gemini gets
 * email, phone and card), else every kind the package knows. Phones are read with `@priv/redact`'s
 * default countries; for a signed-in account its own country is put first (it decides a number that
 * two plans could read), never instead of the others: a student in GB who pastes a US number still
 * has it removed. Signed out, the default applies as it is (the demo never guesses a country).
 */
export function tutorRedactOptions(manifest: PrivacyManifest, country: string | undefined): RedactOptions {
  const recipient = manifest.redaction?.before[0];
  const base: RedactOptions = redactOptionsFor(manifest, recipient) ?? {};
  const iso = country?.slice(0, 2);
  if (!iso || !/^[A-Z]{2}$/.test(iso)) return base;
  return { ...base, countries: [iso, ...DEFAULT_PHONE_COUNTRIES.filter((c) => c !== iso)] };
}

/** Redacts a chat message as the tutor would before sending it; a country without a phone plan is dropped, not fatal. */
export function redactForTutor(manifest: PrivacyManifest, country: string | undefined, message: string): RedactResult {
  const options = tutorRedactOptions(manifest, country);
  try {
    return redact(message, options);
  } catch (error) {
    if (error instanceof RedactOptionsError && options.countries) {
      const { countries: _ignored, ...rest } = options;
      return redact(message, rest);
    }
    throw error;
  }
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
