/** Caret colours, dark enough for white caret labels (WCAG AA at the label's size). */
const CARET_COLOURS = ['#b91c1c', '#1d4ed8', '#047857', '#7e22ce', '#b45309', '#be185d', '#0f766e', '#4338ca'];

/** One person keeps one colour in every browser: it comes from their id, not from who joined first. */
export function colourFor(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return CARET_COLOURS[hash % CARET_COLOURS.length]!;
}
