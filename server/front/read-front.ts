import type { DbOrTx } from '../db/client';
import { publicImage, publicImageSelect } from '../media/public-image';
import { listNavigationSections } from '../site/site-pages';
import { defaultFrontLayout, frontLayoutSchema, type FrontBlock, type FrontLayout } from './front-layout.schema';
import { loadFrontStories, type FrontStory } from './front-stories';
import type { FrontTarget } from './front-target';
import { resolveFront, type ResolvedSlot } from './resolve-front';

/**
 * The front's saved layout and version, or (version 0) the default one: the home page's default has a
 * block for each section in navigation order. A stored layout that no longer parses reads as the default
 * rather than breaking the page; the next save replaces it.
 */
export async function loadFrontLayout(db: DbOrTx, target: FrontTarget): Promise<{ layout: FrontLayout; version: number }> {
  const row = await db.front.findUnique({ where: { key: target.key }, select: { layout: true, version: true } });
  const parsed = row && frontLayoutSchema.safeParse(row.layout);
  if (row && parsed?.success) return { layout: parsed.data, version: row.version };
  const sectionIds = target.sectionId ? null : (await listNavigationSections(db)).map((section) => section.id);
  return { layout: defaultFrontLayout(sectionIds), version: row?.version ?? 0 };
}

/** A story as a front shows it: its teaser, with the editor's headline and image when they set them. */
export type FrontTeaser = Pick<FrontStory, 'id' | 'slug' | 'standfirst' | 'section' | 'bylines' | 'publishedAt'> & {
  headline: string;
  image: { picture: ReturnType<typeof publicImage>['picture']; url: string; width: number | null; height: number | null; alt: string } | null;
  pinned: boolean;
};

export type FrontPage = {
  title: string;
  lead: FrontTeaser | null;
  top: FrontTeaser[];
  blocks: { key: string; title: string; href: string | null; stories: FrontTeaser[] }[];
};

/** What readers see of the front with this layout (the saved one, or the desk's unsaved one in a preview). */
export async function buildFrontPage(db: DbOrTx, target: FrontTarget, layout: FrontLayout): Promise<FrontPage> {
  const stories = await loadFrontStories(db, { sectionId: target.sectionId, layout });
  const resolved = resolveFront({ sectionId: target.sectionId, layout }, stories);
  const slots = [resolved.lead, ...resolved.top].filter((slot) => slot !== null);
  const [images, titles] = await Promise.all([altImages(db, slots), blockTitles(db, layout.blocks)]);
  const teaser = (slot: ResolvedSlot<FrontStory>): FrontTeaser => {
    const alt = slot.altImageId ? images.get(slot.altImageId) : undefined;
    return { ...toTeaser(slot.story), headline: slot.altHeadline ?? slot.story.headline, image: alt ?? toTeaser(slot.story).image, pinned: slot.pinned };
  };
  return {
    title: target.title,
    lead: resolved.lead && teaser(resolved.lead),
    top: resolved.top.map(teaser),
    blocks: resolved.blocks
      .filter(({ stories: shown }) => shown.length > 0)
      .map(({ block, stories: shown }, index) => ({ key: `${index}`, ...(titles.get(blockKey(block)) ?? { title: 'Latest', href: null }), stories: shown.map(toTeaser) })),
  };
}

function toTeaser(story: FrontStory): FrontTeaser {
  const { leadImage } = story;
  return {
    id: story.id,
    slug: story.slug,
    headline: story.headline,
    standfirst: story.standfirst,
    section: story.section,
    bylines: story.bylines,
    publishedAt: story.publishedAt,
    image: leadImage && { picture: leadImage.picture, url: leadImage.url, width: leadImage.width, height: leadImage.height, alt: leadImage.alt },
    pinned: false,
  };
}

async function altImages(db: DbOrTx, slots: ResolvedSlot<FrontStory>[]) {
  const ids = slots.flatMap((slot) => (slot.altImageId ? [slot.altImageId] : []));
  if (ids.length === 0) return new Map<string, FrontTeaser['image']>();
  const rows = await db.mediaAsset.findMany({ where: { id: { in: ids } }, select: { ...publicImageSelect, id: true, caption: true } });
  return new Map(rows.map((row) => [row.id, { ...publicImage(row), alt: row.caption }]));
}

const blockKey = (block: FrontBlock) => (block.kind === 'section' ? `section:${block.sectionId}` : block.kind === 'tag' ? `tag:${block.tagSlug}` : 'latest');

/** Each block's heading and the page it leads to (a section's or tag's page). */
async function blockTitles(db: DbOrTx, blocks: FrontBlock[]) {
  const sectionIds = blocks.flatMap((block) => (block.kind === 'section' ? [block.sectionId] : []));
  const tagSlugs = blocks.flatMap((block) => (block.kind === 'tag' ? [block.tagSlug] : []));
  const [sections, tags] = await Promise.all([
    sectionIds.length === 0 ? [] : db.section.findMany({ where: { id: { in: sectionIds } }, select: { id: true, name: true, slug: true } }),
    tagSlugs.length === 0 ? [] : db.tag.findMany({ where: { slug: { in: tagSlugs } }, select: { name: true, slug: true } }),
  ]);
  return new Map<string, { title: string; href: string | null }>([
    ...sections.map((section) => [`section:${section.id}`, { title: section.name, href: `/sections/${section.slug}` }] as const),
    ...tags.map((tag) => [`tag:${tag.slug}`, { title: tag.name, href: `/tags/${tag.slug}` }] as const),
  ]);
}

/** The public page of a front: its saved (or default) layout, resolved against what is live now. */
export async function readFrontPage(db: DbOrTx, target: FrontTarget): Promise<FrontPage> {
  const { layout } = await loadFrontLayout(db, target);
  return buildFrontPage(db, target, layout);
}
