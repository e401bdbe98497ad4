import * as Y from 'yjs';
import type { Actor } from '../auth/actor';
import type { ArticleContentInput } from '../article/article.schema';
import { snapshotContent } from '../article/revisions';
import { snapshotInclude, snapshotOf } from '../article/record-revision';
import { saveArticle } from '../article/save-article';
import type { Db, DbOrTx } from '../db/client';
import { parseArticleBody } from '../content/article-body';
import { renderArticleBody } from '../content/render-article-body';
import { AppError } from '../errors';
import type { ArticleState } from '../workflow/states';
import { recordContributions } from '../article/workflow-facts';
import type { RevalidatePublicPages } from '../site/revalidation-port';
import { validatedDocContent, writeContentIntoDoc } from './collab-layout';
import { readCollabState, replaceCollabState, storeCollabState } from './collab-state';

/** The article's content as it is stored now (its row, in the shape of a save), and its version. */
export async function readArticleContent(
  db: DbOrTx,
  articleId: string,
): Promise<{ content: ArticleContentInput; version: number; state: ArticleState } | null> {
  const article = await db.article.findUnique({ where: { id: articleId }, include: snapshotInclude });
  return article ? { content: snapshotContent(snapshotOf(article)), version: article.version, state: article.state } : null;
}

/**
 * Fills a freshly created shared document: the stored Yjs state, brought up to the article as it stands
 * when something changed it outside co-editing since (a fallback save, a restore, an import); created from
 * the article's content when it has never been co-edited. The state written for a new or outdated
 * document is stored before it is used, compare-and-set: several instances loading it at once all use
 * the first one's (each writing the content into a document of its own would double it once they sync).
 */
export async function loadArticleDoc(db: Db, { articleId, doc }: { articleId: string; doc: Y.Doc }): Promise<void> {
  for (;;) {
    const [article, stored] = await Promise.all([readArticleContent(db, articleId), readCollabState(db, articleId)]);
    if (!article) throw new AppError('NOT_FOUND', 'This article does not exist.');
    if (stored && stored.articleVersion === article.version) return Y.applyUpdate(doc, stored.state);
    const updated = new Y.Doc();
    if (stored) Y.applyUpdate(updated, stored.state);
    writeContentIntoDoc(updated, article.content);
    const state = Y.encodeStateAsUpdate(updated);
    updated.destroy();
    if (await replaceCollabState(db, { articleId, state, articleVersion: article.version, expectedVersion: stored?.articleVersion ?? null })) {
      return Y.applyUpdate(doc, state);
    }
  }
}

/**
 * Stores the shared document: its Yjs state, and the article derived from it through THE save
 * (validation, workflow edit rules, rendered HTML, word count, search text, revision, contributions,
 * events, public pages), as the person who typed last, with everyone else who typed since the last store
 * recorded as writers too. Nothing typed (or nothing that changes the article): only the state is kept.
 * Returns the article's version afterwards and a copy of the document as stored (typing that arrives
 * while the save runs is not in it: the browser that typed it waits for the next store).
 */
export async function storeArticleDoc(
  db: Db,
  { articleId, doc, writers, revalidate }: { articleId: string; doc: Y.Doc; writers: readonly Actor[]; revalidate: RevalidatePublicPages },
): Promise<{ version: number; storedDoc: Y.Doc }> {
  const content = validatedDocContent(doc);
  const state = Y.encodeStateAsUpdate(doc);
  const storedDoc = new Y.Doc();
  Y.applyUpdate(storedDoc, state);
  const lastWriter = writers.at(-1);
  // A fallback save or a step may commit between reading the version and saving: read it again, once.
  for (let attempt = 1; ; attempt++) {
    const article = await readArticleContent(db, articleId);
    if (!article) throw new AppError('NOT_FOUND', 'This article does not exist.');
    if (sameContent(article.content, content)) {
      // Typing another instance stored already, or typing undone: its typists still wrote in it.
      await db.$transaction(async (tx) => {
        await storeCollabState(tx, { articleId, state, articleVersion: article.version });
        for (const writer of writers) await recordContributions(tx, { articleId, writerId: writer.id, isCorrection: article.state === 'PUBLISHED', bylineUserIds: [] });
        // In a live article they wrote in its pending update: none of them may publish it (four-eyes).
        if (article.state === 'PUBLISHED' && writers.length > 0) {
          await tx.$executeRaw`UPDATE "Article" SET "updateWriterIds" = ARRAY(SELECT DISTINCT unnest("updateWriterIds" || ${writers.map((writer) => writer.id)}::uuid[])) WHERE id = ${articleId}::uuid AND "updateState" IS NOT NULL`;
        }
      });
      return { version: article.version, storedDoc };
    }
    // Changes nobody here typed (another instance's clients'): that instance stores them with their typists.
    if (!lastWriter) return { version: article.version, storedDoc };
    try {
      const saved = await saveArticle({
        db,
        actor: lastWriter,
        articleId,
        expectedVersion: article.version,
        content,
        collab: { state, coWriterIds: writers.slice(0, -1).map((writer) => writer.id) },
        revalidate,
      });
      return { version: saved.version, storedDoc };
    } catch (error) {
      if (attempt < 2 && error instanceof AppError && error.code === 'CONFLICT') continue;
      throw error;
    }
  }
}

/**
 * Whether the shared document says nothing the article does not: then a store saves nothing (no new
 * version, no state change: merely opening a scheduled article must not send it back to review). Compared
 * as readers and the workflow see it: the body as THE renderer's HTML (the editor's binding may normalise
 * the JSON of a body written elsewhere, say with default attributes), tags as a set, keys in any order.
 */
function sameContent(stored: ArticleContentInput, derived: ArticleContentInput): boolean {
  // An empty slug means "from the headline": the stored article holds the slug that was derived.
  const comparable = (content: ArticleContentInput) =>
    canonicalJson({ ...content, slug: null, body: bodyHtml(content.body), tagIds: [...content.tagIds].sort() });
  return comparable(stored) === comparable(derived) && (derived.slug === '' || derived.slug === stored.slug);
}

const bodyHtml = (body: unknown) => renderArticleBody(parseArticleBody(body)).html;

function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item) ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b))) : item,
  );
}
