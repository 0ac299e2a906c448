import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { vi } from "vitest";

// Counts the SQL statements the app sends while `fn` runs, on PGlite and on PostgreSQL alike, by
// watching the two drivers' query methods (what Prisma's adapters call for every statement).
// Used to prove a page's data costs a fixed handful of queries however many rows it shows.
export async function countQueries<T>(fn: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const pglite = vi.spyOn(PGlite.prototype, "query");
  const pool = vi.spyOn(pg.Pool.prototype, "query");
  try {
    const result = await fn();
    return { result, queries: pglite.mock.calls.length + pool.mock.calls.length };
  } finally {
    pglite.mockRestore();
    pool.mockRestore();
  }
}
