import type { DbOrTx } from '../db/client';
import { cacheTags } from '../site/cache-tags';
import { frontLayoutSchema } from './front-layout.schema';
import { HOME_FRONT } from './front-target';

/**
 * The cache tags of the fronts that show an image as a slot's alternative teaser image: the home page, or
 * a section's page. Fronts are few (the home page and one per section), so they are read whole.
 */
export async function frontsShowingImage(db: DbOrTx, assetId: string): Promise<string[]> {
  const fronts = await db.front.findMany({ select: { key: true, layout: true, section: { select: { slug: true } } } });
  return fronts.flatMap((front) => {
    const layout = frontLayoutSchema.safeParse(front.layout);
    if (!layout.success || ![layout.data.lead, ...layout.data.top].some((slot) => slot.altImageId === assetId)) return [];
    if (front.key === HOME_FRONT) return [cacheTags.home];
    return front.section ? [cacheTags.section(front.section.slug)] : [];
  });
}
