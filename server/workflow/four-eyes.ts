import type { WorkflowActor, WorkflowArticle } from './workflow-types';

/**
 * Why an actor is too close to an article to be its second pair of eyes, or null. Read from everything
 * the article's history records (article/workflow-facts.ts), not from the byline as it stands: taking
 * one's name off a piece, or never putting it on, does not make one a reviewer of it.
 */
export type ConflictOfInterest = 'has byline' | 'had byline' | 'wrote';

export function conflictOfInterest(
  actor: WorkflowActor,
  article: Pick<WorkflowArticle, 'bylineUserIds' | 'contributions'>,
  { countCorrections }: { countCorrections: boolean },
): ConflictOfInterest | null {
  if (actor.kind !== 'staff') return null;
  const { everBylineUserIds, writerUserIds, correctorUserIds } = article.contributions;
  if (article.bylineUserIds.includes(actor.id)) return 'has byline';
  if (everBylineUserIds.includes(actor.id)) return 'had byline';
  if (writerUserIds.includes(actor.id)) return 'wrote';
  if (countCorrections && correctorUserIds.includes(actor.id)) return 'wrote';
  return null;
}

const AS_REVIEWER: Record<ConflictOfInterest, string> = {
  'has byline': 'you have a byline on this article',
  'had byline': 'you had a byline on this article',
  wrote: 'you wrote or changed its text',
};

const AS_CORRECTOR: Record<ConflictOfInterest, string> = {
  'has byline': 'you have a byline on it',
  'had byline': 'you had a byline on it',
  wrote: 'you wrote or changed its text',
};

/** "Four-eyes rule: you had a byline on this article, so another editor must approve it." */
export function fourEyesReason(conflict: ConflictOfInterest, verb: string): string {
  return `Four-eyes rule: ${AS_REVIEWER[conflict]}, so another editor must ${verb} it.`;
}

/** Until corrections are reviewed, those who signed or wrote a live piece may not change it unseen. */
export function correctionReason(conflict: ConflictOfInterest): string {
  return `This article is live and ${AS_CORRECTOR[conflict]}: another editor must make corrections to it.`;
}
