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
CREATE INDEX "SearchDocument_kind_sortAt_idx" ON "SearchDocument"("kind", "sortAt");

-- CreateIndex
CREATE INDEX "SearchDocument_entityId_idx" ON "SearchDocument"("entityId");

-- CreateIndex
CREATE INDEX "SearchDocument_submissionId_idx" ON "SearchDocument"("submissionId");


-- Hand-written: no GIN pending list. With fastupdate on, new entries wait in an unsorted list that
-- every search scans in full until a VACUUM merges them, and PGlite never runs autovacuum.
-- Editorial writes are few; searches are many.
ALTER INDEX "SearchDocument_tokens_idx" SET (fastupdate = off);
ALTER INDEX "SearchDocument_prefixes_idx" SET (fastupdate = off);
-- Keep rows and their token arrays inline (compressed) rather than in the TOAST table: a search
-- reads a row's tokens whenever the planner filters instead of using the index, and fetching
-- them out of line cost ~25 us a row where decompressing inline costs a few.
ALTER TABLE "SearchDocument" SET (toast_tuple_target = 8160);
ALTER TABLE "SearchDocument" ALTER COLUMN "tokens" SET STORAGE MAIN;
