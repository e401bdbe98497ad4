import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultFrontLayout, EMPTY_SLOT, type FrontLayout, type FrontSlot } from './front-layout.schema';
import { resolveFront, type FrontCandidate } from './resolve-front';

const WORLD = '00000000-0000-7000-8000-000000000001';
const SPORT = '00000000-0000-7000-8000-000000000002';

function story(n: number, over: Partial<FrontCandidate> = {}): FrontCandidate {
  return { id: `s${n}`, state: 'PUBLISHED', publishedAt: new Date(Date.UTC(2026, 0, 1, n)), sectionId: WORLD, tagSlugs: [], ...over };
}
const chosen = (articleId: string, over: Partial<FrontSlot> = {}): FrontSlot => ({ ...EMPTY_SLOT, articleId, ...over });
const layout = (over: Partial<FrontLayout> = {}): FrontLayout => ({ ...defaultFrontLayout(null), blocks: [], ...over });
const ids = (front: ReturnType<typeof resolveFront>) => ({
  lead: front.lead?.story.id ?? null,
  top: front.top.map((slot) => slot.story.id),
  blocks: front.blocks.map(({ stories }) => stories.map((s) => s.id)),
});

describe('resolveFront', () => {
  it('fills an empty front newest first: lead, top row, then blocks', () => {
    const stories = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => story(n));
    const front = resolveFront({ sectionId: null, layout: layout({ blocks: [{ kind: 'latest', count: 2 }] }) }, stories);
    expect(ids(front)).toEqual({ lead: 's8', top: ['s7', 's6', 's5', 's4'], blocks: [['s3', 's2']] });
    expect(front.lead?.curated).toBe(false);
  });

  it('shows a chosen story in its slot with its teaser overrides, and fills around it', () => {
    const stories = [1, 2, 3, 4, 5, 6].map((n) => story(n));
    const front = resolveFront(
      { sectionId: null, layout: layout({ lead: chosen('s1', { altHeadline: 'Other words', altImageId: 'img' }), blocks: [{ kind: 'latest', count: 5 }] }) },
      stories,
    );
    expect(ids(front)).toEqual({ lead: 's1', top: ['s6', 's5', 's4', 's3'], blocks: [['s2']] });
    expect(front.lead).toMatchObject({ curated: true, altHeadline: 'Other words', altImageId: 'img' });
  });

  it('gives a pinned story its slot over an unpinned slot holding the same story', () => {
    const front = resolveFront(
      { sectionId: null, layout: layout({ lead: chosen('s1'), top: [chosen('s1', { pinned: true }), EMPTY_SLOT, EMPTY_SLOT, EMPTY_SLOT] }) },
      [story(1), story(2)],
    );
    expect(ids(front)).toEqual({ lead: 's2', top: ['s1'], blocks: [] });
    expect(front.top[0]?.pinned).toBe(true);
  });

  it.each(['UNPUBLISHED', 'TAKEN_DOWN', 'APPROVED', 'SCHEDULED', 'DRAFT'])('leaves out a %s story, its slot filling itself without its overrides', (state) => {
    const front = resolveFront({ sectionId: null, layout: layout({ lead: chosen('s9', { pinned: true, altHeadline: 'Gone' }) }) }, [story(9, { state }), story(1)]);
    expect(front.lead).toMatchObject({ story: { id: 's1' }, curated: false, pinned: false, altHeadline: null });
    expect(ids(front).top).toEqual([]);
  });

  it('fills a section front and its latest block from that section only; a chosen story may come from anywhere', () => {
    const stories = [story(1), story(2, { sectionId: SPORT }), story(3), story(4, { sectionId: SPORT })];
    const front = resolveFront({ sectionId: SPORT, layout: layout({ lead: chosen('s3'), blocks: [{ kind: 'latest', count: 5 }] }) }, stories);
    expect(ids(front)).toEqual({ lead: 's3', top: ['s4', 's2'], blocks: [[]] });
  });

  it('fills section and tag blocks with their own stories, skipping those shown above and in earlier blocks', () => {
    const stories = [story(1, { sectionId: SPORT, tagSlugs: ['cup'] }), story(2, { sectionId: SPORT }), story(3, { tagSlugs: ['cup'] }), story(4), story(5)];
    const lead = chosen('s5');
    const top = [chosen('s4'), EMPTY_SLOT, EMPTY_SLOT, EMPTY_SLOT];
    const front = resolveFront({ sectionId: null, layout: { lead, top: [chosen('s4'), chosen('s2'), chosen('s3'), chosen('s5')], blocks: [{ kind: 'section', sectionId: SPORT, count: 3 }, { kind: 'tag', tagSlug: 'cup', count: 3 }] } }, stories);
    expect(ids(front)).toEqual({ lead: 's5', top: ['s4', 's2', 's3', 's1'], blocks: [[], []] });
    const blocksFirst = resolveFront({ sectionId: null, layout: { lead, top, blocks: [{ kind: 'tag', tagSlug: 'cup', count: 3 }, { kind: 'section', sectionId: SPORT, count: 3 }] } }, [...stories, story(0, { sectionId: SPORT, tagSlugs: ['cup'] })]);
    expect(ids(blocksFirst)).toEqual({ lead: 's5', top: ['s4', 's3', 's2', 's1'], blocks: [['s0'], []] });
  });

  it('orders stories without a publication date last, and equal times by id', () => {
    const at = new Date(Date.UTC(2026, 0, 1));
    const front = resolveFront({ sectionId: null, layout: layout() }, [story(1, { publishedAt: null }), story(3, { publishedAt: at }), story(2, { publishedAt: at })]);
    expect(ids(front)).toEqual({ lead: 's2', top: ['s3', 's1'], blocks: [] });
  });
});

describe('resolveFront properties', () => {
  const STATES = ['PUBLISHED', 'PUBLISHED', 'UNPUBLISHED', 'TAKEN_DOWN', 'APPROVED'];
  const id = fc.integer({ min: 0, max: 15 }).map((n) => `s${n}`);
  const candidate = fc.record({
    id,
    state: fc.constantFrom(...STATES),
    publishedAt: fc.option(fc.date({ min: new Date(2020, 0, 1), max: new Date(2030, 0, 1), noInvalidDate: true }), { nil: null }),
    sectionId: fc.constantFrom(WORLD, SPORT, null),
    tagSlugs: fc.subarray(['cup', 'vote']),
  });
  const slot = fc.record({ articleId: fc.option(id, { nil: null }), pinned: fc.boolean(), altHeadline: fc.constant(null), altImageId: fc.constant(null) });
  const count = fc.integer({ min: 1, max: 30 });
  const block = fc.oneof(
    fc.record({ kind: fc.constant('latest' as const), count }),
    fc.record({ kind: fc.constant('section' as const), sectionId: fc.constantFrom(WORLD, SPORT), count }),
    fc.record({ kind: fc.constant('tag' as const), tagSlug: fc.constantFrom('cup', 'vote'), count }),
  );
  const front = fc.record({
    sectionId: fc.constantFrom(null, WORLD),
    layout: fc.record({ lead: slot, top: fc.array(slot, { minLength: 4, maxLength: 4 }), blocks: fc.array(block, { maxLength: 5 }) }),
  });

  it('never shows a story twice, never a story that is not live, and fills every slot it can', () => {
    fc.assert(
      fc.property(front, fc.array(candidate, { maxLength: 25 }), (f, candidates) => {
        // One state per id, as the database has it.
        const unique = [...new Map(candidates.map((c) => [c.id, c])).values()];
        const resolved = resolveFront(f, unique);
        const shown = [resolved.lead, ...resolved.top].flatMap((s) => (s ? [s.story] : [])).concat(resolved.blocks.flatMap((b) => b.stories));
        expect(new Set(shown.map((s) => s.id)).size).toBe(shown.length);
        expect(shown.every((s) => s.state === 'PUBLISHED')).toBe(true);
        const inScope = unique.filter((c) => c.state === 'PUBLISHED' && (f.sectionId === null || c.sectionId === f.sectionId));
        const slotsShown = (resolved.lead ? 1 : 0) + resolved.top.length;
        expect(slotsShown).toBeGreaterThanOrEqual(Math.min(5, inScope.length));
        for (const { block, stories } of resolved.blocks) expect(stories.length).toBeLessThanOrEqual(block.count);
      }),
    );
  });
});
