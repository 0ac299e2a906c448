import type { SqlExecutor } from "@/lib/db/sql-executor";

// What a backup needs to know about the schema, read from the database's own catalog rather than
// from a list kept by hand: a table added by a later migration is backed up without anyone
// remembering to add it here.

export interface TableInfo {
  name: string;
  /** Columns in table order, generated columns left out (the database computes them again). */
  columns: string[];
  primaryKey: string[];
}

export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** Every table of the current schema except the migrations ledger, parents before children. */
export async function readTables(db: SqlExecutor): Promise<TableInfo[]> {
  const columns = await db.query<{ table: string; column: string }>(`
    SELECT c.relname AS "table", a.attname AS "column"
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'
      AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
    ORDER BY c.relname, a.attnum`);
  const keys = await db.query<{ table: string; column: string }>(`
    SELECT c.relname AS "table", a.attname AS "column"
    FROM pg_index i
    JOIN pg_class c ON c.oid = i.indrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY(i.indkey)
    WHERE i.indisprimary AND n.nspname = current_schema()
    ORDER BY c.relname, array_position(i.indkey::int2[], a.attnum)`);
  const references = await db.query<{ table: string; parent: string }>(`
    SELECT DISTINCT c.relname AS "table", p.relname AS "parent"
    FROM pg_constraint k
    JOIN pg_class c ON c.oid = k.conrelid
    JOIN pg_class p ON p.oid = k.confrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE k.contype = 'f' AND n.nspname = current_schema() AND c.relname <> p.relname`);

  const tables = new Map<string, TableInfo>();
  for (const row of columns) {
    const table = tables.get(row.table) ?? { name: row.table, columns: [], primaryKey: [] };
    table.columns.push(row.column);
    tables.set(row.table, table);
  }
  for (const row of keys) tables.get(row.table)?.primaryKey.push(row.column);

  // Topological order; a table's references to itself (threaded notes) are checked at the end of
  // the one INSERT that loads the table, so they need no ordering.
  const parents = new Map<string, Set<string>>();
  for (const row of references) (parents.get(row.table) ?? parents.set(row.table, new Set()).get(row.table)!).add(row.parent);
  const ordered: TableInfo[] = [];
  const done = new Set<string>();
  const visit = (name: string, path: string[]) => {
    if (done.has(name)) return;
    if (path.includes(name)) throw new Error(`Foreign keys form a cycle: ${[...path, name].join(" -> ")}`);
    for (const parent of [...(parents.get(name) ?? [])].sort()) if (tables.has(parent)) visit(parent, [...path, name]);
    done.add(name);
    ordered.push(tables.get(name)!);
  };
  for (const name of [...tables.keys()].sort()) visit(name, []);
  return ordered;
}

export async function readAppliedMigrations(db: SqlExecutor): Promise<string[]> {
  const rows = await db.query<{ name: string }>(
    `SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((row) => row.name);
}
