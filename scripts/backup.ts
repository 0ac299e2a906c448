// npm run backup -- <file>: everything in the configured database (staff accounts, revisions and
// the audit log included) to one JSON Lines file. With the embedded database, stop the server
// first (it holds the data directory). On PostgreSQL it may run while the app serves.
import fs from "node:fs";
import path from "node:path";
import { exportDatabase } from "@/lib/backup/backup";
import { withExecutor } from "@/lib/db/open-executor";
import { describeTarget, resolveDbTarget } from "@/lib/db/target";

async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file) {
    console.error("Usage: npm run backup -- <file.jsonl>");
    return 2;
  }
  const target = resolveDbTarget();
  if (target.kind === "pglite" && !fs.existsSync(target.pgliteDir)) {
    console.error(`There is no database in ${target.pgliteDir} to back up.`);
    return 1;
  }
  // Written beside the target and renamed at the end: a failed backup never leaves a file that
  // looks complete, and never overwrites a good one.
  const partial = `${file}.partial`;
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const fd = fs.openSync(partial, "w", 0o600);
  try {
    const summary = await withExecutor(target, (db) => exportDatabase(db, (line) => void fs.writeSync(fd, `${line}\n`)));
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fs.renameSync(partial, file);
    console.log(`Backed up ${summary.rows} rows of ${summary.tables} tables from ${describeTarget(target)} to ${file}.`);
    console.log("The file holds staff accounts and password hashes: keep it as safe as the database.");
    return 0;
  } catch (error) {
    fs.closeSync(fd);
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`backup failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
