'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ErrorBox } from '@/components/article/error-box';
import { ScheduleDialog } from '@/components/article/schedule-dialog';
import { describeError, type DescribedError } from '@/components/desk/error-message';
import { useTRPC } from '@/components/providers/trpc';
import type { Calendar, UnscheduledPiece } from '@/server/calendar/calendar.schema';
import { instantToWallTime, wallTimeToInstant } from '@/server/text/newsroom-wall-time';
import { CalendarGrid, type DragPayload } from './calendar-grid';
import { UnscheduledList } from './unscheduled-list';

/** When a piece dropped on a day is proposed to go live, on the newsroom's clock (the dialog lets it change). */
const DEFAULT_TIME = '09:00:00';

/**
 * The calendar with drag and drop: a scheduled piece dropped on another day moves there at the same time
 * of day (its take-down time moves with it), through the reschedule step; an approved piece dropped from
 * the list opens the schedule dialog on that day. The Reschedule buttons stay as the keyboard way.
 */
export function CalendarBoard({ calendar, caption }: { calendar: Calendar; caption: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<DescribedError | null>(null);
  const [scheduling, setScheduling] = useState<{ piece: UnscheduledPiece; publishAt: Date } | null>(null);
  const reschedule = useMutation(
    trpc.article.reschedule.mutationOptions({
      onSuccess: () => router.refresh(),
      onError: (caught) => setError(describeError(caught)),
    }),
  );
  const { timeZone } = calendar;

  function drop(day: string, payload: DragPayload) {
    setError(null);
    if (payload.kind === 'piece') {
      const piece = calendar.unscheduled.find((candidate) => candidate.id === payload.id);
      if (piece) setScheduling({ piece, publishAt: wallTimeToInstant(`${day}T${DEFAULT_TIME}`, timeZone) });
      return;
    }
    const entry = calendar.entries.find((candidate) => candidate.id === payload.id);
    if (!entry?.publishAt || entry.day === day) return;
    const publishAt = `${day}T${instantToWallTime(entry.publishAt, timeZone).slice(11)}`;
    const shift = wallTimeToInstant(publishAt, timeZone).getTime() - entry.publishAt.getTime();
    const unpublishAt = entry.unpublishAt ? instantToWallTime(new Date(entry.unpublishAt.getTime() + shift), timeZone) : undefined;
    reschedule.mutate({ id: entry.id, expectedVersion: entry.version, publishAt, unpublishAt });
  }

  return (
    <div className="grid gap-5 xl:grid-cols-[minmax(0,1fr)_16rem]">
      <div className="min-w-0">
        {error && <ErrorBox error={error} />}
        {reschedule.isPending && (
          <p role="status" className="text-sm text-muted">
            Moving…
          </p>
        )}
        <CalendarGrid calendar={calendar} caption={caption} onDrop={drop} />
      </div>
      <UnscheduledList pieces={calendar.unscheduled} timeZone={timeZone} />
      {scheduling && (
        <ScheduleDialog
          article={{ ...scheduling.piece, publishAt: scheduling.publishAt, unpublishAt: null }}
          action="schedule"
          timeZone={timeZone}
          onClose={() => setScheduling(null)}
          onDone={() => {
            setScheduling(null);
            router.refresh();
          }}
        />
      )}
    </div>
  );
}
