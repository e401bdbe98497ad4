'use client';

import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/components/providers/trpc';
import { FoldingPanel } from './folding-panel';
import { WordDiff } from './word-diff';

/**
 * For the reviewer of a resubmitted article, open without asking: what changed since the previous
 * submission, highlighted word by word. Nothing shows for a first submission.
 */
export function ChangesSinceSubmission({ articleId, formatTime }: { articleId: string; formatTime: (date: Date) => string }) {
  const trpc = useTRPC();
  const changes = useQuery(trpc.article.changesSinceSubmission.queryOptions({ id: articleId }));
  if (!changes.data) return null;
  const { submittedAt, submittedBy, changed, diff } = changes.data;
  return (
    <FoldingPanel id="changes-since-submission" testId="changes-since-submission" title="Changes since the last submission">
      <p className="mt-1 text-xs text-muted">
        Compared with the text {submittedBy} submitted {formatTime(submittedAt)}. Removed words are struck through; added words are
        highlighted.
      </p>
      <div className="mt-3 max-h-96 overflow-auto">
        {changed ? <WordDiff fields={diff} onlyChanged /> : <p className="text-sm">No changes to the headline, standfirst or body.</p>}
      </div>
    </FoldingPanel>
  );
}
