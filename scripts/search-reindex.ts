// npm run search:reindex: rebuild the public search index from the records, in one transaction.
// Needed only after a change to how text is tokenized (lib/search/text.ts) or to what a document
// holds; every save keeps the index current by itself. Stop the server first on the embedded database.
import { createPrismaClient } from "@/lib/db/client";
import { describeTarget, resolveDbTarget } from "@/lib/db/target";
import { rebuildSearchIndex } from "@/lib/search/reindex";
import { assertSchemaReady } from "@/lib/seed/schema-check";

async function main(): Promise<number> {
  const target = resolveDbTarget();
  console.log(`database: ${describeTarget(target)}`);
  const { prisma, close } = createPrismaClient(target);
  try {
    await assertSchemaReady(prisma);
    const started = Date.now();
    const count = await prisma.$transaction((tx) => rebuildSearchIndex(tx), { maxWait: 30_000, timeout: 3_600_000 });
    console.log(`search index rebuilt: ${count} documents in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  } finally {
    await close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`reindex failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
