-- CreateTable
CREATE TABLE "RevalidationOutbox" (
    "id" BIGSERIAL NOT NULL,
    "tags" TEXT[],
    "availableAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RevalidationOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RevalidationOutbox_availableAt_idx" ON "RevalidationOutbox"("availableAt");
