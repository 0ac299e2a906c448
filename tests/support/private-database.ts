import fs from "node:fs";
import path from "node:path";
import type { DbTarget } from "@/lib/db/target";
import { copyPgliteTemplate } from "./pglite-template";
import { createPostgresDatabase } from "./postgres-database";
import { uniqueRunId } from "./run-dir";
import { suiteDatabase } from "./suite-database";

export interface PrivateDatabase {
  target: DbTarget;
  /** Removes the database. Close every client on it first. */
  dispose: () => Promise<void>;
}

/**
 * A fresh, migrated database of the run's kind that no other test shares, for tests that need
 * to count whole tables (e.g. a seed run). Open it with createPrismaClient(target) or
 * withExecutor(target, ...). Most tests should use the shared `db` and factories instead.
 */
export async function createPrivateDatabase(): Promise<PrivateDatabase> {
  const suite = suiteDatabase();
  if (suite.kind === "postgres") {
    const database = await createPostgresDatabase(suite.serverUrl, { migrate: true });
    return { target: { kind: "postgres", url: database.url }, dispose: database.drop };
  }
  const dataDir = path.join(suite.runDir, `private-${uniqueRunId()}`);
  const pgliteDir = copyPgliteTemplate(suite.pglite.migratedDir, dataDir);
  return {
    target: { kind: "pglite", dataDir, pgliteDir },
    dispose: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
  };
}
