import { execFile, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPGlite, type OpenedPGlite } from "@/lib/db/pglite";
import { copyPgliteTemplate } from "@/tests/support/pglite-template";
import { suiteDatabase } from "@/tests/support/suite-database";

// Two processes on one PGlite directory silently lose one's writes, so the data directory is
// guarded by a lock file. Here a real second process tries to open a directory this one holds.

const tsx = path.resolve("node_modules", ".bin", "tsx");
const child = path.resolve("tests", "support", "open-database-child.ts");
const suite = suiteDatabase();

interface ChildOutcome {
  opened: boolean;
  name?: string;
  message?: string;
}

async function openInChild(mode: "scripts" | "server", dataDir: string): Promise<ChildOutcome> {
  const { stdout } = await promisify(execFile)(tsx, [child, mode, dataDir], { timeout: 60_000 });
  const line = stdout.trim().split("\n").pop() ?? "";
  return JSON.parse(line) as ChildOutcome;
}

/** The pid of a process that has certainly exited. */
function deadPid(): number {
  const result = spawnSync(process.execPath, ["-e", ""]);
  return result.pid;
}

// Each case starts a tsx process (1-3 s alone, more on a busy machine).
describe("the embedded database lock", { timeout: 60_000 }, () => {
  // The PGlite template exists in every run, so this runs in PostgreSQL runs as well.
  const dataDir = path.join(suite.runDir, `lock-${process.pid}`);
  const pgliteDir = path.join(dataDir, "pglite");
  const lockPath = `${pgliteDir}.lock`;

  beforeAll(() => {
    copyPgliteTemplate(suite.pglite.migratedDir, dataDir);
  });

  afterAll(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  describe("while this process holds the database", () => {
    let holder: OpenedPGlite;
    beforeAll(async () => {
      holder = await openPGlite(pgliteDir);
    });
    afterAll(async () => {
      await holder?.close();
    });

    it.each(["scripts", "server"] as const)("refuses a second process opening it (as %s open it)", async (mode) => {
      const outcome = await openInChild(mode, dataDir);

      expect(outcome.opened).toBe(false);
      expect(outcome.name).toBe("DatabaseLockedError");
      expect(outcome.message).toContain(`in use by process ${process.pid}`);
      expect(outcome.message).toContain(lockPath);
      expect(outcome.message).toContain("DATABASE_URL");
      // The holder is unharmed.
      const { rows } = await holder.pg.query<{ ok: number }>("SELECT 1 AS ok");
      expect(rows).toEqual([{ ok: 1 }]);
    });
  });

  it("releases the lock when the holder closes it", async () => {
    const opened = await openPGlite(pgliteDir);
    expect(fs.readFileSync(lockPath, "utf8")).toBe(String(process.pid));
    await opened.close();
    expect(fs.existsSync(lockPath)).toBe(false);
  });

  it("takes over a lock left by a process that died", async () => {
    const pid = deadPid();
    fs.writeFileSync(lockPath, String(pid));

    expect(await openInChild("server", dataDir)).toEqual({ opened: true });
    expect(fs.existsSync(lockPath)).toBe(false);
  });
});
