-- CreateTable
CREATE TABLE "Front" (
    "key" TEXT NOT NULL,
    "sectionId" UUID,
    "layout" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" UUID,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Front_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Front_sectionId_key" ON "Front"("sectionId");

-- AddForeignKey
ALTER TABLE "Front" ADD CONSTRAINT "Front_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Front" ADD CONSTRAINT "Front_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
