"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { buttonClassName } from "@/components/ui/button";
import { commitImportAction, importProgressAction, rerunImportAction } from "@/lib/actions/imports";
import { formatDuration, secondsLeft } from "@/lib/import/progress-line";

// Dry run again, commit, and the progress bar while the server-side job runs: the page asks the
// server's progress stream (/admin/import/<id>/progress) for rows done, whichever instance answers.

interface CommitPanelProps {
  jobId: string;
  status: "DRY_RUN" | "RUNNING" | "DONE" | "FAILED";
  canCommit: boolean;
  refused: number;
  waiting: number;
  accepted: number;
  listHref: string;
}

interface Progress {
  status: CommitPanelProps["status"];
  done: number;
  total: number;
  startedAt: number | null;
  error: string | null;
}

export function CommitPanel({ jobId, status, canCommit, refused, waiting, accepted, listHref }: CommitPanelProps) {
  const router = useRouter();
  const [skipRefused, setSkipRefused] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(
    status === "DRY_RUN" ? null : { status, done: status === "DONE" ? accepted : 0, total: accepted, startedAt: null, error: null },
  );
  const [pending, startTransition] = useTransition();
  const stream = useRef<EventSource | null>(null);

  /** Opens the progress stream; resolves once the server has answered (permission checked). */
  const follow = useCallback(
    () =>
      new Promise<void>((resolve) => {
        stream.current?.close();
        const source = new EventSource(`/admin/import/${jobId}/progress`);
        stream.current = source;
        let first = true;
        let seenRunning = false;
        source.onmessage = (event) => {
          const next = JSON.parse(event.data as string) as Progress;
          if (first) {
            first = false;
            resolve();
          }
          if (next.status === "DRY_RUN") {
            // Back to a dry run: the data changed before anything was written; show the new report.
            if (seenRunning) {
              source.close();
              setProgress(null);
              router.refresh();
            }
            return;
          }
          seenRunning = true;
          setProgress(next);
          if (next.status === "DONE" || next.status === "FAILED") {
            source.close();
            // The poll that sees it done expires the public pages; then the page shows the result.
            void importProgressAction({ jobId }).finally(() => router.refresh());
          }
        };
        source.onerror = () => {
          if (first) {
            first = false;
            resolve();
          }
        };
      }),
    [jobId, router],
  );

  useEffect(() => {
    if (status === "RUNNING") void follow();
    return () => stream.current?.close();
  }, [status, follow]);

  const rerun = () =>
    startTransition(async () => {
      setMessage(null);
      const result = await rerunImportAction({ jobId });
      if (result.ok) router.refresh();
      else setMessage(result.formError ?? "The dry run could not be run again.");
    });

  const commit = () =>
    startTransition(async () => {
      setMessage(null);
      await follow();
      const result = await commitImportAction({ jobId, skipRefused });
      if (result.ok) setProgress((current) => current ?? { status: "RUNNING", done: 0, total: accepted, startedAt: Date.now(), error: null });
      else {
        stream.current?.close();
        setMessage(result.formError ?? "The import could not be started.");
      }
    });

  if (progress && progress.status !== "DRY_RUN") {
    const share = progress.total > 0 ? Math.min(1, progress.done / progress.total) : 0;
    const left = progress.startedAt ? secondsLeft({ done: progress.done, total: progress.total, startedAt: progress.startedAt }) : null;
    const finished = progress.status === "DONE";
    return (
      <section aria-labelledby="commit-progress-title" className="flex flex-col gap-2 rounded-lg border border-rule bg-card p-4 shadow-xs">
        <h2 id="commit-progress-title" className="font-semibold text-ink">{finished ? "Imported" : progress.status === "FAILED" ? "The import failed" : "Importing…"}</h2>
        <div role="progressbar" aria-label="Rows imported" aria-valuemin={0} aria-valuemax={progress.total} aria-valuenow={progress.done} aria-valuetext={`${progress.done} of ${progress.total} rows`} className="h-4 w-full overflow-hidden rounded-sm border border-ink/25 bg-paper">
          <div className={`h-full transition-[width] duration-300 ${progress.status === "FAILED" ? "bg-accent" : "bg-ink"}`} style={{ width: `${Math.round(share * 100)}%` }} />
        </div>
        <p className="text-sm text-ink" aria-live="polite">
          {progress.done.toLocaleString("en")} of {progress.total.toLocaleString("en")} rows ({Math.floor(share * 100)}%)
          {progress.status === "RUNNING" ? (left === null ? ", working out the time left…" : `, about ${formatDuration(left)} left`) : ""}
          {finished ? ". All rows are in; new records are drafts for an editor to publish." : ""}
        </p>
        {progress.error ? <p role="alert" className="rounded-md border-2 border-accent bg-accent-soft p-3 text-sm text-ink">{progress.error}</p> : null}
        {finished ? <Link href={listHref} className="text-sm text-accent underline">See the imported records</Link> : null}
      </section>
    );
  }

  return (
    <section aria-labelledby="commit-title" className="flex flex-col gap-3 rounded-lg border border-rule bg-card p-4 shadow-xs">
      <h2 id="commit-title" className="font-semibold text-ink">Commit</h2>
      {message ? <p role="alert" className="rounded-md border-2 border-accent bg-accent-soft p-3 text-sm text-ink">{message}</p> : null}
      {waiting > 0 ? (
        <p className="text-sm text-ink">
          {waiting} {waiting === 1 ? "row waits" : "rows wait"} on names that match no record. <Link href="/admin/import/names" className="text-accent underline">Resolve them in the unmatched-names queue</Link>, then run the dry run again.
        </p>
      ) : null}
      {refused > 0 ? (
        <label className="flex items-center gap-2 text-sm text-ink">
          <input type="checkbox" checked={skipRefused} onChange={(event) => setSkipRefused(event.target.checked)} />
          Skip the {refused} refused {refused === 1 ? "row" : "rows"} and import the rest
        </label>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={rerun} disabled={pending} className="rounded-md border border-ink/25 bg-card px-4 py-2 text-sm font-semibold text-ink hover:bg-paper disabled:opacity-60">Run the dry run again</button>
        <button type="button" onClick={commit} disabled={pending || !canCommit || waiting > 0 || (refused > 0 && !skipRefused)} className={buttonClassName}>
          Import {accepted.toLocaleString("en")} {accepted === 1 ? "row" : "rows"}
        </button>
      </div>
      <p className="text-xs text-muted">One transaction: every row is imported, or none is.</p>
    </section>
  );
}
