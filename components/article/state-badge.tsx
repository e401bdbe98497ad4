import { cn } from '@/components/ui/cn';
import { STATE_LABELS, type ArticleState } from '@/server/workflow/states';

const tone: Record<ArticleState, string> = {
  DRAFT: 'bg-slate-100 text-slate-800',
  IN_REVIEW: 'bg-amber-100 text-amber-900',
  CHANGES_REQUESTED: 'bg-orange-100 text-orange-900',
  APPROVED: 'bg-emerald-100 text-emerald-900',
  SCHEDULED: 'bg-sky-100 text-sky-900',
  PUBLISHED: 'bg-green-700 text-white',
  UNPUBLISHED: 'bg-rose-100 text-rose-900',
  ARCHIVED: 'bg-zinc-200 text-zinc-800',
  TAKEN_DOWN: 'bg-red-800 text-white',
};

export function StateBadge({ state, className, testId }: { state: ArticleState; className?: string; testId?: string }) {
  return (
    <span
      data-testid={testId}
      className={cn('inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold', tone[state], className)}
    >
      {STATE_LABELS[state]}
    </span>
  );
}
