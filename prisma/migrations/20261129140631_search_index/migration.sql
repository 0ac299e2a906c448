-- CreateTable
CREATE TABLE "SearchDocument" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "submissionId" TEXT,
    "year" INTEGER,
    "body" "Body",
    "href" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleZh" TEXT,
    "subtitle" TEXT,
    "content" TEXT NOT NULL,
    "haystack" TEXT NOT NULL,
    "pinyin" TEXT NOT NULL,
    "exactKeys" TEXT[],
    "tokens" TEXT[],
    "prefixes" TEXT[],
    "sortAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SearchDocument_tokens_idx" ON "SearchDocument" USING GIN ("tokens");

-- CreateIndex
CREATE INDEX "SearchDocument_prefixes_idx" ON "SearchDocument" USING GIN ("prefixes");

-- CreateIndex
CREATE INDEX "SearchDocument_entityId_idx" ON "SearchDocument"("entityId");

-- CreateIndex
CREATE INDEX "SearchDocument_submissionId_idx" ON "SearchDocument"("submissionId");
