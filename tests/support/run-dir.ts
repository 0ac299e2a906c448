import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// Scratch space for one test run under .tmp/. Several engineers run the suites in the same tree
// at once, so every run gets its own folder, marked with the pid that owns it; folders whose
// owner died (a killed run never reaches its teardown) are swept by the next run.

export const tmpRoot = path.resolve(".tmp");

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function sweepDeadRuns(parent: string): void {
  if (!fs.existsSync(parent)) return;
  for (const entry of fs.readdirSync(parent)) {
    const dir = path.join(parent, entry);
    const owner = Number.parseInt(readOwner(dir), 10);
    if (Number.isInteger(owner) && !isAlive(owner)) fs.rmSync(dir, { recursive: true, force: true });
  }
}

function readOwner(dir: string): string {
  try {
    return fs.readFileSync(path.join(dir, "owner.pid"), "utf8").trim();
  } catch {
    return "";
  }
}

export interface RunDir {
  dir: string;
  remove: () => void;
}

/** A fresh folder .tmp/<kind>/<id>, removed by `remove()`. */
export function createRunDir(kind: string, id: string): RunDir {
  const parent = path.join(tmpRoot, kind);
  sweepDeadRuns(parent);
  const dir = path.join(parent, id);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "owner.pid"), String(process.pid));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** A short unique id: sortable by time, unlikely to collide between runs started together. */
export function uniqueRunId(): string {
  return `${Date.now()}_${randomBytes(3).toString("hex")}`;
}
