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
