import { startOfNewsroomDay } from '../text/newsroom-wall-time';

export type CalendarView = 'week' | 'month';

export type CalendarRange = {
  view: CalendarView;
  /** The day the view was asked for (it stays selected when switching views). */
  anchor: string;
  /** Every day shown, Monday first, in whole weeks. */
  days: string[];
  /** The first shown day's midnight and the midnight after the last, as instants: [from, to). */
  from: Date;
  to: Date;
  /** Where the previous and next buttons go. */
  previous: string;
  next: string;
};

/**
 * The days a week or month view shows around a day, and the instants they span in the newsroom's zone
 * (a day is 23 or 25 hours long when the clocks change, so the instants come from the zone, not from
 * adding 24 hours).
 */
export function calendarRange({ view, anchor, timeZone }: { view: CalendarView; anchor: string; timeZone: string }): CalendarRange {
  const first = view === 'week' ? mondayOf(anchor) : mondayOf(`${anchor.slice(0, 7)}-01`);
  const last = view === 'week' ? addDays(first, 6) : sundayOf(lastDayOfMonth(anchor));
  const days: string[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day);
  return {
    view,
    anchor,
    days,
    from: startOfNewsroomDay(first, timeZone),
    to: startOfNewsroomDay(last, timeZone, { daysLater: 1 }),
    previous: view === 'week' ? addDays(anchor, -7) : addMonths(anchor, -1),
    next: view === 'week' ? addDays(anchor, 7) : addMonths(anchor, 1),
  };
}


// Calendar arithmetic on day names needs no zone: it is done on UTC dates, which have no clock changes.
function parts(day: string): [number, number, number] {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return [year, month, date];
}
function toKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}
function addDays(day: string, count: number): string {
  const [year, month, date] = parts(day);
  return toKey(new Date(Date.UTC(year, month - 1, date + count)));
}
function addMonths(day: string, count: number): string {
  const [year, month, date] = parts(day);
  // 31 January plus a month is the last day of February, not 3 March.
  const lastDay = new Date(Date.UTC(year, month - 1 + count + 1, 0)).getUTCDate();
  return toKey(new Date(Date.UTC(year, month - 1 + count, Math.min(date, lastDay))));
}
function mondayOf(day: string): string {
  const [year, month, date] = parts(day);
  const weekday = (new Date(Date.UTC(year, month - 1, date)).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(day, -weekday);
}
function sundayOf(day: string): string {
  return addDays(mondayOf(day), 6);
}
function lastDayOfMonth(day: string): string {
  const [year, month] = parts(day);
  return toKey(new Date(Date.UTC(year, month, 0)));
}
