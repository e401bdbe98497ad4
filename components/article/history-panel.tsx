'use client';

import { FoldingPanel } from './folding-panel';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '@/components/desk/error-message';
import { useTRPC } from '@/components/providers/trpc';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ErrorBox } from './error-box';
import { WordDiff } from './word-diff';

const REASONS: Record<string, string> = {
  edit: 'Edited',
  restore: 'Restored',
  'conflict-copy': 'Copy kept after a conflict',
  snapshot: 'Text as it stood',
};

/** The steps a revision's text went through, so the desk can tell what was approved and what went live. */
const STEP_LABELS: Record<string, string> = {
  submit: 'Submitted',
  approve: 'Approved',
  schedule: 'Scheduled',
  reschedule: 'Rescheduled',
  publish: 'Published',
  republish: 'Republished',
  publishScheduled: 'Published',
  submitUpdate: 'Update submitted',
  publishUpdate: 'Update published',
};

/** Revisions with author and time; compare any two word by word; restore one (as a new revision). */
export function HistoryPanel({
  articleId,
  version,
  canRestore,
  formatTime,
}: {
  articleId: string;
  version: number;
  canRestore: boolean;
  formatTime: (date: Date) => string;
}) {
  const trpc = useTRPC();
  const revisions = useQuery(trpc.article.revisions.queryOptions({ id: articleId }));
  const [compare, setCompare] = useState<{ fromId: string; toId: string } | null>(null);
  const diff = useQuery({
    ...trpc.article.diffRevisions.queryOptions({ id: articleId, fromId: compare?.fromId ?? '', toId: compare?.toId ?? '' }),
    enabled: compare !== null,
  });
  // The restored content replaces what is on screen: reload the screen from the server.
  const restore = useMutation(trpc.article.restoreRevision.mutationOptions({ onSuccess: () => window.location.reload() }));
  const rows = revisions.data ?? [];
  const latest = rows[0];

  return (
    <FoldingPanel id="history" title="History">
      {rows.length === 0 && <p className="mt-2 text-sm text-muted">No saved revisions yet.</p>}
      <ol className="mt-3 space-y-2" data-testid="revisions">
        {rows.map((revision, index) => (
          <li key={revision.id} className="text-sm">
            <p>
              {REASONS[revision.reason] ?? revision.reason} by {revision.authorName}
              {revision.wentLive && <span className="ml-2 rounded bg-accent/10 px-1.5 py-0.5 text-xs font-medium text-accent">Live version</span>}
            </p>
            <p className="text-xs text-muted">{formatTime(revision.updatedAt)}</p>
            {revision.steps.map((step, stepIndex) => (
              <p key={stepIndex} className="text-xs font-medium">
                {STEP_LABELS[step.action]} by {step.actorName} · <time dateTime={step.at.toISOString()}>{formatTime(step.at)}</time>
              </p>
            ))}
            <div className="mt-0.5 flex gap-3 text-xs">
              {revision.previousLiveId && (
                <button type="button" className="text-accent hover:underline" onClick={() => setCompare({ fromId: revision.previousLiveId!, toId: revision.id })}>
                  What changed from the previous live version
                </button>
              )}
              {index > 0 && latest && (
                <button type="button" className="text-accent hover:underline" onClick={() => setCompare({ fromId: revision.id, toId: latest.id })}>
                  Compare with latest
                </button>
              )}
              {index > 0 && canRestore && (
                <button type="button" className="text-accent hover:underline" onClick={() => restore.mutate({ id: articleId, revisionId: revision.id, expectedVersion: version })}>
                  Restore
                </button>
              )}
            </div>
          </li>
        ))}
      </ol>
      {restore.error && <ErrorBox error={describeError(restore.error)} />}
      <Dialog open={compare !== null} onOpenChange={(open) => !open && setCompare(null)} title="Changes" description="Removed words are struck through; added words are highlighted.">
        <div className="max-h-[60vh] overflow-auto">
          <WordDiff fields={diff.data ?? []} />
        </div>
        <Button className="mt-4" variant="secondary" onClick={() => setCompare(null)}>Close</Button>
      </Dialog>
    </FoldingPanel>
  );
}
