import type { DbOrTx } from '../db/client';

/** The stored Yjs state of an article's shared document, and the Article.version its fields were derived at. */
export type StoredCollabState = { state: Uint8Array; articleVersion: number };

export async function readCollabState(db: DbOrTx, articleId: string): Promise<StoredCollabState | null> {
  const row = await db.collabDocument.findUnique({ where: { articleId }, select: { state: true, articleVersion: true } });
  return row ? { state: new Uint8Array(row.state), articleVersion: row.articleVersion } : null;
}

export async function storeCollabState(db: DbOrTx, { articleId, state, articleVersion }: { articleId: string } & StoredCollabState): Promise<void> {
  const bytes = Uint8Array.from(state);
  await db.collabDocument.upsert({
    where: { articleId },
    create: { articleId, state: bytes, articleVersion },
    update: { state: bytes, articleVersion },
  });
}

/**
 * Replaces the stored state only if it is still the one read (`expectedVersion`: the Article.version it
 * was derived at; null: no state stored yet). False when another instance got there first.
 */
export async function replaceCollabState(
  db: DbOrTx,
  { articleId, state, articleVersion, expectedVersion }: { articleId: string; expectedVersion: number | null } & StoredCollabState,
): Promise<boolean> {
  const bytes = Uint8Array.from(state);
  if (expectedVersion === null) {
    const { count } = await db.collabDocument.createMany({ data: [{ articleId, state: bytes, articleVersion }], skipDuplicates: true });
    return count === 1;
  }
  const { count } = await db.collabDocument.updateMany({ where: { articleId, articleVersion: expectedVersion }, data: { state: bytes, articleVersion } });
  return count === 1;
}
