import { articleContentSchema, type ArticleContentInput } from '../article/article.schema';
import type { DbOrTx } from '../db/client';
import type { Prisma } from '../db/generated/client';
import { publicImage, publicImageSelect } from '../media/public-image';

/**
 * What readers see of a live article: its live copy, never the desk's working copy. The live copy is the
 * revision the last publication put live (`Article.liveRevisionId`: publish, republish, the scheduler,
 * a published update); the row keeps changing as the desk writes a pending update. An article put live
 * without one (imported straight into PUBLISHED, or live before live copies were kept) shows its row,
 * until its first update pins the row's content as its live revision (article/save-article.ts).
 *
 * Revisions keep ids (section, tags, staff bylines, image); they are resolved to names here, one query per
 * kind for a whole list, so a renamed section or author shows under their current name.
 */
export const liveCopySelect = {
  id: true,
  headline: true,
  standfirst: true,
  body: true,
  sectionId: true,
  leadImageId: true,
  leadImageCaption: true,
  leadImageCredit: true,
  leadImageAlt: true,
  bylines: { orderBy: { position: 'asc' }, select: { userId: true, contributorName: true } },
  tags: { select: { tagId: true } },
  sources: { orderBy: { position: 'asc' }, select: { name: true, url: true } },
  liveRevision: { select: { snapshot: true } },
} as const satisfies Prisma.ArticleSelect;

type LiveCopyRow = Prisma.ArticleGetPayload<{ select: typeof liveCopySelect }>;

/** The live content as a revision holds it (ids), from the live revision or, failing one, the row. */
export function liveContent(row: LiveCopyRow): ArticleContentInput {
  if (row.liveRevision) return articleContentSchema.parse(row.liveRevision.snapshot);
  return {
    headline: row.headline,
    slug: '',
    standfirst: row.standfirst,
    body: row.body,
    sectionId: row.sectionId,
    tagIds: row.tags.map((tag) => tag.tagId),
    bylines: row.bylines.map((byline) => (byline.userId ? { userId: byline.userId } : { contributorName: byline.contributorName ?? '' })),
    sources: row.sources,
    leadImage: row.leadImageId
      ? { assetId: row.leadImageId, caption: row.leadImageCaption, credit: row.leadImageCredit, alt: row.leadImageAlt }
      : null,
  };
}

/** The live copies of these rows with names in place of ids, by article id. */
export async function resolveLiveCopies(db: DbOrTx, rows: readonly LiveCopyRow[]) {
  const contents = rows.map((row) => ({ id: row.id, content: liveContent(row) }));
  const ids = <T>(pick: (content: ArticleContentInput) => (T | null)[]) => [...new Set(contents.flatMap(({ content }) => pick(content)))].filter((id) => id !== null);
  const [sections, users, tags, images] = await Promise.all([
    findIn(ids((c) => [c.sectionId]), (list) => db.section.findMany({ where: { id: { in: list } }, select: { id: true, name: true, slug: true } })),
    findIn(
      ids((c) => c.bylines.map((byline) => ('userId' in byline ? byline.userId : null))),
      (list) => db.user.findMany({ where: { id: { in: list } }, select: { id: true, name: true, slug: true } }),
    ),
    findIn(ids((c) => c.tagIds), (list) => db.tag.findMany({ where: { id: { in: list } }, select: { id: true, name: true, slug: true } })),
    findIn(
      ids((c) => [c.leadImage?.assetId ?? null]),
      (list) => db.mediaAsset.findMany({ where: { id: { in: list } }, select: { ...publicImageSelect, id: true } }),
    ),
  ]);
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((item) => [item.id, item]));
  const [sectionOf, userOf, tagOf, imageOf] = [byId(sections), byId(users), byId(tags), byId(images)];
  return new Map(
    contents.map(({ id, content }) => {
      const section = content.sectionId ? sectionOf.get(content.sectionId) : undefined;
      const image = content.leadImage ? imageOf.get(content.leadImage.assetId) : undefined;
      return [
        id,
        {
          headline: content.headline,
          standfirst: content.standfirst,
          body: content.body,
          section: section ? { name: section.name, slug: section.slug } : null,
          bylines: content.bylines.map((byline) => {
            const user = 'userId' in byline ? userOf.get(byline.userId) : undefined;
            return user ? { name: user.name, authorSlug: user.slug } : { name: 'contributorName' in byline ? byline.contributorName : '', authorSlug: null };
          }),
          tags: content.tagIds.flatMap((tagId) => {
            const tag = tagOf.get(tagId);
            return tag ? [{ name: tag.name, slug: tag.slug }] : [];
          }),
          sources: content.sources,
          leadImage:
            image && content.leadImage
              ? { ...publicImage(image), caption: content.leadImage.caption, credit: content.leadImage.credit, alt: content.leadImage.alt }
              : null,
        },
      ] as const;
    }),
  );
}

async function findIn<T>(ids: string[], find: (ids: string[]) => Promise<T[]>): Promise<T[]> {
  return ids.length === 0 ? [] : find(ids);
}
