import type { SqlExecutor } from "@/lib/db/sql-executor";
import { quoteIdent, readAppliedMigrations, readTables, type TableInfo } from "@/lib/backup/catalog";

// A full backup as JSON Lines: a header line (format, migrations, tables with their columns and
// row counts), one line per row ({"t": table, "r": row}), and an end line with the total, so a
// truncated file is recognised on restore. Rows come out of PostgreSQL's own row_to_json and go
// back in through json_populate_recordset, so every type (dates, arrays, enums, JSON) survives
// exactly, on PGlite and PostgreSQL alike. Staff accounts (with password hashes), revisions and
// the audit log are included: the file is as sensitive as the database.

export const BACKUP_FORMAT = "two-sessions-tracker-backup";
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  migrations: string[];
  tables: Array<{ name: string; columns: string[]; rows: number }>;
}

export type BackupLine = BackupHeader | { t: string; r: Record<string, unknown> } | { end: true; rows: number };

const PAGE = 1000;

export interface BackupSummary {
  tables: number;
  rows: number;
}

/** Writes the whole database through `write` (one JSON line at a time), from one snapshot. */
export async function exportDatabase(db: SqlExecutor, write: (line: string) => void | Promise<void>): Promise<BackupSummary> {
  // One snapshot for every table: a backup taken while editors work is still consistent.
  await db.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  try {
    const tables = await readTables(db);
    const counted: Array<TableInfo & { rows: number }> = [];
    for (const table of tables) {
      const [{ count }] = await db.query<{ count: string | number }>(`SELECT count(*) AS count FROM ${quoteIdent(table.name)}`);
      counted.push({ ...table, rows: Number(count) });
    }
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      migrations: await readAppliedMigrations(db),
      tables: counted.map(({ name, columns, rows }) => ({ name, columns, rows })),
    };
    await write(JSON.stringify(header));
    let total = 0;
    for (const table of counted) {
      const order = (table.primaryKey.length ? table.primaryKey : table.columns).map(quoteIdent).join(", ");
      for (let offset = 0; offset < table.rows; offset += PAGE) {
        const rows = await db.query<{ j: string }>(
          `SELECT row_to_json(t)::text AS j FROM ${quoteIdent(table.name)} t ORDER BY ${order} LIMIT ${PAGE} OFFSET ${offset}`,
        );
        for (const row of rows) await write(`{"t":${JSON.stringify(table.name)},"r":${row.j}}`);
        total += rows.length;
      }
    }
    await write(JSON.stringify({ end: true, rows: total }));
    return { tables: counted.length, rows: total };
  } finally {
    await db.exec("COMMIT");
  }
}
