-- AlterTable (edited by hand: Prisma generated a plain "tsvector" column. The Prisma schema language cannot
-- say GENERATED, so the schema declares it Unsupported("tsvector")? and the expression lives here.
-- No semicolons or quotes in these comments: the migration engine splits the script into statements.)
-- PostgreSQL keeps the search document in step with headline, standfirst and bodyText itself, on every
-- write, from every code path. Existing rows are filled as the column is added, which is the backfill
-- (bodyText already holds the plain text of every article, written by create and save). The english
-- configuration is named as a regconfig so the expression is immutable, as a generated column requires.
ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, "headline"), 'A') ||
    setweight(to_tsvector('english'::regconfig, "standfirst"), 'B') ||
    setweight(to_tsvector('english'::regconfig, "bodyText"), 'C')
) STORED;

-- CreateIndex
CREATE INDEX "Article_updatedAt_id_idx" ON "Article"("updatedAt", "id");

-- CreateIndex
CREATE INDEX "Article_state_updatedAt_id_idx" ON "Article"("state", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Article_publishAt_id_idx" ON "Article"("publishAt", "id");

-- CreateIndex
CREATE INDEX "Article_headline_id_idx" ON "Article"("headline", "id");

-- CreateIndex
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");

-- Hand-written: the "published" sort lists never-published articles last (DESC NULLS LAST), an order
-- the @@index of the Prisma schema cannot express. Keyset pages by that sort walk this index.
CREATE INDEX "Article_publishedAt_id_idx" ON "Article"("publishedAt" DESC NULLS LAST, "id" DESC);
