-- CreateEnum
CREATE TYPE "UpdateState" AS ENUM ('DRAFTING', 'IN_REVIEW', 'CHANGES_REQUESTED');

-- CreateEnum
CREATE TYPE "NoteKind" AS ENUM ('CORRECTION', 'CLARIFICATION', 'UPDATE', 'EDITORS_NOTE');

-- DropForeignKey
ALTER TABLE "Article" DROP CONSTRAINT "Article_sectionId_fkey";

-- DropForeignKey
ALTER TABLE "Byline" DROP CONSTRAINT "Byline_userId_fkey";

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "liveRevisionId" UUID,
ADD COLUMN     "updateState" "UpdateState",
ADD COLUMN     "updateWriterIds" UUID[] DEFAULT ARRAY[]::UUID[];

-- CreateTable
CREATE TABLE "ArticleNote" (
    "id" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "kind" "NoteKind" NOT NULL,
    "text" TEXT NOT NULL,
    "revisionId" UUID NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "createdById" UUID,
    "removedAt" TIMESTAMP(3),
    "removedById" UUID,
    "removedReason" TEXT,

    CONSTRAINT "ArticleNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleSlugRedirect" (
    "slug" TEXT NOT NULL,
    "articleId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleSlugRedirect_pkey" PRIMARY KEY ("slug")
);

-- CreateIndex
CREATE INDEX "ArticleNote_articleId_publishedAt_idx" ON "ArticleNote"("articleId", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "ArticleNote_publishedAt_idx" ON "ArticleNote"("publishedAt" DESC);

-- CreateIndex
CREATE INDEX "ArticleSlugRedirect_articleId_idx" ON "ArticleSlugRedirect"("articleId");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_liveRevisionId_fkey" FOREIGN KEY ("liveRevisionId") REFERENCES "ArticleRevision"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Byline" ADD CONSTRAINT "Byline_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleNote" ADD CONSTRAINT "ArticleNote_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleNote" ADD CONSTRAINT "ArticleNote_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "ArticleRevision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleNote" ADD CONSTRAINT "ArticleNote_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleNote" ADD CONSTRAINT "ArticleNote_removedById_fkey" FOREIGN KEY ("removedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleSlugRedirect" ADD CONSTRAINT "ArticleSlugRedirect_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
