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

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  let read: Awaited<ReturnType<typeof openImportProgress>>;
  try {
    read = await openImportProgress((await params).id);
  } catch (error) {
    const status = error instanceof AppError && error.code === "not_found" ? 404 : 403;
    return new Response(status === 404 ? "No such import." : "Sign in as an editor or admin.", { status });
  }
  const encoder = new TextEncoder();
  const started = Date.now();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let sawRunning = false;
      while (!request.signal.aborted && Date.now() - started < MAX_MS) {
        let progress;
        try {
          progress = await read();
        } catch {
          break;
        }
        controller.enqueue(encoder.encode(`data: ${JSON.stringify(progress)}\n\n`));
        if (progress.status === "RUNNING") sawRunning = true;
        if (progress.status === "DONE" || progress.status === "FAILED" || (sawRunning && progress.status === "DRY_RUN")) break;
        await new Promise((resolve) => setTimeout(resolve, TICK_MS));
      }
      controller.close();
    },
  });
  return new Response(stream, { headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store, no-transform", "X-Accel-Buffering": "no" } });
}
