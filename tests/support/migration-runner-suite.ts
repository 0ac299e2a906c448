import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, checksumOf, MigrationError, readMigrationStatus } from "@/lib/db/migrations";
import type { SqlExecutor } from "@/lib/db/sql-executor";

// The behaviour of lib/db/migrations.ts that protects a production database, written once and run
// against every kind of database the app supports (tests/unit: in-memory PGlite; tests/integration:
// the run's own kind). The migrations are synthetic and sort after the committed ones, so the
// same checks hold on an empty database and on one that is already migrated.

export interface OpenedExecutor {
  executor: SqlExecutor;
  close: () => Promise<void>;
}

const good = "99990101000001_synthetic_good";
const bad = "99990101000002_synthetic_bad";
const after = "99990101000003_synthetic_after";

const goodSql = "CREATE TABLE synthetic_good (id integer PRIMARY KEY);\nINSERT INTO synthetic_good VALUES (1);\n";
// The first statement succeeds; the second fails, so only a real rollback removes the table.
const badSql = "CREATE TABLE synthetic_bad (id integer);\nINSERT INTO synthetic_missing_table VALUES (1);\n";
const fixedSql = "CREATE TABLE synthetic_bad (id integer);\n";
const afterSql = "CREATE TABLE synthetic_after (id integer);\n";

function writeMigration(dir: string, name: string, sql: string): void {
  fs.mkdirSync(path.join(dir, name), { recursive: true });
  fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
}

async function recorded(executor: SqlExecutor): Promise<Map<string, string>> {
  const rows = await executor.query<{ migration_name: string; checksum: string }>(
    `SELECT migration_name, checksum FROM "_prisma_migrations"
     WHERE migration_name LIKE '9999%' AND finished_at IS NOT NULL ORDER BY migration_name`,
  );
  return new Map(rows.map((row) => [row.migration_name, row.checksum]));
}

async function tableExists(executor: SqlExecutor, table: string): Promise<boolean> {
  const [row] = await executor.query<{ found: string | null }>("SELECT to_regclass($1)::text AS found", [table]);
  return row?.found != null;
}

export function describeMigrationRunner(label: string, open: () => Promise<OpenedExecutor>): void {
  describe(`migration runner on ${label}`, () => {
    let opened: OpenedExecutor;
    let dir: string;

    beforeAll(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), "synthetic-migrations-"));
      writeMigration(dir, good, goodSql);
      writeMigration(dir, bad, badSql);
      writeMigration(dir, after, afterSql);
      opened = await open();
    });

    afterAll(async () => {
      await opened?.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it("rolls back a failing migration, names it, and records only what committed", async () => {
      const { executor } = opened;
      const failure = await applyMigrations(executor, { dir }).catch((error: unknown) => error);

      expect(failure).toBeInstanceOf(MigrationError);
      expect((failure as MigrationError).migration).toBe(bad);
      expect((failure as Error).message).toContain(bad);
      expect((failure as Error).message).toContain("synthetic_missing_table");

      expect(await tableExists(executor, "synthetic_good")).toBe(true);
      expect(await tableExists(executor, "synthetic_bad")).toBe(false);
      expect(await tableExists(executor, "synthetic_after")).toBe(false);
      expect([...(await recorded(executor)).entries()]).toEqual([[good, checksumOf(goodSql)]]);
    });

    it("applies only the pending migrations once the failing one is fixed", async () => {
      const { executor } = opened;
      writeMigration(dir, bad, fixedSql);

      // Re-running the good migration would fail: its table and row already exist.
      expect(await applyMigrations(executor, { dir })).toEqual([bad, after]);
      expect(await applyMigrations(executor, { dir })).toEqual([]);

      expect([...(await recorded(executor)).entries()]).toEqual([
        [good, checksumOf(goodSql)],
        [bad, checksumOf(fixedSql)],
        [after, checksumOf(afterSql)],
      ]);
      const [row] = await executor.query<{ n: number }>("SELECT count(*)::int AS n FROM synthetic_good");
      expect(row?.n).toBe(1);
    });

    it("reports a migration whose file changed after it was applied", async () => {
      const { executor } = opened;
      writeMigration(dir, good, `${goodSql}-- edited after it was applied\n`);

      const status = await readMigrationStatus(executor, dir);

      expect(status.pending).toEqual([]);
      expect(status.modified).toEqual([good]);
      expect(status.applied).toEqual([good, bad, after]);
    });
  });
}
