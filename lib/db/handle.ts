import { createPrismaClient, type DbHandle } from "@/lib/db/client";
import { resolveDbTarget } from "@/lib/db/target";

// The server's one database handle. Kept on globalThis because Next bundles the modules that use
// it into several server chunks that must share one connection (and one PGlite lock).

const globalForDb = globalThis as unknown as { trackerDb?: DbHandle };

export function getDbHandle(): DbHandle {
  globalForDb.trackerDb ??= createPrismaClient(resolveDbTarget());
  return globalForDb.trackerDb;
}
