-- CreateEnum
CREATE TYPE "RepeatStatus" AS ENUM ('PROPOSED', 'CONFIRMED', 'REJECTED');

-- CreateTable
CREATE TABLE "RepeatLink" (
    "id" TEXT NOT NULL,
    "firstId" TEXT NOT NULL,
    "secondId" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "sharedTerms" TEXT[],
    "status" "RepeatStatus" NOT NULL DEFAULT 'PROPOSED',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RepeatLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RepeatLink_secondId_idx" ON "RepeatLink"("secondId");

-- CreateIndex
CREATE INDEX "RepeatLink_status_score_idx" ON "RepeatLink"("status", "score");

-- CreateIndex
CREATE UNIQUE INDEX "RepeatLink_firstId_secondId_key" ON "RepeatLink"("firstId", "secondId");

-- AddForeignKey
ALTER TABLE "RepeatLink" ADD CONSTRAINT "RepeatLink_firstId_fkey" FOREIGN KEY ("firstId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepeatLink" ADD CONSTRAINT "RepeatLink_secondId_fkey" FOREIGN KEY ("secondId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;
