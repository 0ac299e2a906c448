import { publishDueRecords } from "@/lib/data/records/scheduled";

// Scheduled publication without a job of its own: the server checks once a minute, so a record
// goes public within a minute of its time even when no one opens a staff page. Several app
// instances may all run it; publishDueRecords' compare-and-set publishes each record once.

const everyMs = 60_000;

export function startScheduledPublishing(): void {
  const globalForTimer = globalThis as unknown as { trackerScheduleTimer?: NodeJS.Timeout };
  if (globalForTimer.trackerScheduleTimer) return;
  const run = () =>
    publishDueRecords().catch((error: unknown) => console.error("scheduled publication failed; retrying in a minute", error));
  globalForTimer.trackerScheduleTimer = setInterval(run, everyMs);
  // Never keep a process alive just for the schedule.
  globalForTimer.trackerScheduleTimer.unref();
  void run();
}
