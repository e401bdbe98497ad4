import { articleListInputSchema, type ArticleListInput } from './article-list.schema';

/** The list's state in the page URL (/desk/articles?q=…&state=…): shareable, and the back button works. */
export const ARTICLE_LIST_PATH = '/desk/articles';

/** URL parameter for each field of the list input. */
const PARAMS = {
  q: 'q',
  state: 'state',
  sectionId: 'section',
  tagId: 'tag',
  authorId: 'author',
  dateField: 'date',
  from: 'from',
  to: 'to',
  sort: 'sort',
  cursor: 'cursor',
} as const satisfies Partial<Record<keyof ArticleListInput, string>>;
type UrlField = keyof typeof PARAMS;
const FIELDS = Object.keys(PARAMS) as UrlField[];

/**
 * The list input a URL asks for. Each parameter is checked on its own and a bad one is left out (a
 * hand-edited or outdated link still opens the list rather than an error).
 */
export function articleListInputFromUrl(searchParams: Record<string, string | string[] | undefined>): ArticleListInput {
  const input: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const raw = searchParams[PARAMS[field]];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (!value) continue;
    const parsed = articleListInputSchema.shape[field].safeParse(value);
    if (parsed.success && parsed.data !== undefined) input[field] = parsed.data;
  }
  return input;
}

/** The URL of the list with these filters (empty values and defaults left out, so links stay short). */
export function articleListHref(input: Partial<Pick<ArticleListInput, UrlField>>): string {
  const params = new URLSearchParams();
  for (const field of FIELDS) {
    const value = input[field];
    if (value && value !== articleListInputSchema.shape[field].safeParse(undefined).data) params.set(PARAMS[field], value);
  }
  const query = params.toString();
  return query ? `${ARTICLE_LIST_PATH}?${query}` : ARTICLE_LIST_PATH;
}
