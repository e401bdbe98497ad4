import type { Actor } from '../auth/actor';
import type { DbOrTx } from '../db/client';
import { Prisma } from '../db/generated/client';
import { plainQuery } from '../db/plain-sql';
import type { ContributionKind } from '../db/generated/enums';
import type { PublicArticleFacts } from '../site/public-article-facts';
import type { ArticleState } from '../workflow/states';
import { articleScopeSql } from './article-scope';

/**
 * Everything a save decides from, read in ONE statement without a lock (save-article.ts writes with a
 * conditional UPDATE on the version this read saw, so a change in between is a conflict, never an
 * overwrite): the article as the actor may see it, who had a hand in it, the newsroom's rules, its public
 * facts, its latest revision, and whether the slug the save would take belongs to another article. On the
 * pool directly (plain-sql.ts): every autosave asks.
 */
export type SaveFacts = {
  id: string;
  version: number;
  state: ArticleState;
  slug: string;
  sectionId: string | null;
  leadImageId: string | null;
  publishedAt: Date | null;
  updatedAt: Date;
  inScope: boolean;
  lastModifiedByName: string | null;
  bylines: { userId: string | null; contributorName: string | null }[];
  sources: { name: string; url: string | null }[];
  tagIds: string[];
  contributions: { userId: string; kind: ContributionKind }[];
  fourEyesApproval: boolean;
  timeZone: string;
  sectionArchived: boolean;
  /** Another article already has `candidateSlug`. */
  candidateSlugTaken: boolean;
  latestRevision: { id: string; authorId: string | null; reason: string; articleVersion: number; createdAt: Date } | null;
  publicFacts: PublicArticleFacts;
};

type Row = Omit<SaveFacts, 'publicFacts' | 'latestRevision'> & {
  sectionSlug: string | null;
  tagSlugs: string[];
  authorSlugs: string[];
  revisionId: string | null;
  revisionAuthorId: string | null;
  revisionReason: string | null;
  revisionVersion: number | null;
  revisionCreatedAt: Date | null;
};

export async function readSaveFacts(
  db: DbOrTx,
  { articleId, actor, candidateSlug }: { articleId: string; actor: Actor; candidateSlug: string },
): Promise<SaveFacts | null> {
  const [row] = await plainQuery<Row>(
    db,
    Prisma.sql`
    SELECT a.id::text, a.version, a.state::text AS state, a.slug, a."sectionId"::text AS "sectionId",
      a."leadImageId"::text AS "leadImageId", a."publishedAt", a."updatedAt",
      ${articleScopeSql(actor)} AS "inScope",
      lm.name AS "lastModifiedByName",
      COALESCE((SELECT json_agg(json_build_object('userId', b."userId", 'contributorName', b."contributorName") ORDER BY b.position)
        FROM "Byline" b WHERE b."articleId" = a.id), '[]'::json) AS bylines,
      COALESCE((SELECT json_agg(json_build_object('name', so.name, 'url', so.url) ORDER BY so.position)
        FROM "SourceAttribution" so WHERE so."articleId" = a.id), '[]'::json) AS sources,
      ARRAY(SELECT at."tagId"::text FROM "ArticleTag" at WHERE at."articleId" = a.id ORDER BY at."tagId") AS "tagIds",
      COALESCE((SELECT json_agg(json_build_object('userId', c."userId", 'kind', c.kind))
        FROM "ArticleContribution" c WHERE c."articleId" = a.id), '[]'::json) AS contributions,
      COALESCE(ns."fourEyesApproval", TRUE) AS "fourEyesApproval", COALESCE(ns."timeZone", 'UTC') AS "timeZone",
      s."archivedAt" IS NOT NULL AS "sectionArchived",
      EXISTS (SELECT 1 FROM "Article" o WHERE o.slug = ${candidateSlug} AND o.id <> a.id) AS "candidateSlugTaken",
      r.id::text AS "revisionId", r."authorId"::text AS "revisionAuthorId", r.reason AS "revisionReason",
      r."articleVersion" AS "revisionVersion", r."createdAt" AS "revisionCreatedAt",
      s.slug AS "sectionSlug",
      ARRAY(SELECT t.slug FROM "ArticleTag" at JOIN "Tag" t ON t.id = at."tagId" WHERE at."articleId" = a.id ORDER BY t.slug) AS "tagSlugs",
      ARRAY(SELECT u.slug FROM "Byline" b JOIN "User" u ON u.id = b."userId" WHERE b."articleId" = a.id ORDER BY b.position) AS "authorSlugs"
    FROM "Article" a
      LEFT JOIN "User" lm ON lm.id = a."lastModifiedById"
      LEFT JOIN "Section" s ON s.id = a."sectionId"
      LEFT JOIN "NewsroomSettings" ns ON ns.id = 1
      LEFT JOIN LATERAL (SELECT * FROM "ArticleRevision" ar WHERE ar."articleId" = a.id ORDER BY ar."createdAt" DESC LIMIT 1) r ON TRUE
    WHERE a.id = ${articleId}::uuid`,
  );
  if (!row) return null;
  const { sectionSlug, tagSlugs, authorSlugs, revisionId, revisionAuthorId, revisionReason, revisionVersion, revisionCreatedAt, ...facts } = row;
  return {
    ...facts,
    latestRevision:
      revisionId && revisionReason && revisionVersion !== null && revisionCreatedAt
        ? { id: revisionId, authorId: revisionAuthorId, reason: revisionReason, articleVersion: revisionVersion, createdAt: revisionCreatedAt }
        : null,
    publicFacts: { slug: facts.slug, state: facts.state, publishedAt: facts.publishedAt, sectionSlug, tagSlugs, authorSlugs },
  };
}
