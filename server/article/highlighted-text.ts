import type { HighlightedText } from './article-list.schema';

/**
 * ts_headline marks matches with these control characters rather than HTML, and they are removed from the
 * article text before it is marked (article-list-sql.ts). So the marked text is plain text with no markup
 * in it: nothing from the database is ever treated as HTML, and the UI renders the pieces as text.
 */
export const MATCH_START = '\u0001';
export const MATCH_END = '\u0002';

/** "a \u0001b\u0002 c" → [{ text: 'a ', match: false }, { text: 'b', match: true }, { text: ' c', match: false }]. */
export function parseMarkedText(marked: string): HighlightedText {
  const pieces: HighlightedText = [];
  for (const [index, part] of marked.split(MATCH_START).entries()) {
    const [inside, after] = index === 0 ? [null, part] : splitOnce(part, MATCH_END);
    if (inside) pieces.push({ text: inside, match: true });
    if (after) pieces.push({ text: after, match: false });
  }
  return pieces;
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, ''] : [text.slice(0, at), text.slice(at + separator.length)];
}
