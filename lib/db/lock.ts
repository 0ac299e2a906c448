import fs from "node:fs";

// PGlite has no lock of its own: two processes on one data directory silently lose one
// process's writes. This lock file turns that into a clear error, and a lock left behind by a
// process that died is taken over.

export class DatabaseLockedError extends Error {
  constructor(
    readonly lockPath: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database is already in use by process ${pid} (lock file ${lockPath}). ` +
        "Stop that process first, or set DATABASE_URL to a PostgreSQL database, which several processes can share.",
    );
    this.name = "DatabaseLockedError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function acquireLock(lockPath: string): () => void {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      const release = () => {
        try {
          if (fs.readFileSync(lockPath, "utf8").trim() === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          // already gone
        }
        process.off("exit", release);
      };
      process.on("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number.parseInt(fs.readFileSync(lockPath, "utf8").trim(), 10);
      if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) {
        throw new DatabaseLockedError(lockPath, owner);
      }
      // Stale: the owner died without cleaning up (or it is us after a crash). Take it over.
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not acquire the database lock ${lockPath}`);
}
