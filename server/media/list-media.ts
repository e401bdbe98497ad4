import type { DbOrTx } from '../db/client';
import type { Prisma } from '../db/generated/client';
import { newsroomSettings } from '../site/published-articles';
import { mediaItemSelect, toMediaItem } from './media-item';

export const MEDIA_PAGE_SIZE = 48;

/** One search word against every field the library is searched by. */
function wordMatches(word: string): Prisma.MediaAssetWhereInput {
  const contains = { contains: word, mode: 'insensitive' } as const;
  return {
    OR: [
      { caption: contains },
      { credit: contains },
      { copyright: contains },
      { originalName: contains },
      { keywords: { has: word } },
      { keywords: { has: word.toLowerCase() } },
      { uploadedBy: { name: contains } },
    ],
  };
}

/**
 * The media library, newest first: every uploaded image (any staff member may reuse any image). Each word
 * of the query must match caption, credit, copyright, a keyword, the file name or the uploader's name.
 */
export async function listMedia({ db, query, cursor }: { db: DbOrTx; query: string; cursor?: string }) {
  const words = query.split(/\s+/).filter(Boolean).slice(0, 10);
  const rows = await db.mediaAsset.findMany({
    where: { AND: words.map(wordMatches) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: MEDIA_PAGE_SIZE + 1,
    ...(cursor && { cursor: { id: cursor }, skip: 1 }),
    select: mediaItemSelect,
  });
  const page = rows.slice(0, MEDIA_PAGE_SIZE);
  const { timeZone } = await newsroomSettings(db);
  return { items: page.map((row) => toMediaItem(row, timeZone)), nextCursor: rows.length > MEDIA_PAGE_SIZE ? page[page.length - 1]!.id : null };
}
