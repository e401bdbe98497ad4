import { EMPTY_SLOT, type FrontBlock, type FrontLayout, type FrontSlot } from '@/server/front/front-layout.schema';

/**
 * The front editor's changes to a layout, as pure functions of it. Slot 0 is the lead, 1… the top row.
 * A story is in one slot at most: putting it somewhere empties the slot it was in.
 */
export const slotsOf = (layout: FrontLayout): FrontSlot[] => [layout.lead, ...layout.top];

function withSlots(layout: FrontLayout, slots: FrontSlot[]): FrontLayout {
  const [lead = EMPTY_SLOT, ...top] = slots;
  return { ...layout, lead, top };
}

export function putInSlot(layout: FrontLayout, index: number, articleId: string): FrontLayout {
  const slots = slotsOf(layout).map((slot) => (slot.articleId === articleId ? EMPTY_SLOT : slot));
  slots[index] = { ...EMPTY_SLOT, articleId };
  return withSlots(layout, slots);
}

export function updateSlot(layout: FrontLayout, index: number, patch: Partial<FrontSlot>): FrontLayout {
  const slots = slotsOf(layout);
  const slot = slots[index];
  if (!slot) return layout;
  const next = { ...slot, ...patch };
  // An emptied slot keeps no pin or overrides: they were the story's.
  slots[index] = next.articleId ? next : EMPTY_SLOT;
  return withSlots(layout, slots);
}

/** Swaps a slot with its neighbour (`to` = index ± 1), carrying pin and overrides with the story. */
export function moveSlot(layout: FrontLayout, index: number, to: number): FrontLayout {
  const slots = slotsOf(layout);
  return inRange(slots, index, to) ? withSlots(layout, moveItem(slots, index, to)) : layout;
}

export function moveBlock(layout: FrontLayout, index: number, to: number): FrontLayout {
  return inRange(layout.blocks, index, to) ? { ...layout, blocks: moveItem(layout.blocks, index, to) } : layout;
}

export function updateBlock(layout: FrontLayout, index: number, block: FrontBlock): FrontLayout {
  return { ...layout, blocks: layout.blocks.map((current, at) => (at === index ? block : current)) };
}

export function removeBlock(layout: FrontLayout, index: number): FrontLayout {
  return { ...layout, blocks: layout.blocks.filter((_, at) => at !== index) };
}

const inRange = (items: unknown[], index: number, to: number) => index >= 0 && index < items.length && to >= 0 && to < items.length;

function moveItem<T>(items: T[], index: number, to: number): T[] {
  const moved = [...items];
  moved.splice(to, 0, ...moved.splice(index, 1));
  return moved;
}
