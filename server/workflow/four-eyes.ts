import type { WorkflowActor, WorkflowArticle } from './workflow-types';

/**
 * Why an actor is too close to an article to be its second pair of eyes, or null. Read from everything
 * the article's history records (article/workflow-facts.ts), not from the byline as it stands: taking
 * one's name off a piece, or never putting it on, does not make one a reviewer of it.
 */
export type ConflictOfInterest = 'has byline' | 'had byline' | 'wrote' | 'wrote update';

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

/**
 * Why an actor may not publish a pending update to a live article, or null: they signed the article (now
 * or before), or wrote in this update. Those who wrote its earlier, reviewed text may review a change
 * someone else made to it.
 */
export function updateConflict(
  actor: WorkflowActor,
  article: Pick<WorkflowArticle, 'bylineUserIds' | 'contributions'> & { updateWriterIds: readonly string[] },
): ConflictOfInterest | null {
  if (actor.kind !== 'staff') return null;
  if (article.bylineUserIds.includes(actor.id)) return 'has byline';
  if (article.contributions.everBylineUserIds.includes(actor.id)) return 'had byline';
  if (article.updateWriterIds.includes(actor.id)) return 'wrote update';
  return null;
}

const AS_REVIEWER: Record<ConflictOfInterest, string> = {
  'has byline': 'you have a byline on this article',
  'had byline': 'you had a byline on this article',
  wrote: 'you wrote or changed its text',
  'wrote update': 'you wrote or changed this update',
};

/** "Four-eyes rule: you had a byline on this article, so another editor must approve it." */
export function fourEyesReason(conflict: ConflictOfInterest, verb: string): string {
  return `Four-eyes rule: ${AS_REVIEWER[conflict]}, so another editor must ${verb} it.`;
}
