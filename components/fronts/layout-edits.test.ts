import { describe, expect, it } from 'vitest';
import { defaultFrontLayout, EMPTY_SLOT } from '@/server/front/front-layout.schema';
import { moveBlock, moveSlot, putInSlot, removeBlock, slotsOf, updateBlock, updateSlot } from './layout-edits';

const base = defaultFrontLayout(['sec-a', 'sec-b']);
const ids = (layout: typeof base) => slotsOf(layout).map((slot) => slot.articleId);

describe('front editor layout edits', () => {
  it('puts a story in a slot, taking it out of the slot it was in', () => {
    const once = putInSlot(base, 2, 'a');
    expect(ids(once)).toEqual([null, null, 'a', null, null]);
    expect(ids(putInSlot(once, 0, 'a'))).toEqual(['a', null, null, null, null]);
  });

  it('moves a slot with its pin and headline; refuses to move past either end', () => {
    const layout = updateSlot(putInSlot(base, 0, 'a'), 0, { pinned: true, altHeadline: 'Other' });
    const moved = moveSlot(layout, 0, 1);
    expect(moved.top[0]).toEqual({ ...EMPTY_SLOT, articleId: 'a', pinned: true, altHeadline: 'Other' });
    expect(moved.lead).toEqual(EMPTY_SLOT);
    expect(moveSlot(layout, 0, -1)).toBe(layout);
    expect(moveSlot(layout, 4, 5)).toBe(layout);
  });

  it('clearing a slot drops its pin and overrides', () => {
    const layout = updateSlot(putInSlot(base, 1, 'a'), 1, { pinned: true, altImageId: 'img' });
    expect(updateSlot(layout, 1, { articleId: null }).top[0]).toEqual(EMPTY_SLOT);
  });

  it('reorders, changes and removes blocks', () => {
    expect(moveBlock(base, 2, 0).blocks.map((block) => block.kind)).toEqual(['latest', 'section', 'section']);
    expect(updateBlock(base, 2, { kind: 'tag', tagSlug: 'cup', count: 4 }).blocks[2]).toEqual({ kind: 'tag', tagSlug: 'cup', count: 4 });
    expect(removeBlock(base, 0).blocks).toEqual(base.blocks.slice(1));
  });
});
