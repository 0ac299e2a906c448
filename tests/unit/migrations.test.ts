import { describe, expect, it } from "vitest";
import { applyMigrations, listMigrationFiles, readMigrationStatus } from "@/lib/db/migrations";
import { pgliteExecutor } from "@/lib/db/sql-executor";
import { openEmptyMemoryPGlite } from "@/tests/support/memory-pglite";
import { describeMigrationRunner } from "@/tests/support/migration-runner-suite";

// The migration runner on a throwaway in-memory PGlite: no data directory, no shared database.

describeMigrationRunner("in-memory PGlite", async () => {
  const pg = await openEmptyMemoryPGlite();
  return { executor: pgliteExecutor(pg), close: () => pg.close() };
});

describe("the committed migrations", () => {
  it("apply in order to an empty database, and a second run applies nothing", async () => {
    const pg = await openEmptyMemoryPGlite();
    try {
      const executor = pgliteExecutor(pg);
      const names = listMigrationFiles().map((file) => file.name);
      expect(names.length).toBeGreaterThan(0);

      expect(await applyMigrations(executor)).toEqual(names);
      expect(await applyMigrations(executor)).toEqual([]);
      const status = await readMigrationStatus(executor);
      expect(status).toEqual({ applied: names, pending: [], modified: [], unknown: [] });
    } finally {
      await pg.close();
    }
  });
});
