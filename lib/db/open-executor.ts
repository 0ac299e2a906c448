import pg from "pg";
import { openPGlite } from "@/lib/db/pglite";
import { pgExecutor, pgliteExecutor, type SqlExecutor } from "@/lib/db/sql-executor";
import type { DbTarget } from "@/lib/db/target";

/** Opens the target database with a plain driver (no Prisma) for scripts, runs `work`, closes it. */
export async function withExecutor<T>(target: DbTarget, work: (db: SqlExecutor) => Promise<T>): Promise<T> {
  if (target.kind === "pglite") {
    const opened = await openPGlite(target.pgliteDir);
    try {
      return await work(pgliteExecutor(opened.pg));
    } finally {
      await opened.close();
    }
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    return await work(pgExecutor(client));
  } finally {
    await client.end();
  }
}
