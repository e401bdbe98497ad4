import { describe, expect, it } from 'vitest';
import { formatNewsroomTime } from './newsroom-time';

describe('formatNewsroomTime', () => {
  it('prints the fixture article time in Kyiv summer time (UTC+3)', () => {
    expect(formatNewsroomTime(new Date('2024-10-15T01:58:00Z'), 'Europe/Kyiv')).toBe('Tuesday, 15 October 2024, 04:58');
  });

  it('follows the zone across the end of daylight saving (UTC+2 in winter)', () => {
    expect(formatNewsroomTime(new Date('2024-11-05T01:58:00Z'), 'Europe/Kyiv')).toBe('Tuesday, 5 November 2024, 03:58');
  });
});
