-- AlterTable
ALTER TABLE "MediaAsset" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
