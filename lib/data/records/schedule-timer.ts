import { expireTagsOutsideRequest } from "@/lib/cache/expire-tags";
import { PUBLIC_DATA_TAG } from "@/lib/cache-tags";
import { publishDueRecords } from "@/lib/data/records/scheduled";

// Scheduled publication without a job of its own: the server checks once a minute, so a record
// goes public within a minute of its time even when no one opens a staff page. Several app
// instances may all run it; publishDueRecords' compare-and-set publishes each record once.
// Whatever it publishes expires the public data cache on every instance (there is no server
// action here for updateTag to run in), so readers see it at once, not after the cache's limit.

const everyMs = 60_000;

export function startScheduledPublishing(): void {
  const globalForTimer = globalThis as unknown as { trackerScheduleTimer?: NodeJS.Timeout };
  if (globalForTimer.trackerScheduleTimer) return;
  const run = () =>
    publishDueRecords()
      .then(async (published) => {
        if (published > 0) await expireTagsOutsideRequest([PUBLIC_DATA_TAG]);
      })
      .catch((error: unknown) => console.error("scheduled publication failed; retrying in a minute", error));
  globalForTimer.trackerScheduleTimer = setInterval(run, everyMs);
  // Never keep a process alive just for the schedule.
  globalForTimer.trackerScheduleTimer.unref();
  void run();
}
