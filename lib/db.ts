import "server-only";
import { getDbHandle } from "@/lib/db/handle";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export { getDbHandle };

// The one Prisma client of the server, opened on first use rather than at import: `next build`
// loads page modules, and a build must never open (and lock) the embedded database. The running
// server opens it at start-up (instrumentation.ts), so it holds the embedded database's lock
// from its first moment.
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getDbHandle().prisma;
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
