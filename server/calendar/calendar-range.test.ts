import { describe, expect, it } from 'vitest';
import { newsroomDayOf } from '../text/newsroom-wall-time';
import { calendarRange } from './calendar-range';

describe('calendarRange', () => {
  it('shows a week Monday to Sunday around any day in it, midnight to midnight in the newsroom zone', () => {
    const range = calendarRange({ view: 'week', anchor: '2026-11-25', timeZone: 'Europe/Kyiv' });
    expect(range.days).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
    // Kyiv is UTC+2 in winter.
    expect(range.from).toEqual(new Date('2026-11-22T22:00:00Z'));
    expect(range.to).toEqual(new Date('2026-11-29T22:00:00Z'));
    expect([range.previous, range.next]).toEqual(['2026-11-18', '2026-12-02']);
    expect(calendarRange({ view: 'week', anchor: '2026-11-29', timeZone: 'UTC' }).days[0]).toBe('2026-11-23');
    expect(calendarRange({ view: 'week', anchor: '2026-11-23', timeZone: 'UTC' }).days[0]).toBe('2026-11-23');
  });

  it('shows a month in whole weeks, across a year end', () => {
    const range = calendarRange({ view: 'month', anchor: '2026-12-15', timeZone: 'UTC' });
    expect(range.days[0]).toBe('2026-11-30');
    expect(range.days.at(-1)).toBe('2027-01-03');
    expect(range.days).toHaveLength(35);
    expect([range.previous, range.next]).toEqual(['2026-11-15', '2027-01-15']);
  });

  it('moves a month from the 31st to the last day of a shorter month', () => {
    expect(calendarRange({ view: 'month', anchor: '2027-01-31', timeZone: 'UTC' }).next).toBe('2027-02-28');
    expect(calendarRange({ view: 'month', anchor: '2028-03-31', timeZone: 'UTC' }).previous).toBe('2028-02-29');
  });

  it('spans the real length of a week with a clock change in it', () => {
    // Kyiv goes to summer time on Sunday 29 March 2026: that week is one hour short.
    const spring = calendarRange({ view: 'week', anchor: '2026-03-25', timeZone: 'Europe/Kyiv' });
    expect(spring.to.getTime() - spring.from.getTime()).toBe((7 * 24 - 1) * 3_600_000);
    // And back on Sunday 25 October 2026: one hour long.
    const autumn = calendarRange({ view: 'week', anchor: '2026-10-21', timeZone: 'Europe/Kyiv' });
    expect(autumn.to.getTime() - autumn.from.getTime()).toBe((7 * 24 + 1) * 3_600_000);
  });
});

describe('newsroomDayOf', () => {
  it('names the day on the newsroom clock, not the UTC one', () => {
    expect(newsroomDayOf(new Date('2026-11-24T23:30:00Z'), 'Europe/Kyiv')).toBe('2026-11-25');
    expect(newsroomDayOf(new Date('2026-11-24T23:30:00Z'), 'UTC')).toBe('2026-11-24');
    expect(newsroomDayOf(new Date('2026-11-25T03:00:00Z'), 'America/New_York')).toBe('2026-11-24');
  });
});
