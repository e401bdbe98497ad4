import type { DbOrTx } from '../db/client';
import { Prisma } from '../db/generated/client';
import type { ImageRights } from '../workflow/workflow-types';

/**
 * The images with a usage-rights end that articles use, as lead image or in the body (whose rendered HTML
 * names each image's address), for the workflow's preconditions. One statement for any number of
 * articles (the scheduler asks for a batch); only images that have a rights end are looked at.
 */
export async function readImageRights(db: DbOrTx, articleIds: readonly string[]): Promise<Map<string, ImageRights[]>> {
  const byArticle = new Map<string, ImageRights[]>(articleIds.map((id) => [id, []]));
  if (articleIds.length === 0) return byArticle;
  const rows = await db.$queryRaw<{ articleId: string; endsAt: Date; lead: boolean }[]>(Prisma.sql`
    SELECT a.id::text AS "articleId", m."rightsEndAt" AS "endsAt", (a."leadImageId" IS NOT DISTINCT FROM m.id) AS "lead"
    FROM "Article" a
    JOIN "MediaAsset" m ON m."rightsEndAt" IS NOT NULL
      AND (a."leadImageId" = m.id OR strpos(a."bodyHtml", '"/media/' || m."storageKey" || '"') > 0)
    WHERE a.id = ANY(${[...articleIds]}::uuid[])
    ORDER BY m."rightsEndAt"`);
  for (const row of rows) byArticle.get(row.articleId)?.push({ what: row.lead ? 'the lead image' : 'an image in the text', endsAt: row.endsAt });
  return byArticle;
}
