import { inject } from "vitest";
import type { PgliteTemplate } from "./pglite-template";

// What the global setup hands to every test worker: which database this run uses, plus what any
// test may use in either kind of run.
export type SuiteDatabase = (
  | { kind: "pglite"; /** Same as pglite.migratedDir. */ templateDir: string }
  | { kind: "postgres"; url: string; serverUrl: string }
) & {
  /** The cached PGlite templates: a migrated data directory and an empty-database dump. */
  pglite: PgliteTemplate;
  /** This run's scratch folder (.tmp/test-runs/<id>), removed after the run. */
  runDir: string;
};

declare module "vitest" {
  export interface ProvidedContext {
    suiteDatabase: SuiteDatabase;
  }
}

/** The database of this run: kind "pglite" (default) or "postgres" (TEST_DATABASE_URL set). */
export function suiteDatabase(): SuiteDatabase {
  return inject("suiteDatabase");
}
