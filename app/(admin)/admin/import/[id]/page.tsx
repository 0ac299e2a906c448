import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { CommitPanel } from "@/components/admin/import/commit-panel";
import { ImportReportTable } from "@/components/admin/import/report-table";
import { kindLabels } from "@/lib/import/kind-labels";
import { Pagination } from "@/components/ui/pagination";
import { canImport } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { getImportJob } from "@/lib/data/imports";
import { rowActions, type RowAction } from "@/lib/import/types";

export const metadata: Metadata = { title: "Import: dry run" };

type Search = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

const countWords: Record<RowAction, string> = { create: "to create", update: "to update", unchanged: "unchanged", refuse: "refused", waiting: "waiting on a name" };
const listHrefs = { submissions: "/admin/submissions", referrals: "/admin/referrals", replies: "/admin/replies", people: "/admin/people", organizations: "/admin/organizations" } as const;

export default async function ImportJobPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const user = await getCurrentUser();
  if (!user || !canImport(user)) redirect("/admin");
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const showRaw = first(search.show);
  const show = rowActions.find((action) => action === showRaw);
  const job = await getImportJob(id, Number(first(search.page)) || 1, show);
  if (!job) notFound();
  const report = job.report;
  const counts = report?.counts ?? { create: 0, update: 0, unchanged: 0, refuse: 0, waiting: 0 };
  const accepted = counts.create + counts.update + counts.unchanged;
  const href = (page: number, only = show) => {
    const query = new URLSearchParams(Object.entries({ show: only, page: page > 1 ? String(page) : undefined }).flatMap(([k, v]) => (v ? [[k, v]] : [])));
    return `/admin/import/${job.id}${query.size ? `?${query}` : ""}`;
  };
  return (
    <div className="flex flex-col gap-5">
      <div>
        <p className="text-sm"><Link href="/admin/import" className="text-accent underline">Import</Link> ›</p>
        <h1 className="text-2xl font-bold text-ink">{job.fileName}</h1>
        <p className="text-sm text-muted">{kindLabels[job.kind]} · {job.format.toUpperCase()} · uploaded by {job.createdBy}</p>
      </div>
      {job.error && job.status === "DRY_RUN" ? <p role="status" className="rounded-md border border-accent bg-accent-soft p-3 text-sm text-ink">{job.error}</p> : null}
      {report?.fileProblems.length ? (
        <section role="alert" className="rounded-md border-2 border-accent bg-accent-soft p-4 text-ink">
          <h2 className="font-semibold">This file cannot be imported</h2>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">{report.fileProblems.map((problem) => <li key={problem}>{problem}</li>)}</ul>
          <p className="mt-2 text-sm">Nothing was written. Fix the file and <Link href="/admin/import" className="text-accent underline">upload it again</Link>.</p>
        </section>
      ) : (
        <>
          {report?.notices.length ? <ul className="rounded-md border border-rule bg-paper p-3 text-sm text-ink">{report.notices.map((notice) => <li key={notice}>ℹ {notice}</li>)}</ul> : null}
          <section aria-labelledby="counts-title">
            <h2 id="counts-title" className="sr-only">What the import would do</h2>
            <ul className="grid grid-cols-2 gap-2 sm:grid-cols-5" data-testid="import-counts">
              {rowActions.map((action) => (
                <li key={action}>
                  <Link href={href(1, show === action ? undefined : action)} aria-current={show === action ? "true" : undefined} className={`flex flex-col rounded-lg border p-3 shadow-xs ${show === action ? "border-ink bg-paper" : "border-rule bg-card"}`}>
                    <span className="text-2xl font-bold text-ink">{counts[action].toLocaleString("en")}</span>
                    <span className="text-sm text-muted">{countWords[action]}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
          <CommitPanel jobId={job.id} status={job.status} canCommit={Boolean(report?.ok) || (counts.refuse > 0 && counts.waiting === 0 && accepted > 0)} refused={counts.refuse} waiting={counts.waiting} accepted={accepted} listHref={listHrefs[job.kind]} />
          {job.status === "FAILED" && job.error ? <p role="alert" className="rounded-md border-2 border-accent bg-accent-soft p-3 text-sm text-ink">{job.error}</p> : null}
          <p className="text-sm text-muted">
            {show ? `${job.rowCount.toLocaleString("en")} rows ${countWords[show]}` : `${job.rowCount.toLocaleString("en")} rows`}
            {job.pageCount > 1 ? `, page ${job.page} of ${job.pageCount}` : ""}.{show ? <> <Link href={href(1, undefined)} className="text-accent underline">Show every row</Link></> : null}
          </p>
          <ImportReportTable rows={job.rows} />
          <Pagination page={job.page} pageCount={job.pageCount} hrefForPage={(page) => href(page)} label="Report pages" />
        </>
      )}
    </div>
  );
}
