import { describe, expect, it } from 'vitest';
import { formatNewsroomTime, newsroomTimeFormat } from './newsroom-time';

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
