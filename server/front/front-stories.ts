import type { DbOrTx } from '../db/client';
import { listLatestPublished } from '../site/published-articles';
import type { FrontLayout } from './front-layout.schema';
import type { FrontCandidate } from './resolve-front';

export type FrontStory = Awaited<ReturnType<typeof listLatestPublished>>[number] & FrontCandidate;

/**
 * The live stories a front can be filled from: its chosen stories, and for every source of newest stories
 * (the front's scope, each section and tag block) as many as the whole front could skip plus the block's
 * own count, so every slot and block can fill even when the stories above took the newest ones. Only live
 * stories are read (listLatestPublished's scope); resolveFront checks again. Three reads whatever the
 * layout: the tags' ids, which stories (newestPerSource), and those stories as listings show them. A
 * read per block was seven listings for the default home front, on every cold read, after each publish.
 */
export async function loadFrontStories(db: DbOrTx, front: { sectionId: string | null; layout: FrontLayout }): Promise<FrontStory[]> {
  const { layout } = front;
  const demand = 1 + layout.top.length + layout.blocks.reduce((sum, block) => sum + block.count, 0);
  const chosen = [layout.lead, ...layout.top].flatMap((slot) => (slot.articleId ? [slot.articleId] : []));
  const tagSlugs = [...new Set(layout.blocks.flatMap((block) => (block.kind === 'tag' ? [block.tagSlug] : [])))];
  const sectionIds = [...new Set(layout.blocks.flatMap((block) => (block.kind === 'section' ? [block.sectionId] : [])))].filter((id) => id !== front.sectionId);
  const tags = tagSlugs.length === 0 ? [] : await db.tag.findMany({ where: { slug: { in: tagSlugs } }, select: { id: true, slug: true } });
  const newest = await newestPerSource(db, { scopeSectionId: front.sectionId, sectionIds, tagIds: tags.map((tag) => tag.id), count: demand });
  const ids = [...new Set([...chosen, ...newest])];
  const stories = ids.length === 0 ? [] : await listLatestPublished(db, { limit: ids.length, ids });
  const slugOf = new Map(tags.map((tag) => [tag.id, tag.slug]));
  return stories.map((story) => ({ ...story, state: 'PUBLISHED', tagSlugs: story.tagIds.flatMap((id) => slugOf.get(id) ?? []) }));
}

/**
 * The ids of the `count` newest live stories of each source, in one statement: the front's scope (the whole
 * site, or its section), each section, and each tag (within the front's section, on a section's front).
 * Live is publishedScope's state; each source walks its index newest first and stops at `count`.
 */
async function newestPerSource(
  db: DbOrTx,
  { scopeSectionId, sectionIds, tagIds, count }: { scopeSectionId: string | null; sectionIds: string[]; tagIds: string[]; count: number },
): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    (SELECT id::text FROM "Article"
      WHERE state = 'PUBLISHED' AND (${scopeSectionId}::uuid IS NULL OR "sectionId" = ${scopeSectionId}::uuid)
      ORDER BY "publishedAt" DESC LIMIT ${count})
    UNION
    SELECT newest.id::text FROM unnest(${sectionIds}::uuid[]) AS source(section_id) CROSS JOIN LATERAL (
      SELECT id FROM "Article" WHERE "sectionId" = source.section_id AND state = 'PUBLISHED' ORDER BY "publishedAt" DESC LIMIT ${count}
    ) newest
    UNION
    SELECT newest.id::text FROM unnest(${tagIds}::uuid[]) AS source(tag_id) CROSS JOIN LATERAL (
      SELECT a.id FROM "Article" a JOIN "ArticleTag" t ON t."articleId" = a.id
      WHERE t."tagId" = source.tag_id AND a.state = 'PUBLISHED' AND (${scopeSectionId}::uuid IS NULL OR a."sectionId" = ${scopeSectionId}::uuid)
      ORDER BY a."publishedAt" DESC LIMIT ${count}
    ) newest`;
  return rows.map((row) => row.id);
}
