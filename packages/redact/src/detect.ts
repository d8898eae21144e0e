import { findCards } from './find-cards.js';
import { findEmails } from './find-emails.js';
import { findPhonesInScan } from './find-phones.js';
import type { Detection } from './finding.js';
import type { ResolvedRedactOptions } from './options.js';
import { scanText } from './scan-text.js';

/** Which kind wins when two detections overlap: an email holds digits, a card can read as a phone. */
const PRIORITY = { email: 0, card: 1, phone: 2 } as const;

/**
 * Runs the detectors the options ask for and returns their detections in text order, without
 * overlaps (the earlier one wins; at the same start, email before card before phone).
 */
export function detect(text: string, options: ResolvedRedactOptions): Detection[] {
  const all: Detection[] = [];
  // Digits of other scripts read as ASCII, at the same offsets: one copy for both number detectors.
  const scan = options.kinds.has('card') || options.kinds.has('phone') ? scanText(text) : text;
  if (options.kinds.has('email')) all.push(...findEmails(text));
  if (options.kinds.has('card')) all.push(...findCards(scan));
  if (options.kinds.has('phone')) {
    const taken = [...all].sort((a, b) => a.start - b.start);
    all.push(...findPhonesInScan(scan, options.countries, taken));
  }
  all.sort((a, b) => a.start - b.start || PRIORITY[a.kind] - PRIORITY[b.kind] || b.end - a.end);
  const kept: Detection[] = [];
  let reached = 0;
  for (const detection of all) {
    if (detection.start < reached) {
      // Overlap: widen the kept one so that no character of either value leaks.
      const last = kept[kept.length - 1]!;
      if (detection.end > last.end) kept[kept.length - 1] = { ...last, end: detection.end };
      reached = Math.max(reached, detection.end);
      continue;
    }
    kept.push(detection);
    reached = detection.end;
  }
  return kept;
}
