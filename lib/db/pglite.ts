import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { acquireLock } from "@/lib/db/lock";

// Every place that opens the embedded database goes through here, so the extensions the
// migrations use are always loaded and the data directory is always guarded.
export const pgliteExtensions = { pg_trgm, unaccent };

export interface OpenedPGlite {
  pg: PGlite;
  close: () => Promise<void>;
}

export async function openPGlite(pgliteDir: string): Promise<OpenedPGlite> {
  fs.mkdirSync(path.dirname(pgliteDir), { recursive: true });
  const release = acquireLock(`${pgliteDir}.lock`);
  try {
    const pg = await PGlite.create({ dataDir: pgliteDir, extensions: pgliteExtensions });
    return {
      pg,
      close: async () => {
        try {
          await pg.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** A throwaway in-memory database, for authoring migrations and for tests. */
export async function openMemoryPGlite(loadDataDir?: Blob): Promise<PGlite> {
  return PGlite.create({ extensions: pgliteExtensions, loadDataDir });
}
