import type { TestProject } from "vitest/node";
import { ensurePgliteTemplate } from "./pglite-template";
import { createPostgresDatabase, isPostgresUrl, type TestPostgresDatabase } from "./postgres-database";
import { createRunDir, uniqueRunId, type RunDir } from "./run-dir";
import type { SuiteDatabase } from "./suite-database";

// Runs once per `vitest run`, before any worker starts. It prepares the run's database and tells
// the workers where it is (tests/support/setup.ts picks it up):
// - TEST_DATABASE_URL=postgresql://...: a fresh, migrated database on that server, dropped after;
// - otherwise embedded PGlite: a migrated template (cached under .tmp/) that each worker copies.

let database: TestPostgresDatabase | undefined;
let runDir: RunDir | undefined;

export async function setup(project: TestProject): Promise<void> {
  const serverUrl = process.env.TEST_DATABASE_URL?.trim();
  const log = (line: string) => console.log(`[test db] ${line}`);
  // Built in either kind of run: tests also open private PGlite databases from it.
  const pglite = await ensurePgliteTemplate(log);
  runDir = createRunDir("test-runs", uniqueRunId());
  let provided: SuiteDatabase = { kind: "pglite", templateDir: pglite.migratedDir, pglite, runDir: runDir.dir };
  if (serverUrl) {
    if (!isPostgresUrl(serverUrl)) throw new Error("TEST_DATABASE_URL must be a postgresql:// URL");
    database = await createPostgresDatabase(serverUrl, { prefix: "tst", migrate: true });
    log(`PostgreSQL database ${database.name} (dropped after the run)`);
    provided = { kind: "postgres", url: database.url, serverUrl, pglite, runDir: runDir.dir };
  }
  project.provide("suiteDatabase", provided);
}

export async function teardown(): Promise<void> {
  runDir?.remove();
  await database?.drop();
}
