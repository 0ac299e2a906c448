import "server-only";
import { createPrismaClient, type DbHandle } from "@/lib/db/client";
import { resolveDbTarget } from "@/lib/db/target";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// The one Prisma client of the server. Opened on first use, not at import: `next build` loads
// page modules, and a build must never open (and lock) the embedded database. Kept on globalThis
// because Next bundles this module into several server chunks that must share one connection.

const globalForDb = globalThis as unknown as { trackerDb?: DbHandle };

export function getDbHandle(): DbHandle {
  globalForDb.trackerDb ??= createPrismaClient(resolveDbTarget());
  return globalForDb.trackerDb;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getDbHandle().prisma;
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
