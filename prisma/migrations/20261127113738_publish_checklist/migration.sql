-- AlterTable
ALTER TABLE "NewsroomSettings" ADD COLUMN     "publishChecklist" JSONB NOT NULL DEFAULT '{}';
