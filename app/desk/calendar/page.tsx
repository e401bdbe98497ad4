import type { Metadata } from 'next';
import Link from 'next/link';
import { CalendarBoard } from '@/components/calendar/calendar-board';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { Label } from '@/components/ui/label';
import { selectClassName } from '@/components/ui/select-class-name';
import { serverCaller } from '@/server/api/server-caller';
import { calendarInputSchema, type Calendar } from '@/server/calendar/calendar.schema';

export const metadata: Metadata = { title: 'Calendar' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const monthTitle = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayTitle = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

export default async function CalendarPage({ searchParams }: Props) {
  const params = await searchParams;
  const single = (value: string | string[] | undefined) => (typeof value === 'string' && value !== '' ? value : undefined);
  // A hand-edited address falls back to this week rather than an error page.
  const parsed = calendarInputSchema.safeParse({ view: single(params.view), day: single(params.day), sectionId: single(params.section) });
  const api = await serverCaller();
  const calendar = await api.calendar.get(parsed.success ? parsed.data : {});
  const title =
    calendar.view === 'month'
      ? monthTitle.format(asDate(calendar.anchor))
      : `${dayTitle.format(asDate(calendar.days[0] ?? calendar.anchor))} – ${dayTitle.format(asDate(calendar.days.at(-1) ?? calendar.anchor))}`;

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Calendar</h1>
          <p className="text-sm text-muted">Scheduled and published articles, on {calendar.timeZone} time. Drag a scheduled piece to another day to move it.</p>
        </div>
        <form method="get" className="flex items-end gap-2">
          <input type="hidden" name="view" value={calendar.view} />
          <input type="hidden" name="day" value={calendar.anchor} />
          <div className="space-y-1">
            <Label htmlFor="calendar-section">Section</Label>
            <select id="calendar-section" name="section" defaultValue={calendar.sectionId ?? ''} className={cn(selectClassName, 'w-48')}>
              <option value="">All sections</option>
              {calendar.sections.map((section) => (
                <option key={section.id} value={section.id}>
                  {section.name}
                </option>
              ))}
            </select>
          </div>
          <Button type="submit" variant="secondary">
            Show
          </Button>
        </form>
      </div>
      <nav aria-label="Calendar" className="flex flex-wrap items-center gap-2">
        <Button asChild variant="secondary" size="sm">
          <Link href={calendarHref(calendar, { day: calendar.previous })}>← Previous {calendar.view}</Link>
        </Button>
        <Button asChild variant="secondary" size="sm">
          <Link href={calendarHref(calendar, { day: calendar.today })}>Today</Link>
        </Button>
        <Button asChild variant="secondary" size="sm">
          <Link href={calendarHref(calendar, { day: calendar.next })}>Next {calendar.view} →</Link>
        </Button>
        <h2 className="ml-2 text-lg font-semibold" aria-live="polite">
          {title}
        </h2>
        <div className="ml-auto flex gap-1" role="group" aria-label="View">
          {(['week', 'month'] as const).map((view) => (
            <Button key={view} asChild size="sm" variant={calendar.view === view ? 'primary' : 'secondary'}>
              <Link href={calendarHref(calendar, { view })} aria-current={calendar.view === view ? 'page' : undefined}>
                {view === 'week' ? 'Week' : 'Month'}
              </Link>
            </Button>
          ))}
        </div>
      </nav>
      <CalendarBoard calendar={calendar} caption={`Articles, ${title}`} />
    </div>
  );
}

/** The calendar's address with some of its settings changed; the section filter is kept. */
function calendarHref(calendar: Calendar, change: { view?: Calendar['view']; day?: string }): string {
  const params = new URLSearchParams({ view: change.view ?? calendar.view, day: change.day ?? calendar.anchor });
  if (calendar.sectionId) params.set('section', calendar.sectionId);
  return `/desk/calendar?${params.toString()}`;
}
