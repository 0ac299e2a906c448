import type { PGlite } from "@electric-sql/pglite";
import type pg from "pg";

/** The little the migration runner needs from a database, so it runs on PGlite and pg alike. */
export interface SqlExecutor {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of several statements. Errors reject (never swallowed). */
  exec(script: string): Promise<void>;
}

export function pgliteExecutor(db: PGlite): SqlExecutor {
  return {
    query: async <T>(sql: string, params?: unknown[]) => (await db.query<T>(sql, params)).rows,
    exec: async (script) => {
      await db.exec(script);
    },
  };
}

export function pgExecutor(client: pg.Client | pg.PoolClient): SqlExecutor {
  return {
    query: async <T>(sql: string, params?: unknown[]) =>
      (await client.query(sql, params as unknown[])).rows as T[],
    exec: async (script) => {
      await client.query(script);
    },
  };
}
