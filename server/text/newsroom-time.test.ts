import { describe, expect, it } from 'vitest';
import { formatNewsroomTime, newsroomClock, newsroomInstantOrText, newsroomTimeFormat } from './newsroom-time';

describe('formatNewsroomTime', () => {
  it('prints the fixture article time in Kyiv summer time (UTC+3)', () => {
    expect(formatNewsroomTime(new Date('2024-10-15T01:58:00Z'), 'Europe/Kyiv')).toBe('Tuesday, 15 October 2024, 04:58');
  });

  it('follows the zone across the end of daylight saving (UTC+2 in winter)', () => {
    expect(formatNewsroomTime(new Date('2024-11-05T01:58:00Z'), 'Europe/Kyiv')).toBe('Tuesday, 5 November 2024, 03:58');
  });
});

describe('newsroomTimeFormat', () => {
  it('shows desk times on the newsroom clock, not the machine’s', () => {
    expect(newsroomTimeFormat('Europe/Kyiv')(new Date('2026-11-25T07:00:00Z'))).toBe('25 Nov 2026, 09:00');
    expect(newsroomTimeFormat('America/New_York')(new Date('2026-11-25T07:00:00Z'))).toBe('25 Nov 2026, 02:00');
  });
});

describe('newsroomClock', () => {
  const instant = new Date('2026-11-25T06:52:00Z');

  it('gives every form on the newsroom clock, whatever zone the machine runs in', () => {
    const kyiv = newsroomClock('Europe/Kyiv');
    expect(kyiv.time(instant)).toBe('08:52');
    expect(kyiv.dateTime(instant)).toBe('25 Nov 2026, 08:52');
    expect(kyiv.long(instant)).toBe('Wednesday, 25 November 2026, 08:52');
    expect(kyiv.dateTimeWithZone(instant)).toBe('25 Nov 2026, 08:52 (Europe/Kyiv)');
    expect(newsroomClock('America/New_York').time(instant)).toBe('01:52');
  });

  it('writes midnight as 00:00, not 24:00', () => {
    expect(newsroomClock('UTC').time(new Date('2026-11-25T00:05:00Z'))).toBe('00:05');
  });

  it('is made once per zone', () => {
    expect(newsroomClock('Europe/Kyiv')).toBe(newsroomClock('Europe/Kyiv'));
  });
});

describe('newsroomInstantOrText', () => {
  it('puts stored instants on the newsroom clock and leaves other text alone', () => {
    expect(newsroomInstantOrText('2026-11-25T06:52:00.000Z', 'Europe/Kyiv')).toBe('25 Nov 2026, 08:52');
    expect(newsroomInstantOrText('EDITOR', 'Europe/Kyiv')).toBe('EDITOR');
    expect(newsroomInstantOrText('2026-11-25', 'Europe/Kyiv')).toBe('2026-11-25');
  });
});
