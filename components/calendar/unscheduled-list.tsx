import Link from 'next/link';
import { EmbargoBadge } from '@/components/article/embargo-badge';
import type { UnscheduledPiece } from '@/server/calendar/calendar.schema';
import { DRAG_TYPE } from './calendar-grid';

/** Approved pieces with no publish time yet: drag one onto a day to schedule it there. */
export function UnscheduledList({ pieces, timeZone }: { pieces: UnscheduledPiece[]; timeZone: string }) {
  return (
    <section aria-labelledby="unscheduled-heading" className="rounded-lg border border-line bg-paper p-3" data-testid="unscheduled">
      <h2 id="unscheduled-heading" className="text-sm font-semibold">
        Approved, not scheduled <span className="font-normal text-muted">({pieces.length})</span>
      </h2>
      <p className="mt-1 text-xs text-muted">Drag one onto a day to schedule it, or open it and use Schedule.</p>
      {pieces.length === 0 && <p className="mt-2 text-sm text-muted">Nothing is waiting to be scheduled.</p>}
      <ul className="mt-2 space-y-1.5">
        {pieces.map((piece) => (
          <li
            key={piece.id}
            draggable={piece.canSchedule}
            onDragStart={(event) => event.dataTransfer.setData(DRAG_TYPE, JSON.stringify({ kind: 'piece', id: piece.id }))}
            className={piece.canSchedule ? 'cursor-grab rounded border border-line p-1.5 text-xs shadow-sm' : 'rounded border border-dashed border-line p-1.5 text-xs'}
            data-testid="unscheduled-piece"
          >
            <Link href={`/desk/articles/${piece.id}`} className="font-medium hover:underline">
              {piece.headline || 'Untitled draft'}
            </Link>
            {piece.sectionName && <p className="text-muted">{piece.sectionName}</p>}
            <EmbargoBadge until={piece.embargoUntil} timeZone={timeZone} className="px-1.5 py-0 text-[0.65rem]" />
            {!piece.canSchedule && <p className="text-muted">Another editor must schedule it.</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
