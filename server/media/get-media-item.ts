import type { Actor } from '../auth/actor';
import type { DbOrTx } from '../db/client';
import { AppError } from '../errors';
import { mediaItemSelect, toMediaItem } from './media-item';
import { mediaUsage } from './media-usage';

/** One library image with where it appears (the articles the actor may open). */
export async function getMediaItem({ db, actor, id }: { db: DbOrTx; actor: Actor; id: string }) {
  const row = await db.mediaAsset.findUnique({ where: { id }, select: mediaItemSelect });
  if (!row) throw new AppError('NOT_FOUND', 'There is no such image.');
  const usage = await mediaUsage({ db, actor, assetId: row.id, storageKey: row.storageKey });
  return { item: toMediaItem(row), usage };
}
