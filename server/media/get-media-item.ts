import type { Actor } from '../auth/actor';
import type { DbOrTx } from '../db/client';
import { AppError } from '../errors';
import { newsroomSettings } from '../site/published-articles';
import { mediaItemSelect, toMediaItem } from './media-item';
import { mediaUsage } from './media-usage';
import { mayEditImage } from './update-media-asset';

/** One library image with where it appears (the articles the actor may open) and whether the actor may change it. */
export async function getMediaItem({ db, actor, id }: { db: DbOrTx; actor: Actor; id: string }) {
  const row = await db.mediaAsset.findUnique({ where: { id }, select: { ...mediaItemSelect, uploadedById: true } });
  if (!row) throw new AppError('NOT_FOUND', 'There is no such image.');
  const usage = await mediaUsage({ db, actor, assetId: row.id, storageKey: row.storageKey });
  const { timeZone } = await newsroomSettings(db);
  // The rule update-media-asset.ts enforces, so the desk offers only a save the server accepts.
  return { item: toMediaItem(row, timeZone), usage, mayEdit: mayEditImage(actor, row) };
}
