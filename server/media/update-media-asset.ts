import type { Actor } from '../auth/actor';
import { can } from '../auth/permissions';
import { recordAudit } from '../admin/record-audit';
import type { Db, DbOrTx } from '../db/client';
import type { Prisma } from '../db/generated/client';
import { AppError } from '../errors';
import { frontsShowingImage } from '../front/fronts-showing-image';
import { cacheTags } from '../site/cache-tags';
import { readPublicArticleFactsOf } from '../site/public-article-facts';
import { newsroomSettings } from '../site/published-articles';
import { tagsTouchedByArticleChange } from '../site/tags-touched';
import { startOfNewsroomDay } from '../text/newsroom-wall-time';
import { type EditorCrop, type Rect, clampFocal, cropRatio, fitCrop } from './crop-geometry';
import { mediaItemSelect, toMediaItem } from './media-item';
import type { UpdateMediaInput } from './media.schema';
import { articlesUsingImage } from './media-usage';

/** The uploader and editors may change an image; a journalist may not rewrite a colleague's credit or rights. */
export function mayEditImage(actor: Actor, asset: { uploadedById: string | null }): boolean {
  return asset.uploadedById === actor.id || can(actor.role, 'article.editAny');
}

/** The fields an edit may change, as the audit log records them. */
const auditedSelect = {
  caption: true,
  credit: true,
  copyright: true,
  keywords: true,
  rightsEndAt: true,
  focalX: true,
  focalY: true,
  cropOverrides: true,
} as const satisfies Prisma.MediaAssetSelect;

type Audited = Prisma.MediaAssetGetPayload<{ select: typeof auditedSelect }>;
type Saved = Omit<Audited, 'cropOverrides'> & { cropOverrides: Partial<Record<EditorCrop, Rect>> };

/**
 * Saves an image's library fields, rights end (through the last day given, on the newsroom clock) and
 * crops, for those `mayEditImage` lets. Crops are made valid for the image (inside it, ratio kept) before
 * they are stored. The save is conditional on the version the editor started from (a colleague's save in
 * between is refused with CONFLICT, never overwritten unseen) and is audited in the same transaction.
 * Returns the item and the public pages showing the image (a new focal point or crop changes their
 * rendition addresses), for the caller to revalidate (publicPagesShowingImage).
 */
export async function updateMediaAsset({ db, actor, input }: { db: Db; actor: Actor; input: UpdateMediaInput }) {
  const { timeZone } = await newsroomSettings(db);
  return db.$transaction(async (tx) => {
    const asset = await tx.mediaAsset.findUnique({
      where: { id: input.id },
      select: { ...auditedSelect, uploadedById: true, width: true, height: true, storageKey: true },
    });
    if (!asset) throw new AppError('NOT_FOUND', 'There is no such image.');
    if (!mayEditImage(actor, asset)) {
      throw new AppError('FORBIDDEN', 'Only the person who uploaded this image, or an editor, can change it.');
    }
    const size = asset.width && asset.height ? { width: asset.width, height: asset.height } : null;
    const cropOverrides: Partial<Record<EditorCrop, Rect>> = {};
    for (const [name, rect] of Object.entries(input.cropOverrides) as [EditorCrop, Rect][]) {
      if (size) cropOverrides[name] = fitCrop(size, rect, cropRatio(name));
    }
    const focal = clampFocal(input.focal);
    const after: Saved = {
      caption: input.caption,
      credit: input.credit,
      copyright: input.copyright,
      keywords: [...new Set(input.keywords)],
      rightsEndAt: input.rightsLastDay ? startOfNewsroomDay(input.rightsLastDay, timeZone, { daysLater: 1 }) : null,
      focalX: focal.x,
      focalY: focal.y,
      cropOverrides,
    };
    // Conditional on the version read by the editor: zero rows means someone saved in between.
    const { count } = await tx.mediaAsset.updateMany({
      where: { id: input.id, version: input.expectedVersion },
      data: { ...after, version: { increment: 1 } },
    });
    if (count === 0) {
      const current = await tx.mediaAsset.findUniqueOrThrow({ where: { id: input.id }, select: { version: true } });
      throw new AppError('CONFLICT', 'Someone else saved this image while you were editing it.', { currentVersion: current.version });
    }
    const changes = changedFields(asset, after);
    if (changes) await recordAudit(tx, { actor, action: 'media.updated', targetType: 'media', targetId: input.id, ...changes });
    const row = await tx.mediaAsset.findUniqueOrThrow({ where: { id: input.id }, select: mediaItemSelect });
    return { item: toMediaItem(row, timeZone), touchedTags: await publicPagesShowingImage(tx, { assetId: input.id, storageKey: asset.storageKey }) };
  });
}

/**
 * The cache tags of every public page showing an image: the live articles using it (their pages), and,
 * where it is a live article's lead image, every listing that article's teaser is on (its thumbnail); and
 * the fronts showing it as an alternative teaser image.
 */
async function publicPagesShowingImage(db: DbOrTx, image: { assetId: string; storageKey: string }): Promise<string[]> {
  const live = await db.article.findMany({ where: { state: 'PUBLISHED', ...articlesUsingImage(image) }, select: { id: true, slug: true, leadImageId: true } });
  const teasers = await readPublicArticleFactsOf(db, live.filter((article) => article.leadImageId === image.assetId).map((article) => article.id));
  const tags = new Set([
    ...live.map((article) => cacheTags.article(article.slug)),
    ...[...teasers.values()].flatMap((facts) => tagsTouchedByArticleChange(facts, facts)),
    ...(await frontsShowingImage(db, image.assetId)),
  ]);
  return [...tags].sort();
}

/** Only what changed, before and after, as JSON (dates as ISO strings); null when the save changed nothing. */
function changedFields(before: Audited, after: Saved) {
  const json = (value: unknown) => JSON.parse(JSON.stringify(value ?? null)) as Prisma.InputJsonValue;
  const keys = (Object.keys(after) as (keyof Saved)[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  if (keys.length === 0) return null;
  return {
    before: Object.fromEntries(keys.map((key) => [key, json(before[key])])),
    after: Object.fromEntries(keys.map((key) => [key, json(after[key])])),
  };
}
