import { z } from 'zod';

/** How many top-story slots a front has under its lead, and the most stories one block may show. */
export const TOP_SLOT_COUNT = 4;
export const MAX_BLOCK_COUNT = 30;
export const MAX_BLOCKS = 10;

/**
 * One curated place on a front. With no story it fills itself (newest live first); with one it shows that
 * story while it is live. A pinned story is placed before every other slot, so it wins any duplicate.
 * The overrides change only the teaser, never the article.
 */
export const frontSlotSchema = z.object({
  articleId: z.uuid().nullable(),
  pinned: z.boolean(),
  altHeadline: z.string().trim().max(200).nullable(),
  altImageId: z.uuid().nullable(),
});
export type FrontSlot = z.infer<typeof frontSlotSchema>;

/** A block that fills itself: the newest live stories, of a section (home only) or with a tag. */
export const frontBlockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('latest'), count: z.int().min(1).max(MAX_BLOCK_COUNT) }),
  z.object({ kind: z.literal('section'), sectionId: z.uuid(), count: z.int().min(1).max(MAX_BLOCK_COUNT) }),
  z.object({ kind: z.literal('tag'), tagSlug: z.string().trim().min(1).max(100), count: z.int().min(1).max(MAX_BLOCK_COUNT) }),
]);
export type FrontBlock = z.infer<typeof frontBlockSchema>;

export const frontLayoutSchema = z.object({
  lead: frontSlotSchema,
  top: z.array(frontSlotSchema).length(TOP_SLOT_COUNT),
  blocks: z.array(frontBlockSchema).max(MAX_BLOCKS),
});
export type FrontLayout = z.infer<typeof frontLayoutSchema>;

/** Which front: the home page, or a section's page by its slug (as the desk's address names it). */
export const frontRefSchema = z.object({ front: z.string().trim().min(1).max(200) });

export const saveFrontSchema = frontRefSchema.extend({
  /** The version the editor loaded (0: no layout saved yet); a stale one is refused. */
  expectedVersion: z.int().min(0),
  layout: frontLayoutSchema,
});

export const previewFrontSchema = frontRefSchema.extend({ layout: frontLayoutSchema });

export const searchFrontStoriesSchema = z.object({ query: z.string().trim().max(200) });

/** An empty slot: fills itself. */
export const EMPTY_SLOT: FrontSlot = { articleId: null, pinned: false, altHeadline: null, altImageId: null };

/**
 * The layout of a front nobody arranged yet: the newest story leads, the next four follow, then (home) one
 * block per section and the latest, or (a section) the section's latest.
 */
export function defaultFrontLayout(sectionIds: readonly string[] | null): FrontLayout {
  const blocks: FrontBlock[] = sectionIds
    ? [...sectionIds.map((sectionId) => ({ kind: 'section' as const, sectionId, count: 3 })), { kind: 'latest', count: 6 }]
    : // A section's page listed its 30 newest before it had a front: it still does.
      [{ kind: 'latest', count: 25 }];
  return { lead: EMPTY_SLOT, top: Array.from({ length: TOP_SLOT_COUNT }, () => EMPTY_SLOT), blocks };
}

/** Section blocks belong on the home page only: a section's page is already one section. */
export function layoutProblems(layout: FrontLayout, { isHome }: { isHome: boolean }): string[] {
  const problems: string[] = [];
  if (!isHome && layout.blocks.some((block) => block.kind === 'section')) problems.push('Section blocks go on the home page only.');
  const chosen = [layout.lead, ...layout.top].flatMap((slot) => (slot.articleId ? [slot.articleId] : []));
  if (new Set(chosen).size !== chosen.length) problems.push('A story can be in one slot only.');
  if ([layout.lead, ...layout.top].some((slot) => !slot.articleId && slot.pinned)) problems.push('Only a slot with a story can be pinned.');
  return problems;
}
