// Run by tests/integration/db-lock.test.ts in a separate process:
//   tsx tests/support/open-database-child.ts <scripts|server> <data dir>
// opens the embedded database the way scripts (openPGlite) or the server (createPrismaClient)
// do, runs one query, closes it, and prints the outcome as one JSON line.
import path from "node:path";
import { createPrismaClient } from "@/lib/db/client";
import { openPGlite } from "@/lib/db/pglite";

async function open(mode: string, dataDir: string): Promise<void> {
  const pgliteDir = path.join(dataDir, "pglite");
  if (mode === "scripts") {
    const opened = await openPGlite(pgliteDir);
    await opened.pg.query("SELECT 1");
    await opened.close();
    return;
  }
  const handle = createPrismaClient({ kind: "pglite", dataDir, pgliteDir });
  try {
    await handle.prisma.$queryRawUnsafe("SELECT 1");
  } finally {
    await handle.close();
  }
}

const [mode = "scripts", dataDir = ""] = process.argv.slice(2);
open(mode, dataDir).then(
  () => {
    console.log(JSON.stringify({ opened: true }));
    process.exit(0);
  },
  (error: unknown) => {
    const { name, message } = error instanceof Error ? error : { name: "unknown", message: String(error) };
    console.log(JSON.stringify({ opened: false, name, message }));
    process.exit(0);
  },
);
