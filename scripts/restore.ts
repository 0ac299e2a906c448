// npm run restore -- <file>: loads a backup made by `npm run backup` into an EMPTY database of
// either kind (set DATABASE_URL for PostgreSQL, or DATA_DIR for a new embedded one), migrating it
// first. Run it before `npm start`, which would otherwise seed the empty database.
import fs from "node:fs";
import readline from "node:readline";
import { restoreDatabase, RestoreError } from "@/lib/backup/restore";
import { withExecutor } from "@/lib/db/open-executor";
import { describeTarget, resolveDbTarget } from "@/lib/db/target";

async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file) {
    console.error("Usage: npm run restore -- <file.jsonl>");
    return 2;
  }
  if (!fs.existsSync(file)) {
    console.error(`No such file: ${file}`);
    return 1;
  }
  const target = resolveDbTarget();
  // Take the iterator now: readline emits lines as soon as the file opens, and an iterator taken
  // later (after the seconds opening a new embedded database takes) would wait for lines that
  // have already gone by.
  const iterator = readline.createInterface({ input: fs.createReadStream(file, "utf8"), crlfDelay: Infinity })[Symbol.asyncIterator]();
  const lines: AsyncIterable<string> = { [Symbol.asyncIterator]: () => iterator };
  const summary = await withExecutor(target, (db) => restoreDatabase(db, lines, (line) => console.log(line)));
  console.log(`Restored ${summary.rows} rows of ${summary.tables} tables into ${describeTarget(target)}.`);
  return 0;
}

// If the work ever stalls with nothing left to wait for, say so instead of exiting quietly with 0.
process.once("beforeExit", () => {
  console.error("restore stopped before it finished; nothing was committed.");
  process.exit(1);
});

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof RestoreError || (error as Error)?.name === "DatabaseLockedError" ? (error as Error).message : `restore failed: ${String(error)}`);
    process.exit(1);
  },
);
