import type { Db } from '../db/client';
import { Prisma } from '../db/generated/client';
import { plainQuery } from '../db/plain-sql';
import type { RenderedBody } from '../content/render-article-body';
import type { ArticleContentInput } from './article.schema';
import { REVISION_COALESCE_MS } from './record-revision';
import type { SaveFacts } from './save-facts';
import type { ArticleState } from '../workflow/states';

/**
 * The save an editor makes every few seconds while typing: same people credited, same sources and tags,
 * no workflow consequence, and it folds into the author's own recent revision. Such a save changes two
 * rows (the article and that revision), so it is ONE statement and no interactive transaction: under load
 * a save then holds a connection for one round trip, not for twenty-odd. Every other save (the first of a
 * session, a byline change, a correction, a restore…) takes the full path in save-article.ts, which checks
 * and records all of it under the row lock.
 */
export function isQuickSave({
  facts,
  content,
  actorId,
  slug,
  plan,
  now,
}: {
  facts: SaveFacts;
  content: ArticleContentInput;
  actorId: string;
  slug: string;
  plan: { nextState: ArticleState; clearsSchedule: boolean; makesUpdate: boolean };
  now: number;
}): boolean {
  const revision = facts.latestRevision;
  const bylines = content.bylines.map((byline) =>
    'userId' in byline ? { userId: byline.userId, contributorName: null } : { userId: null, contributorName: byline.contributorName },
  );
  const has = (kind: string, userId: string) => facts.contributions.some((row) => row.kind === kind && row.userId === userId);
  return (
    // An update's saves take the full path: they record who wrote in the update (its four-eyes facts).
    !plan.makesUpdate &&
    !plan.clearsSchedule &&
    plan.nextState === facts.state &&
    // A slug change must be checked free under the lock; an archived section is refused by the full path.
    slug === facts.slug &&
    !facts.sectionArchived &&
    content.sectionId === facts.sectionId &&
    (content.leadImage?.assetId ?? null) === facts.leadImageId &&
    JSON.stringify(bylines) === JSON.stringify(facts.bylines) &&
    JSON.stringify(content.sources) === JSON.stringify(facts.sources) &&
    JSON.stringify([...content.tagIds].sort()) === JSON.stringify(facts.tagIds) &&
    has('WROTE', actorId) &&
    bylines.every((byline) => !byline.userId || has('BYLINE', byline.userId)) &&
    // The same folding rule as record-revision.ts: the author's own recent edit, nothing in between.
    revision !== null &&
    revision.reason === 'edit' &&
    revision.authorId === actorId &&
    revision.articleVersion === facts.version &&
    now - revision.createdAt.getTime() < REVISION_COALESCE_MS
  );
}

/**
 * Writes the article and folds the content into its latest revision, in one statement, only if the
 * article is still at `expectedVersion` and that revision is still its latest. Returns null when not
 * (someone saved, or a conflict copy was kept, in between): the caller then takes the full path, which
 * reports the conflict or records the revision properly. On the pool directly (plain-sql.ts).
 */
export async function writeQuickSave(
  db: Db,
  {
    articleId,
    actorId,
    expectedVersion,
    revisionId,
    content,
    body,
    rendered,
    now,
  }: {
    articleId: string;
    actorId: string;
    expectedVersion: number;
    revisionId: string;
    content: ArticleContentInput & { slug: string };
    body: unknown;
    rendered: RenderedBody;
    now: Date;
  },
) {
  const { headline, standfirst, slug: _keptSlug, body: _sentBody, ...rest } = content;
  const lead = content.leadImage;
  // The article travels once: its body, headline, standfirst and slug are read back from the updated row to
  // make the revision's snapshot ({ ...content, slug, body }, as record-revision.ts stores it), so the
  // snapshot is what was saved, and the statement does not carry the body a second time.
  const rows = await plainQuery<{ id: string; version: number; state: ArticleState; slug: string; updatedAt: Date }>(
    db,
    Prisma.sql`
    WITH saved AS (
      UPDATE "Article" SET
        headline = ${headline}, standfirst = ${standfirst}, body = ${JSON.stringify(body)}::jsonb,
        "bodyHtml" = ${rendered.html}, "bodyText" = ${rendered.text},
        "leadImageCaption" = ${lead?.caption ?? ''}, "leadImageCredit" = ${lead?.credit ?? ''}, "leadImageAlt" = ${lead?.alt ?? ''},
        version = version + 1, "lastModifiedById" = ${actorId}::uuid, "updatedAt" = ${now}
      WHERE id = ${articleId}::uuid AND version = ${expectedVersion}
        AND (SELECT r.id FROM "ArticleRevision" r WHERE r."articleId" = ${articleId}::uuid ORDER BY r."createdAt" DESC LIMIT 1) = ${revisionId}::uuid
      RETURNING id::text, version, state::text AS state, slug, "updatedAt", headline, standfirst, body
    ), folded AS (
      UPDATE "ArticleRevision" r SET
        snapshot = ${JSON.stringify(rest)}::jsonb || jsonb_build_object('headline', s.headline, 'standfirst', s.standfirst, 'slug', s.slug, 'body', s.body),
        "articleVersion" = s.version, "updatedAt" = s."updatedAt"
      FROM saved s WHERE r.id = ${revisionId}::uuid
    )
    SELECT id, version, state, slug, "updatedAt" FROM saved`,
  );
  return rows[0] ?? null;
}
