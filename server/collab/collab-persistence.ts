import * as Y from 'yjs';
import type { Actor } from '../auth/actor';
import type { ArticleContentInput } from '../article/article.schema';
import { snapshotContent } from '../article/revisions';
import { snapshotInclude, snapshotOf } from '../article/record-revision';
import { saveArticle } from '../article/save-article';
import type { Db, DbOrTx } from '../db/client';
import { AppError } from '../errors';
import type { ArticleState } from '../workflow/states';
import { recordContributions } from '../article/workflow-facts';
import type { RevalidatePublicPages } from '../site/revalidation-port';
import { validatedDocContent, writeContentIntoDoc } from './collab-layout';
import { readCollabState, storeCollabState } from './collab-state';

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
 * the article's content when it has never been co-edited.
 */
export async function loadArticleDoc(db: Db, { articleId, doc }: { articleId: string; doc: Y.Doc }): Promise<void> {
  const [article, stored] = await Promise.all([readArticleContent(db, articleId), readCollabState(db, articleId)]);
  if (!article) throw new AppError('NOT_FOUND', 'This article does not exist.');
  if (stored) Y.applyUpdate(doc, stored.state);
  if (!stored || stored.articleVersion !== article.version) writeContentIntoDoc(doc, article.content);
}

/**
 * Stores the shared document: its Yjs state, and the article derived from it through THE save
 * (validation, workflow edit rules, rendered HTML, word count, search text, revision, contributions,
 * events, public pages), as the person who typed last, with everyone else who typed since the last store
 * recorded as writers too. Nothing typed (or nothing that changes the article): only the state is kept.
 * Returns the article's version afterwards.
 */
export async function storeArticleDoc(
  db: Db,
  { articleId, doc, writers, revalidate }: { articleId: string; doc: Y.Doc; writers: readonly Actor[]; revalidate: RevalidatePublicPages },
): Promise<number> {
  const content = validatedDocContent(doc);
  const state = Y.encodeStateAsUpdate(doc);
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
      });
      return article.version;
    }
    // Changes nobody here typed (another instance's clients'): that instance stores them with their typists.
    if (!lastWriter) return article.version;
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
      return saved.version;
    } catch (error) {
      if (attempt < 2 && error instanceof AppError && error.code === 'CONFLICT') continue;
      throw error;
    }
  }
}

function sameContent(stored: ArticleContentInput, derived: ArticleContentInput): boolean {
  // An empty slug means "from the headline": the stored article holds the slug that was derived.
  const comparable = (content: ArticleContentInput) => JSON.stringify({ ...content, slug: null });
  return comparable(stored) === comparable(derived) && (derived.slug === '' || derived.slug === stored.slug);
}
