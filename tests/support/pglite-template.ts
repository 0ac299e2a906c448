import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { applyMigrations, listMigrationFiles } from "@/lib/db/migrations";
import { openMemoryPGlite, openPGlite } from "@/lib/db/pglite";
import { pgliteExecutor } from "@/lib/db/sql-executor";
import { tmpRoot } from "./run-dir";

// Bump when the template's layout changes, so old caches are not mistaken for new ones.
const templateFormat = 2;

// Creating a PGlite database runs initdb (4-7 s here); copying a finished one takes a fraction of
// that. So one migrated database is built per set of migrations and kept under
// .tmp/pglite-template-<key>, and every test worker (and every browser-test server) starts from a
// copy. The key changes whenever a migration or the PGlite version changes, so a stale template
// is never used.

function pgliteVersion(): string {
  const manifest = path.resolve("node_modules", "@electric-sql", "pglite", "package.json");
  return (JSON.parse(fs.readFileSync(manifest, "utf8")) as { version: string }).version;
}

export function pgliteTemplateKey(): string {
  const hash = createHash("sha256").update(`format ${templateFormat} pglite ${pgliteVersion()}\n`);
  for (const file of listMigrationFiles()) hash.update(`${file.name} ${file.checksum}\n`);
  return hash.digest("hex").slice(0, 16);
}

function templateRoot(key: string): string {
  return path.join(tmpRoot, `pglite-template-${key}`);
}

// Templates of older migrations (and builds a killed run left behind) are removed once nobody can
// still be using them.
function sweepOldTemplates(currentKey: string): void {
  if (!fs.existsSync(tmpRoot)) return;
  const hourAgo = Date.now() - 60 * 60 * 1000;
  for (const entry of fs.readdirSync(tmpRoot)) {
    const oldTemplate = entry.startsWith("pglite-template-") && entry !== `pglite-template-${currentKey}`;
    if (!oldTemplate && !entry.startsWith("pglite-building-")) continue;
    const dir = path.join(tmpRoot, entry);
    if (fs.statSync(dir).mtimeMs < hourAgo) fs.rmSync(dir, { recursive: true, force: true });
  }
}

export interface PgliteTemplate {
  /** Data directory of a database with every committed migration applied (copyPgliteTemplate). */
  migratedDir: string;
  /** dumpDataDir() tarball of an empty database, for openMemoryPGlite (see memory-pglite.ts). */
  emptyDump: string;
}

/** The cached templates, built on first use. */
export async function ensurePgliteTemplate(log: (line: string) => void = () => {}): Promise<PgliteTemplate> {
  const key = pgliteTemplateKey();
  const root = templateRoot(key);
  const template = { migratedDir: path.join(root, "pglite"), emptyDump: path.join(root, "empty.tar") };
  if (fs.existsSync(path.join(root, "ready"))) return template;

  sweepOldTemplates(key);
  // Build beside the final place and rename it in: another run may be building the same
  // template right now, and a half-written template must never be copied.
  const building = path.join(tmpRoot, `pglite-building-${key}-${randomBytes(4).toString("hex")}`);
  const started = Date.now();
  try {
    fs.mkdirSync(building, { recursive: true });
    const empty = await openMemoryPGlite();
    try {
      const dump = await empty.dumpDataDir("none");
      fs.writeFileSync(path.join(building, "empty.tar"), Buffer.from(await dump.arrayBuffer()));
    } finally {
      await empty.close();
    }
    const opened = await openPGlite(path.join(building, "pglite"));
    try {
      await applyMigrations(pgliteExecutor(opened.pg));
    } finally {
      await opened.close();
    }
    fs.writeFileSync(path.join(building, "ready"), new Date().toISOString());
    try {
      fs.renameSync(building, root);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "ENOTEMPTY" && code !== "EEXIST") throw error;
      // Another run finished the same template first: use theirs.
    }
    log(`built the PGlite template ${key} in ${Date.now() - started} ms`);
  } finally {
    fs.rmSync(building, { recursive: true, force: true });
  }
  return template;
}

/** Copies the template into `<dataDir>/pglite`, the layout lib/db/target.ts expects for DATA_DIR. */
export function copyPgliteTemplate(templateDir: string, dataDir: string): string {
  const pgliteDir = path.join(dataDir, "pglite");
  fs.mkdirSync(dataDir, { recursive: true });
  fs.cpSync(templateDir, pgliteDir, { recursive: true });
  return pgliteDir;
}
