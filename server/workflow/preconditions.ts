import type { WorkflowArticle } from './workflow-types';

/**
 * What an article still lacks before it may go to review, be approved, scheduled or published. Every
 * missing item is listed, in words a journalist can act on, so one round trip fixes them all.
 */
export function listPublicationProblems(
  article: WorkflowArticle,
  schedule?: { publishAt: Date | null | undefined; unpublishAt?: Date | null; now: Date },
  now?: Date,
): string[] {
  const problems: string[] = [];
  if (article.headline.trim() === '') problems.push('Add a headline');
  if (article.bodyText.trim() === '') problems.push('Write the body');
  if (!article.sectionId) problems.push('Choose a section');
  if (article.bylineCount === 0) problems.push('Add at least one byline');
  if (article.slugTaken) problems.push('Choose a slug no other article uses');
  if (article.leadImage && article.leadImage.credit.trim() === '') problems.push('Credit the lead image');
  if (article.leadImage && article.leadImage.alt.trim() === '') problems.push('Add alt text to the lead image');
  problems.push(...imageRightsProblems(article, schedule?.now ?? now, schedule?.publishAt));
  if (schedule) {
    if (!schedule.publishAt) problems.push('Choose a publish time');
    else if (schedule.publishAt.getTime() <= schedule.now.getTime()) problems.push('Choose a publish time in the future');
    else if (schedule.unpublishAt && schedule.unpublishAt.getTime() <= schedule.publishAt.getTime()) {
      problems.push('Choose a take-down time after the publish time');
    }
  }
  return problems;
}

/**
 * An image may not go live once its usage rights have ended, nor be scheduled to go live after they end.
 * Without `now` (callers that check only the content) nothing is said.
 */
function imageRightsProblems(article: WorkflowArticle, now: Date | undefined, publishAt: Date | null | undefined): string[] {
  if (!now) return [];
  const problems = new Map<string, string>();
  for (const image of article.imageRights ?? []) {
    if (image.endsAt.getTime() <= now.getTime()) problems.set(image.what, `Replace ${image.what}: its usage rights have run out`);
    else if (publishAt && image.endsAt.getTime() <= publishAt.getTime() && !problems.has(image.what)) {
      problems.set(image.what, `Replace ${image.what} or publish earlier: its usage rights end before the publish time`);
    }
  }
  return [...problems.values()];
}
