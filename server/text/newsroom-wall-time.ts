import { TZDate } from '@date-fns/tz';
import { AppError } from '../errors';

/** A wall-clock time as a datetime-local input gives it: 2026-03-29T03:30 or 2026-03-29T03:30:15. */
export const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The instant a newsroom means by a wall-clock time in its time zone. A time that does not exist there
 * (skipped when clocks go forward) is refused rather than silently moved; a time that happens twice (when
 * clocks go back) is taken at its first occurrence, which the desk shows back in the confirmation.
 */
export function wallTimeToInstant(wallTime: string, timeZone: string): Date {
  const match = WALL_TIME.exec(wallTime);
  if (!match) throw new AppError('BAD_REQUEST', 'Enter a date and time.', { problems: ['Choose a publish time'] });
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  // Checked before the zone is asked: 31 February or 25:00 would otherwise roll over into another time.
  if (!isCalendarDay(year, month, day) || hour > 23 || minute > 59 || second > 59) {
    throw new AppError('BAD_REQUEST', `${wallTime.replace('T', ' ')} is not a date and time on the calendar. Choose another.`, {
      problems: ['Choose a real date and time'],
    });
  }
  const instant = new TZDate(year, month - 1, day, hour, minute, second, timeZone);
  const roundTrip = new TZDate(instant.getTime(), timeZone);
  if (roundTrip.getHours() !== hour || roundTrip.getMinutes() !== minute || roundTrip.getDate() !== day) {
    throw new AppError('BAD_REQUEST', `${wallTime.replace('T', ' ')} does not exist in ${timeZone}: the clocks skip it. Choose another time.`, {
      problems: ['Choose a time that exists in the newsroom’s time zone'],
    });
  }
  // When the clocks go back the same wall time happens twice, an hour apart; prefer the earlier one.
  const hourEarlier = new TZDate(instant.getTime() - 3_600_000, timeZone);
  const repeats = hourEarlier.getHours() === hour && hourEarlier.getMinutes() === minute && hourEarlier.getDate() === day;
  return new Date(repeats ? hourEarlier.getTime() : instant.getTime());
}

/** Whether a YYYY-MM-DD key names a real day: 2026-02-31 has the shape, but is no day. */
export function isCalendarDayKey(day: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return match !== null && isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Whether year-month-day names a real day (no 31 February, 29 February only in leap years). */
function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The other way: the wall-clock time (for a datetime-local input) of an instant in the newsroom's zone. */
export function instantToWallTime(instant: Date, timeZone: string): string {
  const zoned = new TZDate(instant.getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${zoned.getFullYear()}-${pad(zoned.getMonth() + 1)}-${pad(zoned.getDate())}T${pad(zoned.getHours())}:${pad(zoned.getMinutes())}:${pad(zoned.getSeconds())}`;
}

/** The newsroom's calendar day (2026-11-25) an instant falls on. */
export function newsroomDayOf(instant: Date, timeZone: string): string {
  return instantToWallTime(instant, timeZone).slice(0, 10);
}

/**
 * The instant a newsroom day (or the one `daysLater` after it) starts: its midnight in the zone, or the
 * first moment after it where the clocks skip midnight. Days are 23 or 25 hours long when the clocks change, so this comes from the zone.
 */
export function startOfNewsroomDay(day: string, timeZone: string, { daysLater = 0 } = {}): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(year, month - 1, date + daysLater, 0, 0, 0, timeZone).getTime());
}
