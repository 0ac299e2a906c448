import "server-only";
import { db } from "@/lib/db";
import { RECORDS, type RecordType } from "@/lib/records/types";
import { registry } from "./registry";
import { recordSave } from "./versioning";

// Scheduled publication. An editor sets a future publishAt; the record waits in review. This
// publishes every record whose time has come, as its own revision by "the schedule" (no author).
// The server runs it once a minute (schedule-timer.ts, started by instrumentation.ts), and staff
// pages run it too, so an editor looking at a list sees the schedule applied to the second.

const schedulable = (Object.keys(RECORDS) as RecordType[]).filter((type) => RECORDS[type].schedulable);

export async function publishDueRecords(now = new Date()): Promise<number> {
  let published = 0;
  for (const type of schedulable) {
    const record = registry[type];
    const due = await record.delegate(db).findMany({ where: { publishAt: { lte: now }, deletedAt: null }, select: { id: true, version: true }, take: 100 });
    for (const row of due) {
      await db.$transaction(async (tx) => {
        const delegate = record.delegate(tx);
        const before = (await delegate.findFirst({ where: { id: row.id }, select: record.select })) as Record<string, unknown> & { version: number };
        if (!before?.publishAt) return;
        // Compare-and-set: an editor who changed it meanwhile wins, and the next run retries.
        const { count } = await delegate.updateMany({
          where: { id: row.id, version: before.version },
          data: { status: "PUBLISHED", publishedAt: before.publishAt, publishAt: null, version: { increment: 1 } },
        });
        if (count !== 1) return;
        const after = (await delegate.findFirst({ where: { id: row.id }, select: record.select })) as typeof before;
        await recordSave(tx, null, { type, id: row.id as string, action: `${type.toLowerCase()}.publish_scheduled`, before, after });
        published++;
      });
    }
  }
  return published;
}
