import { applyMigrations } from "@/lib/db/migrations";
import type { SqlExecutor } from "@/lib/db/sql-executor";
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader } from "@/lib/backup/backup";
import { quoteIdent, readAppliedMigrations, readTables } from "@/lib/backup/catalog";

// Restores a backup into an EMPTY database of either kind, in one transaction: it all goes in, or
// nothing does. The database is migrated first (a brand-new one is fine); it must then have the
// same migrations as the backup, and every table must be empty, or nothing is touched.

export class RestoreError extends Error {
  override name = "RestoreError";
}

const BATCH = 500;

export interface RestoreSummary {
  tables: number;
  rows: number;
}

function parseLine(line: string, number: number): Record<string, unknown> {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    throw new RestoreError(`Line ${number} of the backup is not JSON: the file is damaged. Nothing was restored.`);
  }
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** Reads the lines of a backup (from `lines`) into `db`. */
export async function restoreDatabase(
  db: SqlExecutor,
  lines: AsyncIterable<string>,
  log: (line: string) => void = () => {},
): Promise<RestoreSummary> {
  const iterator = lines[Symbol.asyncIterator]();
  let lineNumber = 0;
  const next = async (): Promise<string | undefined> => {
    for (;;) {
      const result = await iterator.next();
      if (result.done) return undefined;
      lineNumber += 1;
      if (result.value.trim()) return result.value;
    }
  };

  const first = await next();
  const header = first ? (parseLine(first, lineNumber) as unknown as BackupHeader) : undefined;
  if (!header || header.format !== BACKUP_FORMAT) throw new RestoreError("This file is not a Two Sessions Tracker backup.");
  if (header.version !== BACKUP_VERSION) throw new RestoreError(`Backup format version ${header.version} is not supported (expected ${BACKUP_VERSION}).`);

  const applied = await applyMigrations(db, { log });
  if (applied.length) log(`migrated the empty database: ${applied.join(", ")}`);
  const migrations = await readAppliedMigrations(db);
  if (!sameList(migrations, header.migrations)) {
    throw new RestoreError(
      `The backup was made at schema ${header.migrations.at(-1) ?? "(none)"}, this database is at ${migrations.at(-1) ?? "(none)"}. ` +
        "Restore it with the version of the tracker that made it. Nothing was restored.",
    );
  }
  const tables = new Map((await readTables(db)).map((table) => [table.name, table]));
  for (const table of header.tables) {
    const here = tables.get(table.name);
    if (!here || !sameList([...here.columns].sort(), [...table.columns].sort())) {
      throw new RestoreError(`Table ${table.name} differs between the backup and this database. Nothing was restored.`);
    }
  }
  for (const table of tables.values()) {
    const [{ any }] = await db.query<{ any: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${quoteIdent(table.name)}) AS any`);
    if (any) throw new RestoreError(`The database is not empty (table ${table.name} has rows). Restore only into an empty database. Nothing was restored.`);
  }

  const expected = new Map(header.tables.map((table) => [table.name, table]));
  const counts = new Map<string, number>();
  let batch: unknown[] = [];
  let batchTable: string | undefined;
  const flush = async () => {
    if (!batchTable || batch.length === 0) return;
    const columns = expected.get(batchTable)!.columns.map(quoteIdent).join(", ");
    const name = quoteIdent(batchTable);
    await db.query(`INSERT INTO ${name} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${name}, $1::json)`, [JSON.stringify(batch)]);
    counts.set(batchTable, (counts.get(batchTable) ?? 0) + batch.length);
    batch = [];
  };

  await db.exec("BEGIN");
  try {
    let ended: { rows: number } | undefined;
    for (let line = await next(); line !== undefined; line = await next()) {
      if (ended) throw new RestoreError(`Line ${lineNumber} comes after the end of the backup: the file is damaged. Nothing was restored.`);
      const record = parseLine(line, lineNumber);
      if (record.end === true) {
        await flush();
        ended = { rows: Number(record.rows) };
        continue;
      }
      const table = record.t;
      if (typeof table !== "string" || !expected.has(table) || typeof record.r !== "object" || record.r === null) {
        throw new RestoreError(`Line ${lineNumber} is not a row of a known table: the file is damaged. Nothing was restored.`);
      }
      if (table !== batchTable || batch.length >= BATCH) await flush();
      batchTable = table;
      batch.push(record.r);
    }
    if (!ended) throw new RestoreError("The backup ends early (no end line): the file is truncated. Nothing was restored.");
    let total = 0;
    for (const table of header.tables) {
      const got = counts.get(table.name) ?? 0;
      if (got !== table.rows) throw new RestoreError(`Table ${table.name}: the backup lists ${table.rows} rows but holds ${got}. Nothing was restored.`);
      total += got;
    }
    await db.exec("COMMIT");
    return { tables: header.tables.length, rows: total };
  } catch (error) {
    await db.exec("ROLLBACK").catch(() => {});
    throw error;
  }
}
