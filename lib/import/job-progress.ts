import type { PrismaClient } from "@/lib/generated/prisma/client";

// Where a running import says how far it is. The commit holds one transaction open for its whole
// length, so its progress must be written beside it, not inside it:
// - PostgreSQL: each update goes through another pooled connection to the ImportJob row, so any
//   app instance can answer the browser's "how far along" (several instances behind a balancer);
//   the writes also serve as a heartbeat (updatedAt) that tells a live job from an orphan.
// - PGlite: one process only can open the database (a lock guards it), and PGlite runs one
//   transaction at a time, so a write beside the open transaction would wait for it to end. The
//   progress lives in this process's memory, which is the only process that can be asked.

export interface LiveProgress {
  done: number;
  total: number;
  startedAt: number;
}

// On globalThis, like the database handle: Next bundles the server action that runs the job and
// the route that streams its progress into different chunks, which must see one map.
const holder = globalThis as unknown as { trackerImportProgress?: Map<string, LiveProgress> };
const live = (holder.trackerImportProgress ??= new Map<string, LiveProgress>());

export const liveProgress = (jobId: string): LiveProgress | undefined => live.get(jobId);

export function progressRecorder(db: PrismaClient, jobId: string, shared: boolean) {
  let lastWrite = 0;
  let pending: Promise<unknown> = Promise.resolve();
  return {
    async report(done: number, total: number) {
      const entry = live.get(jobId) ?? { done: 0, total, startedAt: Date.now() };
      live.set(jobId, { ...entry, done, total });
      // PGlite answers queries as already-resolved promises, so an import is one long chain of
      // microtasks that starves timers and sockets: the progress stream could not send a byte
      // until the end (measured: one 11 s gap). Yielding to the event loop once per batch lets
      // it (and other requests) through.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (!shared) return;
      const now = Date.now();
      if (done < total && done > 0 && now - lastWrite < 400) return;
      lastWrite = now;
      // One write at a time, never holding the import up for longer than the previous write.
      await pending;
      pending = db.importJob.update({ where: { id: jobId }, data: { doneRows: done, totalRows: total } }).catch(() => undefined);
    },
    async finish() {
      await pending;
      live.delete(jobId);
    },
  };
}
