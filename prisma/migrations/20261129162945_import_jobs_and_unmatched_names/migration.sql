-- CreateEnum
CREATE TYPE "ImportJobStatus" AS ENUM ('DRY_RUN', 'RUNNING', 'DONE', 'FAILED');

-- CreateEnum
CREATE TYPE "UnmatchedNameKind" AS ENUM ('PERSON_OR_ORGANIZATION', 'MINISTRY');

-- CreateEnum
CREATE TYPE "UnmatchedNameStatus" AS ENUM ('OPEN', 'LINKED', 'CREATED', 'IGNORED');

-- CreateTable
CREATE TABLE "ImportJob" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "status" "ImportJobStatus" NOT NULL DEFAULT 'DRY_RUN',
    "skipRefused" BOOLEAN NOT NULL DEFAULT false,
    "report" JSONB,
    "totalRows" INTEGER NOT NULL DEFAULT 0,
    "doneRows" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "createdById" TEXT,
    "createdBy" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImportJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnmatchedName" (
    "id" TEXT NOT NULL,
    "kind" "UnmatchedNameKind" NOT NULL,
    "name" TEXT NOT NULL,
    "matchKey" TEXT NOT NULL,
    "status" "UnmatchedNameStatus" NOT NULL DEFAULT 'OPEN',
    "personId" TEXT,
    "organizationId" TEXT,
    "firstSeenIn" TEXT NOT NULL,
    "seenCount" INTEGER NOT NULL DEFAULT 1,
    "resolvedBy" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UnmatchedName_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImportJob_createdAt_idx" ON "ImportJob"("createdAt");

-- CreateIndex
CREATE INDEX "UnmatchedName_status_createdAt_idx" ON "UnmatchedName"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "UnmatchedName_kind_matchKey_key" ON "UnmatchedName"("kind", "matchKey");
