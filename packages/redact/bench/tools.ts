import { OpenRedaction } from 'openredaction';
import { SyncRedactor } from 'redact-pii';
import { Redactor as RedactPiiNode } from '@redactpii/node';
import type { CountryCode } from 'libphonenumber-js/max';
import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import type { RedactionKind } from '@priv/schema';
import { redact } from '../src/index.js';

/** What a tool covered in one text: spans (start, end exclusive) per kind it reports, or `any`. */
export interface Coverage {
  readonly spans: readonly { start: number; end: number; kind: RedactionKind | 'any' }[];
}

/** A redactor under comparison. */
export interface Tool {
  readonly name: string;
  /** The kinds it claims to handle (a column shows "n/a" for the others). */
  readonly kinds: readonly RedactionKind[];
  /** Redacts one text; `countries` (when given) are the numbering plans a test case names. Tools without such an option ignore them. */
  run(text: string, countries?: readonly string[]): Coverage | Promise<Coverage>;
}

const MARK = '\u0000';

/**
 * Recovers which characters a text-only redactor replaced, from its output where every match became
 * one NUL character: the text between marks is matched back into the original.
 */
export function spansFromMarkedOutput(original: string, output: string): Coverage['spans'] {
  const parts = output.split(MARK);
  if (parts.length === 1) return [];
  const spans: { start: number; end: number; kind: 'any' }[] = [];
  let cursor = parts[0]!.length; // the first part is a prefix
  for (let k = 1; k < parts.length; k++) {
    const part = parts[k]!;
    const isLast = k === parts.length - 1;
    const at = isLast ? original.length - part.length : part === '' ? cursor + 1 : original.indexOf(part, cursor + 1);
    const end = at < 0 ? original.length : at;
    spans.push({ start: cursor, end, kind: 'any' });
    cursor = end + part.length;
  }
  return spans;
}

function kindOfOpenRedactionType(type: string): RedactionKind | undefined {
  const t = type.toUpperCase();
  if (t.includes('EMAIL')) return 'email';
  if (t.includes('CARD') || t.includes('PAN')) return 'card';
  if (t.includes('PHONE') || t.includes('MOBILE') || t.includes('TELEPHONE')) return 'phone';
  return undefined;
}

/** The tools of the side-by-side comparison. */
export function comparedTools(): Tool[] {
  const redactPii = new SyncRedactor({
    globalReplaceWith: MARK,
    builtInRedactors: {
      names: { enabled: false },
      streetAddress: { enabled: false },
      zipcode: { enabled: false },
      ipAddress: { enabled: false },
      usSocialSecurityNumber: { enabled: false },
      username: { enabled: false },
      password: { enabled: false },
      credentials: { enabled: false },
      digits: { enabled: false },
      url: { enabled: false },
    },
  });
  const redactPiiNode = new RedactPiiNode({ rules: { CREDIT_CARD: true, EMAIL: true, PHONE: true, NAME: false, SSN: false }, globalReplaceWith: MARK });
  const openRedaction = new OpenRedaction({ includeNames: false, includeAddresses: false, redactionMode: 'placeholder' });
  return [
    {
      name: '@priv/redact',
      kinds: ['email', 'phone', 'card'],
      run: (text, countries) => ({
        spans: redact(text, countries ? { countries: [...countries] } : {}).findings.map((f) => ({ start: f.start, end: f.end, kind: f.kind })),
      }),
    },
    {
      name: '@redactpii/node 1.0.17',
      kinds: ['email', 'phone', 'card'],
      run: (text) => ({ spans: spansFromMarkedOutput(text, redactPiiNode.redact(text)) }),
    },
    {
      name: 'redact-pii 3.4.0',
      kinds: ['email', 'phone', 'card'],
      run: (text) => ({ spans: spansFromMarkedOutput(text, redactPii.redact(text)) }),
    },
    {
      name: 'openredaction 1.1.5',
      kinds: ['email', 'phone', 'card'],
      run: async (text) => {
        const result = await openRedaction.detect(text);
        const spans = [];
        for (const d of result.detections) {
          const kind = kindOfOpenRedactionType(d.type);
          if (kind) spans.push({ start: d.position[0], end: d.position[1], kind });
        }
        return { spans };
      },
    },
    {
      name: 'libphonenumber-js findPhoneNumbersInText',
      kinds: ['phone'],
      run: (text, countries) => ({
        spans: findPhoneNumbersInText(text, (countries?.[0] ?? 'US') as CountryCode).map((m) => ({ start: m.startsAt, end: m.endsAt, kind: 'phone' as const })),
      }),
    },
  ];
}
