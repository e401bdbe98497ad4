'use client';

import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/components/providers/trpc';
import { newsroomClock } from '@/server/text/newsroom-time';

/** Formats times on the newsroom's clock (as every desk screen does); "…" until the zone is known. */
export function useNewsroomTime(): (date: Date | null, empty?: string) => string {
  const newsroom = useQuery(useTRPC().settings.newsroom.queryOptions());
  return (date, empty = '—') => {
    if (!date) return empty;
    return newsroom.data ? newsroomClock(newsroom.data.timeZone).dateTime(date) : '…';
  };
}
