import { z } from 'zod';
import { ARTICLE_STATES } from '../workflow/states';

/**
 * The desk's article list: every filter, the sort and the page. The same object is kept in the page URL
 * (article-list-url.ts), so a list can be shared, bookmarked and walked back through.
 */
export const ARTICLE_SORTS = ['updated', 'oldest', 'published', 'scheduled', 'headline', 'relevance'] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];

export const ARTICLE_SORT_LABELS: Record<ArticleSort, string> = {
  updated: 'Recently updated',
  oldest: 'Least recently updated',
  published: 'Recently published',
  scheduled: 'Publishing soonest',
  headline: 'Headline A–Z',
  relevance: 'Best match (with a search)',
};

/** Which date the date range applies to. */
export const ARTICLE_DATE_FIELDS = ['updated', 'published'] as const;

const day = z.iso.date();

export const articleListInputSchema = z.object({
  /** Web-search syntax: words, "a phrase", -excluded, or. */
  q: z.string().trim().max(200).default(''),
  state: z.enum(ARTICLE_STATES).optional(),
  sectionId: z.uuid().optional(),
  tagId: z.uuid().optional(),
  /** A staff member with a byline on the article. */
  authorId: z.uuid().optional(),
  dateField: z.enum(ARTICLE_DATE_FIELDS).default('updated'),
  /** Whole days on the newsroom's clock, both ends included. */
  from: day.optional(),
  to: day.optional(),
  sort: z.enum(ARTICLE_SORTS).default('updated'),
  /** Opaque: the nextCursor of the previous page. */
  cursor: z.string().max(500).optional(),
  limit: z.number().int().min(1).max(100).default(25),
});
export type ArticleListInput = z.input<typeof articleListInputSchema>;
export type ArticleListQuery = z.output<typeof articleListInputSchema>;

/** Text with the search matches marked. Plain strings: the UI escapes them like any text (no HTML here). */
export const highlightedTextSchema = z.array(z.object({ text: z.string(), match: z.boolean() }));
export type HighlightedText = z.infer<typeof highlightedTextSchema>;

export const articleListRowSchema = z.object({
  id: z.string(),
  headline: z.string(),
  /** The headline with matches marked; null without a search. */
  headlineHighlight: highlightedTextSchema.nullable(),
  /** Passages of standfirst and body around the matches; null without a search. */
  snippet: highlightedTextSchema.nullable(),
  state: z.enum(ARTICLE_STATES),
  sectionName: z.string().nullable(),
  bylines: z.array(z.string()),
  updatedAt: z.date(),
  publishAt: z.date().nullable(),
  publishedAt: z.date().nullable(),
  embargoUntil: z.date().nullable(),
});
export type ArticleListRow = z.infer<typeof articleListRowSchema>;

export const articleListPageSchema = z.object({
  rows: z.array(articleListRowSchema),
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
  /**
   * With a search: how many articles match it. The desk stops counting at a thousand (an exact count of a
   * common word reads most of the archive), so `more` says there are more than `count`.
   */
  matches: z.object({ count: z.number().int(), more: z.boolean() }).nullable(),
});
export type ArticleListPage = z.infer<typeof articleListPageSchema>;
