import type { FrontBlock, FrontLayout, FrontSlot } from './front-layout.schema';

/** What resolution needs to know of a story; the reader's teaser data rides along untouched. */
export type FrontCandidate = {
  id: string;
  /** Only PUBLISHED is live (see server/site/published-articles.ts): anything else is never shown. */
  state: string;
  publishedAt: Date | null;
  sectionId: string | null;
  tagSlugs: readonly string[];
};

export type ResolvedSlot<S> = {
  story: S;
  /** The editor chose this story (false: the slot filled itself with the newest live one). */
  curated: boolean;
  pinned: boolean;
  altHeadline: string | null;
  altImageId: string | null;
};

export type ResolvedFront<S> = {
  lead: ResolvedSlot<S> | null;
  top: ResolvedSlot<S>[];
  blocks: { block: FrontBlock; stories: S[] }[];
};

/**
 * What readers see of a front: its layout filled from the live stories among `candidates`. No story shows
 * twice: pinned slots are placed first, then the other chosen stories, then empty slots (and slots whose
 * story is no longer live) take the newest live stories of the front's scope, then each block in order
 * takes its newest stories not shown above it. A front of a section (`sectionId`) fills from that section.
 * Pure on purpose: it runs on every cold read of a public front and in the desk's preview alike.
 */
export function resolveFront<S extends FrontCandidate>(
  front: { sectionId: string | null; layout: FrontLayout },
  candidates: readonly S[],
): ResolvedFront<S> {
  const live = newestFirst(uniqueById(candidates.filter((story) => story.state === 'PUBLISHED')));
  const byId = new Map(live.map((story) => [story.id, story]));
  const shown = new Set<string>();
  const slots: FrontSlot[] = [front.layout.lead, ...front.layout.top];
  const placed: (ResolvedSlot<S> | null)[] = slots.map(() => null);

  const placeChosen = (pinnedPass: boolean) =>
    slots.forEach((slot, index) => {
      const story = slot.articleId ? byId.get(slot.articleId) : undefined;
      if (slot.pinned !== pinnedPass || !story || shown.has(story.id)) return;
      shown.add(story.id);
      placed[index] = { story, curated: true, pinned: slot.pinned, altHeadline: slot.altHeadline || null, altImageId: slot.altImageId };
    });
  placeChosen(true);
  placeChosen(false);

  const inScope = (story: S) => front.sectionId === null || story.sectionId === front.sectionId;
  const takeNewest = (matches: (story: S) => boolean, count: number) => {
    const taken = live.filter((story) => !shown.has(story.id) && matches(story)).slice(0, count);
    for (const story of taken) shown.add(story.id);
    return taken;
  };
  placed.forEach((slot, index) => {
    if (slot) return;
    // The overrides were written for the chosen story: a story filling in for it shows as itself.
    const [story] = takeNewest(inScope, 1);
    if (story) placed[index] = { story, curated: false, pinned: false, altHeadline: null, altImageId: null };
  });

  const blocks = front.layout.blocks.map((block) => ({ block, stories: takeNewest(blockMatcher(block, inScope), block.count) }));
  const [lead = null, ...top] = placed;
  return { lead, top: top.filter((slot) => slot !== null), blocks };
}

function blockMatcher<S extends FrontCandidate>(block: FrontBlock, inScope: (story: S) => boolean): (story: S) => boolean {
  switch (block.kind) {
    case 'latest':
      return inScope;
    case 'section':
      return (story) => story.sectionId === block.sectionId;
    case 'tag':
      return (story) => inScope(story) && story.tagSlugs.includes(block.tagSlug);
  }
}

function uniqueById<S extends FrontCandidate>(stories: readonly S[]): S[] {
  return [...new Map(stories.map((story) => [story.id, story])).values()];
}

/** Newest publication first; ties (and stories without a date, last) by id, so the order is stable. */
function newestFirst<S extends FrontCandidate>(stories: S[]): S[] {
  const time = (story: S) => story.publishedAt?.getTime() ?? Number.NEGATIVE_INFINITY;
  return stories.sort((a, b) => time(b) - time(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
