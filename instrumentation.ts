// Runs once when the server starts (never during `next build`). Opening the database here makes
// the server hold the embedded database's lock from its first moment, so a script started
// alongside it (user:create, db:migrate) gets a clear "in use" error instead of racing it. It also
// starts the once-a-minute check that publishes scheduled records.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getDbHandle } = await import("@/lib/db/handle");
  await getDbHandle().prisma.$queryRaw`SELECT 1`;
  const { startScheduledPublishing } = await import("@/lib/data/records/schedule-timer");
  startScheduledPublishing();
}
