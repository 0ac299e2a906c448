import { describe, expect, it } from "vitest";
import { GET } from "@/app/(admin)/admin/import/[id]/progress/route";
import { createImportDryRun, startImportCommit } from "@/lib/data/imports";
import { db } from "@/lib/db";
import { progressRecorder } from "@/lib/import/job-progress";
import { actAs } from "@/tests/support/acting-user";
import { actAsNewStaffUser, createSession } from "@/tests/support/factories";
import { suiteDatabase } from "@/tests/support/suite-database";

// The commit's progress stream, read as the browser reads it: opened before the job starts, then
// one event per tick with rows done while the import's transaction is open, until DONE.

const open = (id: string) => GET(new Request(`http://test/admin/import/${id}/progress`), { params: Promise.resolve({ id }) });

describe("import progress stream", () => {
  it("streams rows done while the commit runs, then DONE", { timeout: 120_000 }, async () => {
    const session = await createSession();
    await actAsNewStaffUser("EDITOR");
    const lines = ["year,body,official_number,title_en,title_zh", ...Array.from({ length: 4000 }, (_, i) => `${session.year},NPC,PS${i},Synthetic streamed proposal ${i},`)];
    const jobId = await createImportDryRun({ kind: "submissions", fileName: "stream.csv", bytes: new TextEncoder().encode(lines.join("\n")) });
    const response = await open(jobId);
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    const events: Array<{ status: string; done: number; total: number }> = [];
    const next = async () => {
      const { value, done } = await reader.read();
      if (done) return false;
      for (const chunk of decoder.decode(value).split("\n\n")) if (chunk.startsWith("data: ")) events.push(JSON.parse(chunk.slice(6)));
      return true;
    };
    await next();
    expect(events[0].status).toBe("DRY_RUN");
    await startImportCommit(jobId, false);
    while (await next());
    expect(events.at(-1)).toMatchObject({ status: "DONE", done: 4000, total: 4000 });
    expect(events.some((event) => event.status === "RUNNING"), JSON.stringify(events)).toBe(true);
    // On the embedded database the import used to starve the stream until the end (one 11 s
    // silence); 4,000 rows take seconds there, so a tick must land mid-way. PostgreSQL can finish
    // them inside one half-second tick, so the relay itself is tested step by step below.
    if (suiteDatabase().kind === "pglite") {
      expect(events.some((event) => event.status === "RUNNING" && event.done > 0 && event.done < 4000), JSON.stringify(events)).toBe(true);
    }
  });

  it("relays each step of progress the job records, then ends on DONE", { timeout: 60_000 }, async () => {
    const session = await createSession();
    await actAsNewStaffUser("EDITOR");
    const lines = ["year,body,official_number,title_en,title_zh", ...Array.from({ length: 40 }, (_, i) => `${session.year},NPC,PR${i},Synthetic relayed proposal ${i},`)];
    const jobId = await createImportDryRun({ kind: "submissions", fileName: "relay.csv", bytes: new TextEncoder().encode(lines.join("\n")) });
    const reader = (await open(jobId)).body!.getReader();
    const decoder = new TextDecoder();
    const read = async () => {
      const { value, done } = await reader.read();
      if (done) return null;
      return JSON.parse(decoder.decode(value).trim().slice("data: ".length)) as { status: string; done: number; total: number };
    };
    expect(await read()).toMatchObject({ status: "DRY_RUN" });
    // The job's own recorder, as runImportJob drives it (in memory, and on PostgreSQL in the row).
    await db.importJob.update({ where: { id: jobId }, data: { status: "RUNNING", startedAt: new Date() } });
    const progress = progressRecorder(db, jobId, suiteDatabase().kind === "postgres");
    await progress.report(10, 40);
    expect(await read()).toMatchObject({ status: "RUNNING", done: 10, total: 40 });
    await progress.report(30, 40);
    expect(await read()).toMatchObject({ status: "RUNNING", done: 30, total: 40 });
    await db.importJob.update({ where: { id: jobId }, data: { status: "DONE", doneRows: 40, totalRows: 40, finishedAt: new Date() } });
    await progress.finish();
    expect(await read()).toMatchObject({ status: "DONE", done: 40, total: 40 });
    expect(await read()).toBeNull();
  });

  it("refuses a reporter and an anonymous visitor", async () => {
    await actAsNewStaffUser("REPORTER");
    expect((await open("any")).status).toBe(403);
    actAs(null);
    expect((await open("any")).status).toBe(403);
  });
});
