import { redact } from '@priv/redact';

/** Where log lines go (tests swap it to read them). */
export const logSink: { write: (line: string) => void } = { write: (line) => console.error(line) };

/** A log line with emails, phone and card numbers replaced by `@priv/redact` (its default, multi-country reading). */
export function redactLine(text: string): string {
  return redact(text).text;
}

/**
 * Logs an unexpected error without personal data: the error's name, its Postgres code if any, its
 * message through `@priv/redact`, and the stack's code locations. Never the SQL, its parameters
 * (`query`, `params`), a driver's `detail` (it quotes row values) or the request body.
 */
export function logError(where: string, error: unknown): void {
  const e = error instanceof Error ? (error as Error & { code?: unknown }) : undefined;
  const code = typeof e?.code === 'string' && /^[A-Z0-9_]{1,20}$/i.test(e.code) ? ` code=${e.code}` : '';
  const message = e ? e.message.slice(0, 500) : typeof error;
  const frames = (e?.stack ?? '')
    .split('\n')
    .filter((l) => /^\s+at /.test(l))
    .slice(0, 6)
    .map((l) => l.replace(/\(.*[\\/]([^\\/]+:\d+:\d+)\)/, '($1)'));
  logSink.write(
    redactLine(`priv demo: unexpected error in ${where}: ${e?.name ?? 'Error'}${code}: ${message}`) + (frames.length ? `\n${frames.join('\n')}` : ''),
  );
}
