import { newsroomClock } from '@/server/text/newsroom-time';
import { embargoLabel } from '@/server/workflow/embargo';
import { cn } from '@/components/ui/cn';

/**
 * "Embargoed until 27 Nov 2026, 13:00" on the newsroom clock, wherever the desk shows an article (its
 * screen, the lists and dashboard, the calendar), while the embargo holds; nothing otherwise.
 */
export function EmbargoBadge({ until, timeZone, className }: { until: Date | null; timeZone: string; className?: string }) {
  const label = embargoLabel(newsroomClock(timeZone), until, new Date());
  if (!label) return null;
  return (
    <span data-testid="embargo-label" className={cn('inline-flex items-center rounded-full bg-purple-100 px-2.5 py-0.5 text-xs font-semibold text-purple-900', className)}>
      {label}
    </span>
  );
}
