import type { WorkflowArticle } from '../workflow/workflow-types';
import type { ArticleState } from '../workflow/states';

type ArticleRowForWorkflow = {
  state: ArticleState;
  headline: string;
  bodyText: string;
  sectionId: string | null;
  leadImageId: string | null;
  leadImageCredit: string;
  leadImageAlt: string;
  bylines: { userId: string | null }[];
};

/** The facts the workflow rules read, from an article row with its bylines. */
export function toWorkflowArticle(article: ArticleRowForWorkflow, facts: { slugTaken: boolean }): WorkflowArticle {
  return {
    state: article.state,
    bylineUserIds: article.bylines.flatMap((byline) => (byline.userId ? [byline.userId] : [])),
    bylineCount: article.bylines.length,
    headline: article.headline,
    bodyText: article.bodyText,
    sectionId: article.sectionId,
    slugTaken: facts.slugTaken,
    leadImage: article.leadImageId ? { credit: article.leadImageCredit, alt: article.leadImageAlt } : null,
  };
}
