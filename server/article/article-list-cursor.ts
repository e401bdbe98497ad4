import { z } from 'zod';
import type { ArticleSort } from './article-list.schema';
import type { PageCursor } from './article-list-sql';

/**
 * Keyset cursors: the last row's sort value and id, base64url JSON. The sort is inside too: a cursor made
 * under one sort means nothing under another, so it then starts again from the first page.
 */
const cursorSchema = z.object({ sort: z.string(), value: z.string().nullable(), id: z.uuid() });

export function encodeCursor(sort: ArticleSort, cursor: PageCursor): string {
  return Buffer.from(JSON.stringify({ sort, ...cursor })).toString('base64url');
}

/** The position to continue from, or null (first page) for a missing, mangled or other-sort cursor. */
export function decodeCursor(text: string | undefined, sort: ArticleSort): PageCursor | null {
  if (!text) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    return parsed.success && parsed.data.sort === sort ? { value: parsed.data.value, id: parsed.data.id } : null;
  } catch {
    return null;
  }
}
