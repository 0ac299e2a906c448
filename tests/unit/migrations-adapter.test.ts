import { describe, expect, it } from "vitest";
import { SafePrismaPGlite } from "@/lib/db/pglite-adapter";
import { openEmptyMemoryPGlite } from "@/tests/support/memory-pglite";

// pglite-prisma-adapter 0.7.2 reports a failing script as a success (it does not await exec);
// Prisma runs migrations through executeScript, so our wrapper must surface the failure.

describe("SafePrismaPGlite", () => {
  it("rejects when a script fails, and leaves the failed statement's work undone", async () => {
    const pg = await openEmptyMemoryPGlite();
    try {
      const adapter = await new SafePrismaPGlite(pg).connect();
      await expect(
        adapter.executeScript("BEGIN; CREATE TABLE synthetic_t (id int); SELECT * FROM synthetic_missing; COMMIT;"),
      ).rejects.toThrow(/synthetic_missing/);
      await pg.exec("ROLLBACK").catch(() => {});
      const { rows } = await pg.query<{ found: string | null }>("SELECT to_regclass('synthetic_t')::text AS found");
      expect(rows[0]?.found).toBeNull();
    } finally {
      await pg.close();
    }
  });
});
