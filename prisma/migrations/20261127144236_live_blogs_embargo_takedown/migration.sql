-- CreateEnum
CREATE TYPE "TakedownGround" AS ENUM ('LEGAL', 'SAFETY');

-- CreateEnum
CREATE TYPE "LiveBlogEntryStatus" AS ENUM ('PENDING', 'POSTED', 'REMOVED');

-- AlterEnum
ALTER TYPE "ArticleState" ADD VALUE 'TAKEN_DOWN';

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "embargoUntil" TIMESTAMP(3),
ADD COLUMN     "isLiveBlog" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "takedownGround" "TakedownGround",
ADD COLUMN     "takedownNotice" TEXT;

-- CreateTable
CREATE TABLE "LiveBlogEntry" (
    "id" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "authorId" UUID,
    "text" TEXT NOT NULL,
    "status" "LiveBlogEntryStatus" NOT NULL,
    "pinned" BOOLEAN NOT NULL DEFAULT false,
    "postedAt" TIMESTAMP(3),
    "approvedById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LiveBlogEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LiveBlogEntry_articleId_status_postedAt_idx" ON "LiveBlogEntry"("articleId", "status", "postedAt" DESC);

-- AddForeignKey
ALTER TABLE "LiveBlogEntry" ADD CONSTRAINT "LiveBlogEntry_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveBlogEntry" ADD CONSTRAINT "LiveBlogEntry_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveBlogEntry" ADD CONSTRAINT "LiveBlogEntry_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
