import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { applyMigrations, listMigrationFiles } from "@/lib/db/migrations";
import { openPGlite } from "@/lib/db/pglite";
import { pgExecutor, pgliteExecutor } from "@/lib/db/sql-executor";
import { db } from "@/lib/db";
import { describeMigrationRunner, type OpenedExecutor } from "@/tests/support/migration-runner-suite";
import { copyPgliteTemplate } from "@/tests/support/pglite-template";
import { createPostgresDatabase } from "@/tests/support/postgres-database";
import { suiteDatabase } from "@/tests/support/suite-database";

// The migration runner on the run's own kind of database, opened the way scripts/migrate.ts
// opens it: a locked PGlite data directory, or a pg client on PostgreSQL (a fresh database, so
// the run's shared one is never touched by synthetic migrations).

const suite = suiteDatabase();

async function openSuiteKind(): Promise<OpenedExecutor> {
  if (suite.kind === "postgres") {
    const database = await createPostgresDatabase(suite.serverUrl);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    return {
      executor: pgExecutor(client),
      close: async () => {
        await client.end();
        await database.drop();
      },
    };
  }
  const dataDir = path.join(suite.runDir, `migrations-${process.pid}`);
  const opened = await openPGlite(copyPgliteTemplate(suite.pglite.migratedDir, dataDir));
  return {
    executor: pgliteExecutor(opened.pg),
    close: async () => {
      await opened.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

describeMigrationRunner(suite.kind === "postgres" ? "PostgreSQL" : "a PGlite data directory", openSuiteKind);

describe("the run's database", () => {
  it("holds every committed migration, with the checksum of its file", async () => {
    const rows = await db.$queryRawUnsafe<{ migration_name: string; checksum: string }[]>(
      `SELECT migration_name, checksum FROM "_prisma_migrations"
       WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    );
    const files = listMigrationFiles().map((file) => ({ migration_name: file.name, checksum: file.checksum }));
    expect(rows).toEqual(files);
  });
});

describe.runIf(suite.kind === "postgres")("several app instances starting at once", () => {
  it("migrate the database exactly once", async () => {
    if (suite.kind !== "postgres") return;
    const database = await createPostgresDatabase(suite.serverUrl);
    const clients = [1, 2, 3].map(() => new pg.Client({ connectionString: database.url }));
    try {
      await Promise.all(clients.map((client) => client.connect()));
      const results = await Promise.all(clients.map((client) => applyMigrations(pgExecutor(client))));
      const names = listMigrationFiles().map((file) => file.name);
      expect(results.flat().sort()).toEqual(names);
      const { rows } = await clients[0]!.query<{ n: number }>('SELECT count(*)::int AS n FROM "_prisma_migrations"');
      expect(rows[0]?.n).toBe(names.length);
    } finally {
      await Promise.all(clients.map((client) => client.end().catch(() => {})));
      await database.drop();
    }
  });
});
