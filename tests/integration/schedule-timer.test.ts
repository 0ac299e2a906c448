import { afterEach, describe, expect, it } from "vitest";
import { startScheduledPublishing } from "@/lib/data/records/schedule-timer";
import { PUBLIC_DATA_TAG } from "@/lib/cache-tags";
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

  it("expires the public data cache when it publishes, in this process and for other instances", async () => {
    const before = Date.now();
    const topic = await createTopic({ status: "IN_REVIEW", publishAt: new Date(Date.now() - 1_000) });
    startScheduledPublishing();
    await expect.poll(async () => (await db.topic.findUniqueOrThrow({ where: { id: topic.id } })).status, { timeout: 10_000 }).toBe("PUBLISHED");
    // The cache handler (lib/cache/cache-handler.mjs) applies both before every cached read.
    const registry = (globalThis as unknown as Record<symbol, Map<string, { expired?: number }>>)[Symbol.for("two-sessions-tracker.expired-tags")];
    await expect.poll(() => registry?.get(PUBLIC_DATA_TAG)?.expired ?? 0, { timeout: 5_000 }).toBeGreaterThanOrEqual(before);
    // The registry is set before the row is written (expireTagsOutsideRequest awaits the write
    // after it), so the row is polled too rather than read the moment the registry changes.
    const rowExpiry = async () => Number((await db.cacheTagExpiry.findUnique({ where: { tag: PUBLIC_DATA_TAG } }))?.expiredAt ?? 0);
    await expect.poll(rowExpiry, { timeout: 5_000 }).toBeGreaterThanOrEqual(before);
  });

  it("starts one timer however often the server registers it", () => {
    startScheduledPublishing();
    const first = timerHolder.trackerScheduleTimer;
    startScheduledPublishing();
    expect(timerHolder.trackerScheduleTimer).toBe(first);
  });
});
