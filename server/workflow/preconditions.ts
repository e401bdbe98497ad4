import type { WorkflowArticle } from './workflow-types';

/**
 * What an article still lacks before it may go to review, be approved, scheduled or published. Every
 * missing item is listed, in words a journalist can act on, so one round trip fixes them all.
 */
export function listPublicationProblems(
  article: WorkflowArticle,
  schedule?: { publishAt: Date | null | undefined; unpublishAt?: Date | null; now: Date },
): string[] {
  const problems: string[] = [];
  if (article.headline.trim() === '') problems.push('Add a headline');
  if (article.bodyText.trim() === '') problems.push('Write the body');
  if (!article.sectionId) problems.push('Choose a section');
  if (article.bylineCount === 0) problems.push('Add at least one byline');
  if (article.slugTaken) problems.push('Choose a slug no other article uses');
  if (article.leadImage && article.leadImage.credit.trim() === '') problems.push('Credit the lead image');
  if (article.leadImage && article.leadImage.alt.trim() === '') problems.push('Add alt text to the lead image');
  if (schedule) {
    if (!schedule.publishAt) problems.push('Choose a publish time');
    else if (schedule.publishAt.getTime() <= schedule.now.getTime()) problems.push('Choose a publish time in the future');
    else if (schedule.unpublishAt && schedule.unpublishAt.getTime() <= schedule.publishAt.getTime()) {
      problems.push('Choose a take-down time after the publish time');
    }
  }
  return problems;
}
