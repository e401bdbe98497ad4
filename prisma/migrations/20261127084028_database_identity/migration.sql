-- CreateTable
CREATE TABLE "DatabaseIdentity" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "value" UUID NOT NULL DEFAULT gen_random_uuid(),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DatabaseIdentity_pkey" PRIMARY KEY ("id")
);

-- This database's identity, made once, here: every database migrated from empty gets its own.
INSERT INTO "DatabaseIdentity" ("id") VALUES (1);
