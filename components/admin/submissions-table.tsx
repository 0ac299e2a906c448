import Link from "next/link";
import type { AdminSubmissionRow } from "@/lib/data/submission-reads";
import { BODY_LABELS } from "@/lib/format/labels";
import { StatusBadge } from "./status-badge";
import { When } from "./when";

// Every submission staff can work on. The title links to the edit page; a published one also
// links to its public address.

export function SubmissionsTable({ rows }: { rows: AdminSubmissionRow[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-rule bg-card shadow-xs">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Submissions, most recently changed first</caption>
        <thead className="border-b border-rule bg-paper text-xs uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">Status</th>
            <th scope="col" className="px-3 py-2 font-semibold">Year</th>
            <th scope="col" className="px-3 py-2 font-semibold">Body</th>
            <th scope="col" className="px-3 py-2 font-semibold">Title</th>
            <th scope="col" className="px-3 py-2 font-semibold">Updated</th>
            <th scope="col" className="px-3 py-2 font-semibold">Public page</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-rule last:border-0 align-top">
              <td className="px-3 py-2"><StatusBadge status={row.status} /></td>
              <td className="px-3 py-2 tabular-nums">{row.year}</td>
              <td className="px-3 py-2 whitespace-nowrap">
                {row.body} <span className="text-muted" lang="zh-Hans">{BODY_LABELS[row.body].kindZh}</span>
              </td>
              <td className="min-w-64 px-3 py-2">
                <Link href={`/admin/submissions/${row.id}/edit`} className="font-medium text-ink underline decoration-ink/30 hover:decoration-ink">
                  {row.titleEn ?? <span lang="zh-Hans">{row.titleZh}</span>}
                </Link>
                {row.titleEn && row.titleZh ? (
                  <div className="text-muted" lang="zh-Hans">{row.titleZh}</div>
                ) : null}
                <div className="text-xs text-muted">
                  {[row.firstSubmitter, row.officialNumber ? `No. ${row.officialNumber}` : null].filter(Boolean).join(" · ")}
                </div>
              </td>
              <td className="px-3 py-2 whitespace-nowrap text-muted"><When date={row.updatedAt} /></td>
              <td className="px-3 py-2 whitespace-nowrap">
                {row.status === "PUBLISHED" ? (
                  <Link href={`/submissions/${row.slug}`} className="text-accent underline">
                    View<span className="sr-only"> the public page of this submission</span>
                  </Link>
                ) : (
                  <span className="text-muted">—<span className="sr-only">not public</span></span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
