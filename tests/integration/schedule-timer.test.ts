import { afterEach, describe, expect, it } from "vitest";
import { startScheduledPublishing } from "@/lib/data/records/schedule-timer";
import { db } from "@/lib/db";
import { createTopic } from "@/tests/support/factories";

// The server publishes scheduled records by itself (instrumentation.ts starts this), so a record
// whose time has come goes public even when no one opens a staff page.

const timerHolder = globalThis as unknown as { trackerScheduleTimer?: NodeJS.Timeout };

afterEach(() => {
  clearInterval(timerHolder.trackerScheduleTimer);
  delete timerHolder.trackerScheduleTimer;
});

describe("scheduled publication on the server", () => {
  it("publishes a due record on start, as the schedule, without any page view", async () => {
    const topic = await createTopic({ status: "IN_REVIEW", publishAt: new Date(Date.now() - 1_000) });
    startScheduledPublishing();
    await expect.poll(async () => (await db.topic.findUniqueOrThrow({ where: { id: topic.id } })).status, { timeout: 10_000 }).toBe("PUBLISHED");
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entityId: topic.id } });
    expect(entry).toMatchObject({ action: "topic.publish_scheduled", actorId: null });
  });

  it("starts one timer however often the server registers it", () => {
    startScheduledPublishing();
    const first = timerHolder.trackerScheduleTimer;
    startScheduledPublishing();
    expect(timerHolder.trackerScheduleTimer).toBe(first);
  });
});
