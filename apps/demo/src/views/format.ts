/** A calendar date `YYYY-MM-DD` as "14 March 2028". */
export function formatDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(d);
}

/** An instant in a person's zone: "20 April 2026, 00:00 (Europe/Berlin)". */
export function formatInstant(date: Date, timeZone: string): string {
  const text = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
  return `${text} (${timeZone})`;
}

/** An instant as a calendar day in a zone: "20 April 2026". */
export function formatDate(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** The calendar date `YYYY-MM-DD` of an instant in a zone. */
export function isoDay(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/** "3 years ago", "in 30 days": a rough distance from now, for orientation next to exact dates. */
export function relative(date: Date, now: Date): string {
  const days = Math.round((date.getTime() - now.getTime()) / 86_400_000);
  const abs = Math.abs(days);
  const text =
    abs === 0
      ? 'today'
      : abs < 60
        ? `${abs} day${abs === 1 ? '' : 's'}`
        : abs < 730
          ? `${Math.round(abs / 30.44)} months`
          : `${Math.round(abs / 365.25)} years`;
  if (abs === 0) return text;
  return days > 0 ? `in ${text}` : `${text} ago`;
}

/** snake_case to words: "learning_progress" -> "learning progress". */
export function words(key: string): string {
  return key.replaceAll('_', ' ');
}
