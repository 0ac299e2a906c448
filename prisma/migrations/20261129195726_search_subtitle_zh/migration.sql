-- AlterTable
ALTER TABLE "SearchDocument" ADD COLUMN     "subtitleZh" TEXT;

-- Search results get a Chinese subtitle for the Chinese interface (lib/search/subtitles.ts).
-- Emptying the index makes the next `npm start` rebuild it (ensureSearchIndex) with the new column
-- filled; until then search answers nothing, for the seconds a rebuild takes.
DELETE FROM "SearchDocument";
