-- CreateEnum
CREATE TYPE "RevalidationTarget" AS ENUM ('APP', 'EDGE');

-- DropIndex
DROP INDEX "RevalidationOutbox_availableAt_idx";

-- AlterTable
ALTER TABLE "RevalidationOutbox" ADD COLUMN     "target" "RevalidationTarget" NOT NULL DEFAULT 'APP';

-- CreateIndex
CREATE INDEX "RevalidationOutbox_target_availableAt_idx" ON "RevalidationOutbox"("target", "availableAt");
