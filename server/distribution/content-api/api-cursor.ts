import { AppError } from '../../errors';

/**
 * Keyset cursors: the last row's sort value and id, opaque to clients (base64url JSON). A page after the
 * cursor is "rows strictly after (value, id)" in the list's order, so rows added meanwhile never shift it.
 */
export type Cursor = { value: string; id: string };

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.value, cursor.id])).toString('base64url');
}

export function decodeCursor(text: string | undefined): Cursor | null {
  if (!text) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((part) => typeof part === 'string')) return { value: parsed[0] as string, id: parsed[1] as string };
  } catch {
    // falls through to the refusal
  }
  throw new AppError('BAD_REQUEST', 'The cursor is not one this API gave out.');
}

/** The page's rows (one more was read to know whether another page follows) and the next cursor. */
export function pageOf<Row>(rows: Row[], limit: number, cursorOf: (row: Row) => Cursor): { rows: Row[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { rows: page, nextCursor: rows.length > limit && last ? encodeCursor(cursorOf(last)) : null };
}
