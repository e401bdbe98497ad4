import type { z } from 'zod';
import { recordAudit } from '../admin/record-audit';
import type { Actor } from '../auth/actor';
import type { Db, Tx } from '../db/client';
import { AppError } from '../errors';
import { mediaUrl } from '../media/storage';
import type { RevalidatePublicPages } from '../site/revalidation-port';
import { tagsTouchedByProfileChange } from '../site/tags-touched';
import { PROFILE_FIELDS, type Profile, type profileInputSchema } from './profile.schema';

/** Profile photos are shown small on public pages: a tighter limit than article images. */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

/**
 * Updates the actor's own name, job title, bio and photo (shown on their public author page), and records
 * the change with its before and after values in the audit log, in the same transaction; then the public
 * pages that show it are revalidated.
 */
export async function updateProfile({
  db,
  actor,
  input,
  revalidate,
}: {
  db: Db;
  actor: Actor;
  input: z.output<typeof profileInputSchema>;
  revalidate: RevalidatePublicPages;
}): Promise<Profile> {
  const { before, after } = await db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: PROFILE_FIELDS });
    const photoUrl = input.photoAssetId === undefined ? before.photoUrl : input.photoAssetId && (await ownPhotoUrl(tx, actor, input.photoAssetId));
    const after = await tx.user.update({
      where: { id: actor.id },
      data: { name: input.name, jobTitle: input.jobTitle, bio: input.bio, photoUrl },
      select: PROFILE_FIELDS,
    });
    await recordAudit(tx, { actor, action: 'staff.profile_updated', targetType: 'user', targetId: actor.id, before, after });
    return { before, after };
  });
  await revalidate(tagsTouchedByProfileChange(before, after));
  return after;
}

/**
 * The URL of an uploaded image the actor may use as their photo. The upload itself already decoded and
 * re-encoded it (server/media/upload-image.ts); here it must be the actor's own, and small, still images.
 */
async function ownPhotoUrl(tx: Tx, actor: Actor, assetId: string): Promise<string> {
  const asset = await tx.mediaAsset.findUnique({ where: { id: assetId }, select: { storageKey: true, mimeType: true, byteSize: true, uploadedById: true } });
  // Someone else's upload is treated as missing: ids are not proof of ownership.
  if (!asset || asset.uploadedById !== actor.id) throw new AppError('BAD_REQUEST', 'The photo is missing; upload it again.');
  if (!PHOTO_TYPES.includes(asset.mimeType)) throw new AppError('BAD_REQUEST', 'Use a JPEG, PNG or WebP photo.');
  if (asset.byteSize > MAX_PHOTO_BYTES) throw new AppError('BAD_REQUEST', 'The photo is too large; the limit is 5 MB.');
  return mediaUrl(asset.storageKey);
}
