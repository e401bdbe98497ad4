import { describe, expect, it } from 'vitest';
import { instantToWallTime, isCalendarDayKey, wallTimeToInstant } from './newsroom-wall-time';

const KYIV = 'Europe/Kyiv';

describe('newsroom wall-clock times (Europe/Kyiv: UTC+2 in winter, UTC+3 in summer)', () => {
  it('stores a summer time as UTC, three hours earlier', () => {
    expect(wallTimeToInstant('2024-10-15T04:58', KYIV).toISOString()).toBe('2024-10-15T01:58:00.000Z');
  });

  it('stores a winter time as UTC, two hours earlier, with seconds', () => {
    expect(wallTimeToInstant('2026-12-01T08:00:30', KYIV).toISOString()).toBe('2026-12-01T06:00:30.000Z');
  });

  it('refuses a time skipped when the clocks go forward (29 March 2026, 03:00 → 04:00)', () => {
    expect(() => wallTimeToInstant('2026-03-29T03:30', KYIV)).toThrow('2026-03-29 03:30 does not exist in Europe/Kyiv');
    expect(wallTimeToInstant('2026-03-29T02:59', KYIV).toISOString()).toBe('2026-03-29T00:59:00.000Z');
    expect(wallTimeToInstant('2026-03-29T04:00', KYIV).toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });

  it('takes a time that happens twice when the clocks go back (25 October 2026, 03:00 → 04:00 twice) at its first occurrence', () => {
    const first = wallTimeToInstant('2026-10-25T03:30', KYIV);
    expect(first.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(instantToWallTime(first, KYIV)).toBe('2026-10-25T03:30:00');
    expect(instantToWallTime(new Date('2026-10-25T01:30:00Z'), KYIV)).toBe('2026-10-25T03:30:00');
  });

  it('refuses what is not a date and time', () => {
    expect(() => wallTimeToInstant('tomorrow at nine', KYIV)).toThrow('Enter a date and time.');
  });

  it.each(['2026-02-31T10:00', '2026-02-29T10:00', '2026-13-01T10:00', '2026-00-10T10:00', '2026-04-31T10:00', '2026-05-01T24:00', '2026-05-01T10:60', '2026-05-01T10:00:60'])(
    'refuses an impossible calendar day or clock time, %s, rather than rolling it over',
    (wallTime) => {
      expect(() => wallTimeToInstant(wallTime, KYIV)).toThrow('is not a date and time on the calendar');
    },
  );

  it('knows real days: leap years, month lengths', () => {
    for (const day of ['2028-02-29', '2026-01-31', '2026-12-31', '2000-02-29']) expect(isCalendarDayKey(day)).toBe(true);
    for (const day of ['2026-02-29', '1900-02-29', '2026-06-31', '2026-1-01', '9999-99-99', '']) expect(isCalendarDayKey(day)).toBe(false);
    expect(wallTimeToInstant('2028-02-29T12:00', KYIV).toISOString()).toBe('2028-02-29T10:00:00.000Z');
  });

  it('round-trips through the desk input format', () => {
    const instant = new Date('2026-07-01T09:15:00Z');
    expect(wallTimeToInstant(instantToWallTime(instant, KYIV), KYIV)).toEqual(instant);
  });
});
