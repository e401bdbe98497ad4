import { FoldingPanel } from './folding-panel';
import { ACTION_LABELS, STATE_LABELS, type ArticleState, type WorkflowAction } from '@/server/workflow/states';

type Event = {
  id: string;
  action: string;
  actorName: string;
  fromState: ArticleState | null;
  toState: ArticleState | null;
  comment: string | null;
  createdAt: Date;
};

const OTHER_LABELS: Record<string, string> = {
  create: 'Started the article',
  correct: 'Corrected the live article',
  bylineChange: 'Changed the byline',
  returnToReview: 'Edited after approval',
  seed: 'Imported',
  comment: 'Commented',
  resolveComment: 'Resolved a comment',
  reopenComment: 'Reopened a comment',
  restoreRevision: 'Restored an earlier revision',
  createPreviewLink: 'Made a preview link',
  revokePreviewLink: 'Revoked a preview link',
  revokeAllPreviewLinks: 'Revoked all preview links',
};

function labelOf(action: string): string {
  return OTHER_LABELS[action] ?? ACTION_LABELS[action as WorkflowAction] ?? action;
}

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
