import { FoldingPanel } from './folding-panel';
import { auditActionLabel } from '@/server/admin/audit-labels';
import { STATE_LABELS, type ArticleState } from '@/server/workflow/states';

type Event = {
  id: string;
  action: string;
  actorName: string;
  fromState: ArticleState | null;
  toState: ArticleState | null;
  comment: string | null;
  createdAt: Date;
};


const labelOf = auditActionLabel;

/** Every workflow step on the article, oldest first, with who, when, and any comment. */
export function Timeline({ events, formatTime }: { events: Event[]; formatTime: (date: Date) => string }) {
  return (
    <FoldingPanel id="timeline" title="Timeline">
      <ol className="mt-3 space-y-3" data-testid="timeline">
        {events.map((event) => (
          <li key={event.id} className="border-l-2 border-line pl-3 text-sm">
            <p>
              <span className="font-medium">{labelOf(event.action)}</span>
              {event.toState && <span className="text-muted"> → {STATE_LABELS[event.toState]}</span>}
            </p>
            <p className="text-xs text-muted">
              {event.actorName} · <time dateTime={event.createdAt.toISOString()}>{formatTime(event.createdAt)}</time>
            </p>
            {event.comment && <p className="mt-1 rounded bg-wash px-2 py-1">“{event.comment}”</p>}
          </li>
        ))}
      </ol>
    </FoldingPanel>
  );
}
