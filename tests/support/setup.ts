import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeEach, vi } from "vitest";
import { resetEnvCache } from "@/lib/env";
import type { DbHandle } from "@/lib/db/client";
import { actAs } from "./acting-user";
import { copyPgliteTemplate } from "./pglite-template";
import { suiteDatabase } from "./suite-database";

// Runs in every test file before the file is imported. It points lib/env at the run's database
// before anything can open lib/db, installs the acting-user seam, and closes the database after
// the file so no PGlite keeps the worker alive.

// getCurrentUser() returns whoever actAs() set (see session-mock.ts for the other exports).
vi.mock("@/lib/auth/session", async (importOriginal) => {
  const { mockSessionModule } = await import("./session-mock");
  return mockSessionModule(importOriginal);
});

// Outside a Next server there is no data cache: cached public reads run straight through, and
// cache invalidation is a no-op a test can inspect. Files may still mock next/cache themselves.
vi.mock("next/cache", () => ({
  unstable_cache: <T>(load: T) => load,
  updateTag: vi.fn(),
  revalidateTag: vi.fn(),
  revalidatePath: vi.fn(),
}));

function configureDatabase(): void {
  const database = suiteDatabase();
  if (database.kind === "postgres") {
    process.env.DATABASE_URL = database.url;
    return;
  }
  // Never fall through to a DATABASE_URL from the developer's shell.
  delete process.env.DATABASE_URL;
  // One copy per worker slot, reused by the files that slot runs one after another: factories
  // make unique rows, so tests never need an empty database, and each copy is opened by one
  // process at a time (the lock file would say so otherwise).
  const dataDir = path.join(database.runDir, `worker-${process.env.VITEST_POOL_ID ?? "1"}`);
  if (!fs.existsSync(path.join(dataDir, "pglite"))) copyPgliteTemplate(database.pglite.migratedDir, dataDir);
  process.env.DATA_DIR = dataDir;
}

configureDatabase();
process.env.NEXTAUTH_SECRET ??= "synthetic-secret-for-tests-only-0123456789abcdef";
resetEnvCache();

beforeEach(() => {
  actAs(null);
});

afterAll(async () => {
  // Read the handle lib/db keeps on globalThis instead of importing lib/db: a file that never
  // touched the database should not pay for loading Prisma, nor open a database to close it.
  const holder = globalThis as { trackerDb?: DbHandle };
  const handle = holder.trackerDb;
  delete holder.trackerDb;
  await handle?.close();
});
