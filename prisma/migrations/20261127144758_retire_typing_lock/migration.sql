-- DropForeignKey
ALTER TABLE "Article" DROP CONSTRAINT "Article_lockedById_fkey";

-- AlterTable
ALTER TABLE "Article" DROP COLUMN "lockExpiresAt",
DROP COLUMN "lockedById";
