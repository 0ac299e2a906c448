import { describe, expect, it } from "vitest";
import { GET } from "@/app/(admin)/admin/import/[id]/progress/route";
import { createImportDryRun, startImportCommit } from "@/lib/data/imports";
import { actAs } from "@/tests/support/acting-user";
import { actAsNewStaffUser, createSession } from "@/tests/support/factories";

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
    expect(events.some((event) => event.status === "RUNNING" && event.done > 0 && event.done < 4000), JSON.stringify(events)).toBe(true);
  });

  it("refuses a reporter and an anonymous visitor", async () => {
    await actAsNewStaffUser("REPORTER");
    expect((await open("any")).status).toBe(403);
    actAs(null);
    expect((await open("any")).status).toBe(403);
  });
});
