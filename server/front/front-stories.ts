import type { DbOrTx } from '../db/client';
import { listLatestPublished } from '../site/published-articles';
import type { FrontLayout } from './front-layout.schema';
import type { FrontCandidate } from './resolve-front';

export type FrontStory = Awaited<ReturnType<typeof listLatestPublished>>[number] & FrontCandidate;

/**
 * The live stories a front can be filled from: its chosen stories, and for every source of newest stories
 * (the front's scope, each section and tag block) as many as the whole front could skip plus the block's
 * own count, so every slot and block can fill even when the stories above took the newest ones. Only live
 * stories are read (listLatestPublished's scope); resolveFront checks again.
 */
export async function loadFrontStories(db: DbOrTx, front: { sectionId: string | null; layout: FrontLayout }): Promise<FrontStory[]> {
  const { layout } = front;
  const demand = 1 + layout.top.length + layout.blocks.reduce((sum, block) => sum + block.count, 0);
  const chosen = [layout.lead, ...layout.top].flatMap((slot) => (slot.articleId ? [slot.articleId] : []));
  const tagSlugs = [...new Set(layout.blocks.flatMap((block) => (block.kind === 'tag' ? [block.tagSlug] : [])))];
  const sectionIds = [...new Set(layout.blocks.flatMap((block) => (block.kind === 'section' ? [block.sectionId] : [])))];
  const tags = tagSlugs.length === 0 ? [] : await db.tag.findMany({ where: { slug: { in: tagSlugs } }, select: { id: true, slug: true } });
  const lists = await Promise.all([
    chosen.length === 0 ? [] : listLatestPublished(db, { limit: chosen.length, ids: chosen }),
    listLatestPublished(db, { limit: demand, ...(front.sectionId && { sectionId: front.sectionId }) }),
    ...sectionIds.filter((id) => id !== front.sectionId).map((sectionId) => listLatestPublished(db, { limit: demand, sectionId })),
    ...tags.map((tag) => listLatestPublished(db, { limit: demand, tagId: tag.id, ...(front.sectionId && { sectionId: front.sectionId }) })),
  ]);
  const slugOf = new Map(tags.map((tag) => [tag.id, tag.slug]));
  return lists.flat().map((story) => ({ ...story, state: 'PUBLISHED', tagSlugs: story.tagIds.flatMap((id) => slugOf.get(id) ?? []) }));
}
