import { NOTE_KIND_LABELS } from '../../article/update.schema';
import { newsroomSettings } from '../../site/published-articles';
import { NINJS_MEDIA_TYPE, toNinjs } from '../ninjs/to-ninjs';
import { toApiArticle } from './api-article-rows';
import { articlesQuerySchema, pageQuerySchema } from './content-api.schema';
import { getApiArticleRow } from './get-api-article';
import { listApiArticles } from './list-api-articles';
import { listApiAuthors, listApiSections, listApiTags } from './list-api-taxonomy';
import { parseQuery, serveContentApi, type ContentApiDeps } from './serve-content-api';

/**
 * The content API's endpoints, one function each (app/api/v1/ binds them to the app's database and rate
 * limiter; the contract tests call them with a test database).
 */
export const contentApiHandlers = {
  articles: (request: Request, deps: ContentApiDeps) =>
    serveContentApi(request, deps, { scope: 'articles', answer: async () => ({ body: await listApiArticles(deps.db, parseQuery(request, articlesQuerySchema)) }) }),

  /** By id or slug; ninjs when asked for with `Accept: application/ninjs+json` or an address ending in `.ninjs`. */
  article: (request: Request, deps: ContentApiDeps, idOrAddress: string) => {
    const ninjsAddress = idOrAddress.endsWith('.ninjs');
    const wantsNinjs = ninjsAddress || (request.headers.get('accept') ?? '').includes(NINJS_MEDIA_TYPE);
    return serveContentApi(request, deps, {
      scope: 'articles',
      answer: async () => {
        const row = await getApiArticleRow(deps.db, ninjsAddress ? idOrAddress.slice(0, -'.ninjs'.length) : idOrAddress);
        if (!row) return null;
        const article = await toApiArticle(deps.db, row);
        if (!wantsNinjs) return { body: article };
        const { name } = await newsroomSettings(deps.db);
        const corrections = article.notes.map((note) => ({ text: `${NOTE_KIND_LABELS[note.kind]}: ${note.text}`, at: new Date(note.publishedAt) }));
        return { body: toNinjs(article, { copyrightHolder: name, corrections }), contentType: NINJS_MEDIA_TYPE };
      },
    });
  },

  sections: (request: Request, deps: ContentApiDeps) => serveContentApi(request, deps, { scope: 'sections', answer: async () => ({ body: await listApiSections(deps.db) }) }),

  tags: (request: Request, deps: ContentApiDeps) =>
    serveContentApi(request, deps, { scope: 'tags', answer: async () => ({ body: await listApiTags(deps.db, parseQuery(request, pageQuerySchema)) }) }),

  authors: (request: Request, deps: ContentApiDeps) =>
    serveContentApi(request, deps, { scope: 'authors', answer: async () => ({ body: await listApiAuthors(deps.db, parseQuery(request, pageQuerySchema)) }) }),
};
