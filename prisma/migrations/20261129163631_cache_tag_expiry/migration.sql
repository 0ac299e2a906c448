-- CreateTable
CREATE TABLE "CacheTagExpiry" (
    "tag" TEXT NOT NULL,
    "staleAt" BIGINT,
    "expiredAt" BIGINT,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CacheTagExpiry_pkey" PRIMARY KEY ("tag")
);

-- The search index gains filter tokens (topic, ministry, reply class, angle strength, provenance,
-- reply or not: lib/search/filter-tokens.ts). Emptying it makes the next `npm start` rebuild it
-- (ensureSearchIndex) with them; until then search answers nothing, for the seconds a rebuild takes.
DELETE FROM "SearchDocument";
