import { describe, expect, it } from "vitest";
import { commitImportAction, importProgressAction, uploadImportAction } from "@/lib/actions/imports";
import { createImportDryRun, getImportJob, getImportProgress, startImportCommit } from "@/lib/data/imports";
import { db } from "@/lib/db";
import { commitImport } from "@/lib/import/run";
import { actAs } from "@/tests/support/acting-user";
import { actAsNewStaffUser, createSession, createStaffUser } from "@/tests/support/factories";
import { suiteDatabase } from "@/tests/support/suite-database";

// The commit as a server-side job: one transaction (a failure at row 9,000 of 10,000 leaves
// nothing), progress that any instance can read, and reporters refused in action and data layer.

const header = "year,body,official_number,title_en,title_zh";
const rowsFor = (year: number, count: number, prefix: string) => [header, ...Array.from({ length: count }, (_, i) => `${year},CPPCC,${prefix}${i},Synthetic rollback proposal ${i},`)].join("\n");

async function settle(jobId: string) {
  for (let i = 0; i < 600; i++) {
    const progress = await getImportProgress(jobId);
    if (progress.status !== "RUNNING") return progress;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("the import job did not finish");
}

describe("import jobs", () => {
  it("a failure at row 9,000 of 10,000 rolls everything back", { timeout: 180_000 }, async () => {
    const session = await createSession();
    const seen: number[] = [];
    const attempt = commitImport(db, { kind: "submissions", text: rowsFor(session.year, 10_000, "RB"), format: "csv", source: "rollback.csv" }, {
      actorEmail: "synthetic test",
      onProgress: (done) => {
        seen.push(done);
        if (done >= 9000) throw new Error("synthetic failure at row 9,000");
      },
    });
    await expect(attempt).rejects.toThrow(/synthetic failure/);
    expect(Math.max(...seen)).toBeGreaterThanOrEqual(9000);
    expect(await db.submission.count({ where: { sessionId: session.id } })).toBe(0);
  });

  it("runs the commit as a job whose progress is polled, and keeps the report", { timeout: 60_000 }, async () => {
    const session = await createSession();
    await actAsNewStaffUser("EDITOR");
    const jobId = await createImportDryRun({ kind: "submissions", fileName: "job.csv", bytes: new TextEncoder().encode(rowsFor(session.year, 1200, "JOB")) });
    const job = await getImportJob(jobId, 2);
    expect(job).toMatchObject({ status: "DRY_RUN", rowCount: 1200, page: 2, pageCount: 24 });
    expect(job?.report?.counts.create).toBe(1200);
    expect(job?.rows[0].line).toBe(52);

    const polled = await importProgressAction({ jobId });
    expect(polled).toMatchObject({ ok: true, data: { status: "DRY_RUN" } });
    await startImportCommit(jobId, false);
    await expect(startImportCommit(jobId, false)).rejects.toThrow(/already been started/);
    // On PostgreSQL the job row itself moves while the transaction is open (other instances read it).
    const seenInDb: number[] = [];
    if (suiteDatabase().kind === "postgres") {
      for (let i = 0; i < 400; i++) {
        const row = await db.importJob.findUniqueOrThrow({ where: { id: jobId }, select: { status: true, doneRows: true } });
        if (row.status !== "RUNNING") break;
        seenInDb.push(row.doneRows);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      expect(seenInDb.some((done) => done > 0)).toBe(true);
    }
    const done = await settle(jobId);
    expect(done).toMatchObject({ status: "DONE", done: 1200, total: 1200, error: null });
    expect(await db.submission.count({ where: { sessionId: session.id } })).toBe(1200);
    // The progress is in the database, where another app instance would read it.
    expect(await db.importJob.findUniqueOrThrow({ where: { id: jobId } })).toMatchObject({ status: "DONE", doneRows: 1200, totalRows: 1200 });
  });

  it("refuses reporters in the action and in the data layer, and anonymous callers", async () => {
    const session = await createSession();
    const form = new FormData();
    form.set("kind", "submissions");
    form.set("file", new File([rowsFor(session.year, 2, "REP")], "x.csv", { type: "text/csv" }));
    actAs(await createStaffUser("REPORTER"));
    expect(await uploadImportAction(form)).toMatchObject({ ok: false, formError: "You do not have permission to do that." });
    await expect(createImportDryRun({ kind: "submissions", fileName: "x.csv", bytes: new Uint8Array([1]) })).rejects.toThrow();
    expect(await commitImportAction({ jobId: "anything" })).toMatchObject({ ok: false });
    actAs(null);
    expect(await uploadImportAction(form)).toMatchObject({ ok: false });
    expect(await db.importJob.count({ where: { fileName: "x.csv", content: { contains: `${session.year},CPPCC,REP0` } } })).toBe(0);

    await actAsNewStaffUser("EDITOR");
    const accepted = await uploadImportAction(form);
    expect(accepted).toMatchObject({ ok: true });
  });

  it("refuses an oversized upload before reading it, naming the limit", async () => {
    await actAsNewStaffUser("ADMIN");
    const form = new FormData();
    form.set("kind", "people");
    form.set("file", new File([new Uint8Array(50 * 1024 * 1024 + 1)], "big.csv"));
    expect(await uploadImportAction(form)).toMatchObject({ ok: false, fieldErrors: { file: ["The file is over the 50 MB limit. Split it (for example by session) and import the parts."] } });
  });
});
