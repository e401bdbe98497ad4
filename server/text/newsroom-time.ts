/** "Tuesday, 15 October 2024, 04:58" in the newsroom's time zone, as newsrooms print it. */
export function formatNewsroomTime(date: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')}, ${part('day')} ${part('month')} ${part('year')}, ${part('hour')}:${part('minute')}`;
}

/**
 * The desk's compact form (25 Nov 2026, 09:00), on the newsroom's clock whatever the browser's zone, so a
 * remote editor and the night desk read "09:00" the way the scheduler means it.
 */
export function newsroomTimeFormat(timeZone: string): (date: Date) => string {
  const format = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone });
  return (date) => format.format(date);
}
