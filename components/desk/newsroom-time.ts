/**
 * Desk times are shown on the newsroom's clock (an admin setting), whatever the browser's zone, so a
 * remote editor and the night desk read "09:00" the same way the scheduler means it.
 */
export function newsroomTimeFormat(timeZone: string, style: 'date-time' | 'time' = 'date-time'): (date: Date) => string {
  const format = new Intl.DateTimeFormat(
    'en-GB',
    style === 'time' ? { hour: '2-digit', minute: '2-digit', timeZone } : { dateStyle: 'medium', timeStyle: 'short', timeZone },
  );
  return (date) => format.format(date);
}
