import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { exportDatabase } from "@/lib/backup/backup";
import { restoreDatabase, RestoreError } from "@/lib/backup/restore";
import { createPrismaClient } from "@/lib/db/client";
import { withExecutor } from "@/lib/db/open-executor";
import type { DbTarget } from "@/lib/db/target";
import { seedStarterData } from "@/lib/seed/seed-starter-data";
import { copyPgliteTemplate } from "@/tests/support/pglite-template";
import { createPostgresDatabase, type TestPostgresDatabase } from "@/tests/support/postgres-database";
import { uniqueRunId } from "@/tests/support/run-dir";
import { suiteDatabase } from "@/tests/support/suite-database";

// The admin's backup, restored PGlite -> PostgreSQL -> PGlite: every row of every table, staff
// accounts, revisions and the audit log included, must come back equal. All data synthetic apart
// from the real 2022 starter facts the seed loads.

const suite = suiteDatabase();
const serverUrl = suite.kind === "postgres" ? suite.serverUrl : "postgresql://postgres@127.0.0.1:5432/test";
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

function pgliteAt(name: string, fromTemplate: boolean): DbTarget {
  const dataDir = path.join(suite.runDir, `${name}-${uniqueRunId()}`);
  const pgliteDir = fromTemplate ? copyPgliteTemplate(suite.pglite.migratedDir, dataDir) : path.join(dataDir, "pglite");
  cleanups.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
  return { kind: "pglite", dataDir, pgliteDir };
}

async function postgres(): Promise<TestPostgresDatabase> {
  const database = await createPostgresDatabase(serverUrl); // empty, not even migrated
  cleanups.push(database.drop);
  return database;
}

async function backup(target: DbTarget): Promise<string[]> {
  const lines: string[] = [];
  await withExecutor(target, (db) => exportDatabase(db, (line) => void lines.push(line)));
  return lines;
}

async function* iterate(lines: string[]) {
  yield* lines;
}

const restore = (target: DbTarget, lines: string[]) => withExecutor(target, (db) => restoreDatabase(db, iterate(lines)));

/** Everything but the header's timestamp. */
const body = (lines: string[]) => {
  const { createdAt: _createdAt, ...header } = JSON.parse(lines[0]) as Record<string, unknown>;
  return [header, ...lines.slice(1).map((line) => JSON.parse(line) as unknown)];
};

async function fillSource(target: DbTarget): Promise<void> {
  const { prisma, close } = createPrismaClient(target);
  try {
    await seedStarterData(prisma);
    const admin = await prisma.user.create({
      data: { email: "synthetic-admin@example.test", name: "Synthetic admin 合成", role: "ADMIN", passwordHash: "$2b$12$synthetic.hash.for.tests.only" },
    });
    const submission = await prisma.submission.findFirstOrThrow({ select: { id: true } });
    await prisma.revision.create({
      data: { entityType: "Submission", entityId: submission.id, version: 1, data: { titleZh: "合成修订", nested: { list: [1, "二", null], flag: true } }, authorId: admin.id },
    });
    await prisma.auditEntry.create({ data: { actorId: admin.id, actorEmail: admin.email, action: "submission.publish", entityType: "Submission", entityId: submission.id, before: { status: "DRAFT" }, after: { status: "PUBLISHED" } } });
    await prisma.auditEntry.create({ data: { action: "auth.sign-in-failed", actorEmail: "synthetic-nobody@example.test" } });
    const note = await prisma.note.create({ data: { authorId: admin.id, submissionId: submission.id, body: "Synthetic private note 内部", quote: "quoted", anchorStart: 3, anchorEnd: 9 } });
    await prisma.note.create({ data: { authorId: admin.id, submissionId: submission.id, parentId: note.id, body: "Synthetic threaded reply", visibility: "DESK" } });
    await prisma.noteMention.create({ data: { noteId: note.id, userId: admin.id } });
    await prisma.slugRedirect.create({ data: { entityType: "Submission", oldSlug: "synthetic-old-slug", entityId: submission.id } });
    await prisma.correction.create({ data: { entityType: "Submission", entityId: submission.id, note: "Synthetic correction", correctedOn: new Date("2022-03-10") } });
    await prisma.editLock.create({ data: { entityType: "Submission", entityId: submission.id, userId: admin.id, expiresAt: new Date("2030-01-01T00:00:00.123Z") } });
  } finally {
    await close();
  }
}

describe("backup and restore", () => {
  it("round-trips PGlite -> PostgreSQL -> PGlite with every record equal", async () => {
    const source = pgliteAt("backup-source", true);
    await fillSource(source);
    const fromPglite = await backup(source);
    const header = JSON.parse(fromPglite[0]) as { tables: Array<{ name: string; rows: number }> };
    const rows = Object.fromEntries(header.tables.map((table) => [table.name, table.rows]));
    expect(rows.AuditEntry).toBeGreaterThanOrEqual(2); // the seed writes its own entry too
    expect(rows).toMatchObject({ User: 1, Revision: 1, Note: 2, NoteMention: 1, EditLock: 1, Submission: 25, Angle: 18 });

    const pg = await postgres();
    const intoPg = await restore({ kind: "postgres", url: pg.url }, fromPglite);
    expect(intoPg.rows).toBe(fromPglite.length - 2);
    const fromPostgres = await backup({ kind: "postgres", url: pg.url });
    expect(body(fromPostgres)).toEqual(body(fromPglite));

    const fresh = pgliteAt("backup-fresh", false); // a brand-new data directory, not even migrated
    await restore(fresh, fromPostgres);
    const again = await backup(fresh);
    expect(body(again)).toEqual(body(fromPglite));

    // And the restored database works through Prisma: the JSON and arrays came back as values.
    const { prisma, close } = createPrismaClient(fresh);
    try {
      const revision = await prisma.revision.findFirstOrThrow();
      expect(revision.data).toEqual({ titleZh: "合成修订", nested: { list: [1, "二", null], flag: true } });
      const ma = await prisma.person.findUniqueOrThrow({ where: { slug: "ma-huateng" } });
      expect(ma.aliases.length).toBeGreaterThan(0);
    } finally {
      await close();
    }
  }, 180_000);

  it("refuses a database that is not empty, and a truncated file, changing nothing", async () => {
    const source = pgliteAt("backup-small", true);
    const { prisma, close } = createPrismaClient(source);
    try {
      await prisma.user.create({ data: { email: "synthetic-one@example.test", name: "Synthetic one", role: "EDITOR", passwordHash: "x" } });
    } finally {
      await close();
    }
    const lines = await backup(source);
    await expect(restore(source, lines)).rejects.toThrow(/not empty \(table .+ has rows\)/);

    const pg = await postgres();
    const target: DbTarget = { kind: "postgres", url: pg.url };
    await expect(restore(target, lines.slice(0, -1))).rejects.toThrow(RestoreError);
    await expect(restore(target, lines.slice(0, -1))).rejects.toThrow(/truncated/);
    const [{ count }] = await withExecutor(target, (db) => db.query<{ count: string }>(`SELECT count(*) AS count FROM "User"`));
    expect(Number(count)).toBe(0);
    await expect(restore(target, ["{\"format\":\"something else\"}"])).rejects.toThrow(/not a Two Sessions Tracker backup/);
    // After all that, the real file still restores.
    expect((await restore(target, lines)).rows).toBe(1);
  }, 120_000);
});
