-- CreateEnum
CREATE TYPE "ContributionKind" AS ENUM ('BYLINE', 'WROTE', 'CORRECTED');

-- CreateTable
CREATE TABLE "ArticleContribution" (
    "articleId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" "ContributionKind" NOT NULL,
    "firstAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleContribution_pkey" PRIMARY KEY ("articleId","userId","kind")
);

-- AddForeignKey
ALTER TABLE "ArticleContribution" ADD CONSTRAINT "ArticleContribution_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleContribution" ADD CONSTRAINT "ArticleContribution_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill from what the database already knows: current bylines, the bylines in every saved revision,
-- who created each article and who saved its revisions (a correction cannot be told apart from an edit
-- in old revisions, so every saver counts as having written it: the stricter reading).
INSERT INTO "ArticleContribution" ("articleId", "userId", "kind", "firstAt")
SELECT "articleId", "userId", kind::"ContributionKind", MIN(at) FROM (
    SELECT b."articleId", b."userId", 'BYLINE' AS kind, a."createdAt" AS at
      FROM "Byline" b JOIN "Article" a ON a.id = b."articleId"
     WHERE b."userId" IS NOT NULL
  UNION ALL
    SELECT r."articleId", (credit->>'userId')::uuid, 'BYLINE', r."createdAt"
      FROM "ArticleRevision" r, jsonb_array_elements(CASE WHEN jsonb_typeof(r.snapshot->'bylines') = 'array' THEN r.snapshot->'bylines' ELSE '[]'::jsonb END) AS credit
     WHERE credit ? 'userId'
  UNION ALL
    SELECT id, "createdById", 'WROTE', "createdAt" FROM "Article" WHERE "createdById" IS NOT NULL
  UNION ALL
    SELECT "articleId", "authorId", 'WROTE', "createdAt" FROM "ArticleRevision"
     WHERE "authorId" IS NOT NULL AND reason IN ('edit', 'restore')
) AS facts
WHERE "userId" IN (SELECT id FROM "User")
GROUP BY "articleId", "userId", kind
ON CONFLICT DO NOTHING;
