import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { acquireLock } from "@/lib/db/lock";
import { pgliteExtensions } from "@/lib/db/pglite";
import { SafePrismaPGlite } from "@/lib/db/pglite-adapter";
import type { DbTarget } from "@/lib/db/target";

export interface DbHandle {
  prisma: PrismaClient;
  close: () => Promise<void>;
}

/** A Prisma client on the target database. The embedded database is locked while it is open. */
export function createPrismaClient(target: DbTarget): DbHandle {
  if (target.kind === "postgres") {
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: target.url }) });
    return { prisma, close: () => prisma.$disconnect() };
  }
  fs.mkdirSync(path.dirname(target.pgliteDir), { recursive: true });
  const release = acquireLock(`${target.pgliteDir}.lock`);
  const pg = new PGlite({ dataDir: target.pgliteDir, extensions: pgliteExtensions });
  const prisma = new PrismaClient({ adapter: new SafePrismaPGlite(pg) });
  return {
    prisma,
    close: async () => {
      try {
        await prisma.$disconnect();
        await pg.close();
      } finally {
        release();
      }
    },
  };
}
