import path from "node:path";
import { readEnv } from "@/lib/env";

export type DbTarget =
  | { kind: "pglite"; dataDir: string; pgliteDir: string }
  | { kind: "postgres"; url: string };

/** DATABASE_URL unset: embedded PGlite under DATA_DIR (./data). Otherwise real PostgreSQL. */
export function resolveDbTarget(): DbTarget {
  const env = readEnv();
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL };
  const dataDir = path.resolve(env.DATA_DIR);
  return { kind: "pglite", dataDir, pgliteDir: path.join(dataDir, "pglite") };
}

export function describeTarget(target: DbTarget): string {
  if (target.kind === "pglite") return `embedded PGlite in ${target.pgliteDir}`;
  const url = new URL(target.url);
  return `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`;
}
