-- AlterTable
ALTER TABLE "ArticleComment" ADD COLUMN     "anchorEnd" TEXT,
ADD COLUMN     "anchorQuote" TEXT,
ADD COLUMN     "anchorStart" TEXT;

-- An anchor is whole or absent: Prisma cannot say so, the database can.
ALTER TABLE "ArticleComment" ADD CONSTRAINT "ArticleComment_anchor_whole"
  CHECK (("anchorStart" IS NULL) = ("anchorEnd" IS NULL) AND ("anchorStart" IS NULL) = ("anchorQuote" IS NULL));
