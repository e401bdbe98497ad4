'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ScheduleDialog } from '@/components/article/schedule-dialog';
import { Button } from '@/components/ui/button';
import type { CalendarEntry } from '@/server/calendar/calendar.schema';

/** Moves a scheduled article from the calendar, through the same reschedule step as the article screen. */
export function RescheduleButton({ entry, timeZone }: { entry: CalendarEntry; timeZone: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="sm" variant="ghost" className="h-6 px-1.5 text-xs underline" aria-label={`Reschedule ${entry.headline}`} onClick={() => setOpen(true)}>
        Reschedule
      </Button>
      {open && (
        <ScheduleDialog
          article={entry}
          action="reschedule"
          timeZone={timeZone}
          onClose={() => setOpen(false)}
          onDone={() => {
            setOpen(false);
            router.refresh();
          }}
        />
      )}
    </>
  );
}
