import { openImportProgress } from "@/lib/data/imports";
import { AppError } from "@/lib/errors";

// /admin/import/<id>/progress: the commit's progress as Server-Sent Events, one event every half
// second until the job is done or failed. The page opens it BEFORE starting the commit, because
// the permission check (a database read) must happen before the import's transaction begins: on
// the embedded database every query waits for an open transaction, while this stream then reads
// the progress from memory. On PostgreSQL it reads the job's row, so any instance can serve it.

export const dynamic = "force-dynamic";

const TICK_MS = 500;
const MAX_MS = 30 * 60 * 1000;

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  let read: Awaited<ReturnType<typeof openImportProgress>>;
  try {
    read = await openImportProgress((await params).id);
  } catch (error) {
    const status = error instanceof AppError && error.code === "not_found" ? 404 : 403;
    return new Response(status === 404 ? "No such import." : "Sign in as an editor or admin.", { status });
  }
  const encoder = new TextEncoder();
  const started = Date.now();
  let first = true;
  let sawRunning = false;
  // Pulled by the response as it is sent: one event, then the next half a second later. The stream
  // ends when the job does, or when the browser goes away (cancel); request.signal is not relied on.
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!first) await new Promise((resolve) => setTimeout(resolve, TICK_MS));
      first = false;
      if (Date.now() - started > MAX_MS) return controller.close();
      let progress;
      try {
        progress = await read();
      } catch {
        return controller.close();
      }
      controller.enqueue(encoder.encode(`data: ${JSON.stringify(progress)}\n\n`));
      if (progress.status === "RUNNING") sawRunning = true;
      if (progress.status === "DONE" || progress.status === "FAILED" || (sawRunning && progress.status === "DRY_RUN")) controller.close();
    },
  });
  return new Response(stream, { headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store, no-transform", "X-Accel-Buffering": "no" } });
}
