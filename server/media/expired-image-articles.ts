import type { DbOrTx } from '../db/client';
import { Prisma } from '../db/generated/client';

/** How many the dashboard lists; there should be none, so a long list is itself the message. */
const LIMIT = 50;

/**
 * Live articles using an image (as lead image or in the body) whose usage rights have run out, the
 * longest-expired first: the desk dashboard lists them so someone replaces the image or takes the piece down.
 */
export async function expiredImageArticles(db: DbOrTx, now: Date): Promise<{ id: string; headline: string; rightsEndedAt: Date }[]> {
  return db.$queryRaw(Prisma.sql`
    SELECT a.id::text AS id, a.headline, min(m."rightsEndAt") AS "rightsEndedAt"
    FROM "Article" a
    JOIN "MediaAsset" m ON m."rightsEndAt" <= ${now}
      AND (a."leadImageId" = m.id OR strpos(a."bodyHtml", '"/media/' || m."storageKey" || '"') > 0)
    WHERE a.state = 'PUBLISHED'
    GROUP BY a.id, a.headline
    ORDER BY "rightsEndedAt", a.id
    LIMIT ${LIMIT}`);
}
