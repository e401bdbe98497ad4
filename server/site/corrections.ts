import type { DbOrTx } from '../db/client';
import { liveCopySelect, resolveLiveCopies } from './live-copy';
import { publishedScope } from './published-articles';

/** How many notes the corrections page lists (the newest); older ones stay on their articles. */
export const CORRECTIONS_PAGE_SIZE = 200;

/**
 * The site's public record of corrections, clarifications, updates and editor's notes, newest first, as
 * newspapers keep one: every note still shown, on an article that is live, with that article's live
 * headline and address.
 */
export async function listCorrections(db: DbOrTx, { limit = CORRECTIONS_PAGE_SIZE }: { limit?: number } = {}) {
  const notes = await db.articleNote.findMany({
    where: { removedAt: null, article: publishedScope },
    orderBy: { publishedAt: 'desc' },
    take: limit,
    select: { id: true, kind: true, text: true, publishedAt: true, article: { select: { slug: true, ...liveCopySelect } } },
  });
  const copies = await resolveLiveCopies(db, notes.map((note) => note.article));
  return notes.map(({ article, ...note }) => ({ ...note, article: { slug: article.slug, headline: copies.get(article.id)!.headline } }));
}

/** The notes shown on these live articles, newest first, by article id (the feeds' items). */
export async function notesOf(db: DbOrTx, articleIds: readonly string[]) {
  const notes = await db.articleNote.findMany({
    where: { articleId: { in: [...articleIds] }, removedAt: null },
    orderBy: { publishedAt: 'desc' },
    select: { articleId: true, kind: true, text: true, publishedAt: true },
  });
  const byArticle = new Map<string, typeof notes>();
  for (const note of notes) byArticle.set(note.articleId, [...(byArticle.get(note.articleId) ?? []), note]);
  return byArticle;
}
