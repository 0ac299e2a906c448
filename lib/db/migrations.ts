import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { SqlExecutor } from "@/lib/db/sql-executor";

// Applies the committed migrations in Prisma's folder layout and records them in Prisma's own
// `_prisma_migrations` table, so a machine with the native engine can still use the stock CLI.
// Each migration runs in its own transaction: a failing one rolls back, stops the run and is
// reported with the database's error. Nothing is ever recorded as applied unless it committed.

export const migrationsDir = path.resolve(process.cwd(), "prisma", "migrations");

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export class MigrationError extends Error {
  constructor(
    readonly migration: string,
    readonly cause: unknown,
  ) {
    super(`Migration ${migration} failed and was rolled back: ${(cause as Error)?.message ?? String(cause)}`);
    this.name = "MigrationError";
  }
}

export function checksumOf(sql: string): string {
  return createHash("sha256").update(sql).digest("hex");
}

export function listMigrationFiles(dir = migrationsDir): MigrationFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: checksumOf(sql) };
    });
}

const createTableSql = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

// Several app instances may start at once against one PostgreSQL: only one migrates.
const advisoryLockKey = 7_207_2022;

interface AppliedRow {
  migration_name: string;
  checksum: string;
}

export interface MigrationStatus {
  applied: string[];
  pending: string[];
  /** Applied migrations whose file has changed since. */
  modified: string[];
  /** Applied in the database but missing from the folder. */
  unknown: string[];
}

export async function readMigrationStatus(db: SqlExecutor, dir = migrationsDir): Promise<MigrationStatus> {
  await db.exec(createTableSql);
  const rows = await db.query<AppliedRow>(
    `SELECT migration_name, checksum FROM "_prisma_migrations"
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  const files = listMigrationFiles(dir);
  const applied = new Map(rows.map((row) => [row.migration_name, row.checksum]));
  const names = new Set(files.map((file) => file.name));
  return {
    applied: files.filter((file) => applied.has(file.name)).map((file) => file.name),
    pending: files.filter((file) => !applied.has(file.name)).map((file) => file.name),
    modified: files.filter((file) => applied.has(file.name) && applied.get(file.name) !== file.checksum).map((f) => f.name),
    unknown: rows.map((row) => row.migration_name).filter((name) => !names.has(name)),
  };
}

export async function applyMigrations(
  db: SqlExecutor,
  options: { dir?: string; log?: (line: string) => void } = {},
): Promise<string[]> {
  const log = options.log ?? (() => {});
  // Lock before anything else: even CREATE TABLE IF NOT EXISTS collides when two instances run it
  // on a new database at the same moment.
  await db.query("SELECT pg_advisory_lock($1)", [advisoryLockKey]);
  try {
    const status = await readMigrationStatus(db, options.dir);
    for (const name of status.modified) log(`warning: migration ${name} was changed after it was applied`);
    const files = listMigrationFiles(options.dir).filter((file) => status.pending.includes(file.name));
    for (const file of files) {
      log(`applying ${file.name}`);
      await db.exec("BEGIN");
      try {
        await db.exec(file.sql);
        await db.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
           VALUES ($1, $2, now(), $3, 1)`,
          [randomUUID(), file.checksum, file.name],
        );
        await db.exec("COMMIT");
      } catch (error) {
        await db.exec("ROLLBACK").catch(() => {});
        throw new MigrationError(file.name, error);
      }
    }
    return files.map((file) => file.name);
  } finally {
    await db.query("SELECT pg_advisory_unlock($1)", [advisoryLockKey]);
  }
}
