'use client';

import Link from 'next/link';
import { useState } from 'react';
import { EmbargoBadge } from '@/components/article/embargo-badge';
import { StateBadge } from '@/components/article/state-badge';
import { cn } from '@/components/ui/cn';
import type { Calendar, CalendarEntry } from '@/server/calendar/calendar.schema';
import { RescheduleButton } from './reschedule-button';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
// Day names carry no zone: they are formatted as UTC dates so no browser or server zone shifts them.
const dayNumber = new Intl.DateTimeFormat('en-GB', { day: 'numeric', timeZone: 'UTC' });
const dayAndMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const fullDay = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** What is being dragged: a scheduled entry, or an approved piece from the side list. */
export type DragPayload = { kind: 'entry' | 'piece'; id: string };
export const DRAG_TYPE = 'application/x-masthead-article';

function readPayload(data: DataTransfer): DragPayload | null {
  try {
    const parsed = JSON.parse(data.getData(DRAG_TYPE)) as Partial<DragPayload>;
    return (parsed.kind === 'entry' || parsed.kind === 'piece') && typeof parsed.id === 'string' ? { kind: parsed.kind, id: parsed.id } : null;
  } catch {
    return null;
  }
}

/** Weeks as rows, Monday first; each day lists its articles in time order, and takes dropped ones. */
export function CalendarGrid({
  calendar,
  caption,
  onDrop,
}: {
  calendar: Calendar;
  caption: string;
  onDrop?: (day: string, payload: DragPayload) => void;
}) {
  const [over, setOver] = useState<string | null>(null);
  const byDay = new Map<string, CalendarEntry[]>();
  for (const entry of calendar.entries) byDay.set(entry.day, [...(byDay.get(entry.day) ?? []), entry]);
  const weeks = Array.from({ length: calendar.days.length / 7 }, (_, week) => calendar.days.slice(week * 7, week * 7 + 7));
  const month = calendar.anchor.slice(0, 7);
  return (
    // On phones (stack-table) the weeks become one list of days, each named in full.
    <table className="stack-table w-full table-fixed border-collapse text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {WEEKDAYS.map((weekday) => (
            <th key={weekday} scope="col" className="pb-2 text-left text-xs font-medium uppercase text-muted">
              {weekday.slice(0, 3)}
              <span className="sr-only">{weekday.slice(3)}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]}>
            {week.map((day) => {
              const outside = calendar.view === 'month' && !day.startsWith(month);
              const isToday = day === calendar.today;
              return (
                <td
                  key={day}
                  data-day={day}
                  aria-label={fullDay.format(asDate(day))}
                  className={cn(
                    'border border-line p-1.5 align-top',
                    calendar.view === 'week' ? 'md:h-64' : 'md:h-32',
                    outside ? 'bg-wash/60' : 'bg-paper',
                    over === day && 'bg-accent/10 outline outline-2 outline-accent',
                  )}
                  onDragOver={(event) => {
                    if (!onDrop || !event.dataTransfer.types.includes(DRAG_TYPE)) return;
                    event.preventDefault(); // accepts the drop
                    setOver(day);
                  }}
                  onDragLeave={() => setOver((current) => (current === day ? null : current))}
                  onDrop={(event) => {
                    event.preventDefault();
                    setOver(null);
                    const payload = readPayload(event.dataTransfer);
                    if (payload && onDrop) onDrop(day, payload);
                  }}
                >
                  <p className={cn('mb-1 text-xs', outside && 'text-muted', isToday && 'font-bold text-accent')} aria-current={isToday ? 'date' : undefined}>
                    <span className="md:hidden">{fullDay.format(asDate(day))}</span>
                    <span className="hidden md:inline">
                      {day.endsWith('-01') || calendar.view === 'week' ? dayAndMonth.format(asDate(day)) : dayNumber.format(asDate(day))}
                    </span>
                    {isToday && ' · Today'}
                  </p>
                  <ul className="space-y-1">
                    {(byDay.get(day) ?? []).map((entry) => (
                      <CalendarItem key={entry.id} entry={entry} timeZone={calendar.timeZone} />
                    ))}
                  </ul>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CalendarItem({ entry, timeZone }: { entry: CalendarEntry; timeZone: string }) {
  return (
    <li
      className={cn('rounded border border-line bg-paper p-1.5 text-xs shadow-sm', entry.canReschedule && 'cursor-grab')}
      data-testid="calendar-entry"
      draggable={entry.canReschedule}
      onDragStart={(event) => event.dataTransfer.setData(DRAG_TYPE, JSON.stringify({ kind: 'entry', id: entry.id }))}
    >
      <div className="flex items-center gap-1">
        <time dateTime={entry.at.toISOString()} className="font-semibold tabular-nums">
          {entry.time}
        </time>
        <StateBadge state={entry.state} className="px-1.5 py-0 text-[0.65rem]" />
      </div>
      <EmbargoBadge until={entry.embargoUntil} timeZone={timeZone} className="mt-0.5 px-1.5 py-0 text-[0.65rem]" />
      <Link href={`/desk/articles/${entry.id}`} className="mt-0.5 block font-medium leading-snug hover:underline">
        {entry.headline || 'Untitled draft'}
      </Link>
      {entry.sectionName && <p className="text-muted">{entry.sectionName}</p>}
      {entry.canReschedule && <RescheduleButton entry={entry} timeZone={timeZone} />}
    </li>
  );
}
