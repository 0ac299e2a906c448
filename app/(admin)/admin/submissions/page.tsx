import type { Metadata } from "next";
import Link from "next/link";
import { statusLabels } from "@/components/admin/status-badge";
import { SubmissionsTable } from "@/components/admin/submissions-table";
import { listSubmissionsForAdmin } from "@/lib/data/submission-reads";
import { PublicationStatus } from "@/lib/generated/prisma/enums";

export const metadata: Metadata = { title: "Submissions" };

const statuses = Object.values(PublicationStatus);

function parseStatus(value: string | string[] | undefined): PublicationStatus | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return statuses.find((status) => status === first);
}

export default async function SubmissionsPage({ searchParams }: { searchParams: Promise<{ status?: string | string[] }> }) {
  const status = parseStatus((await searchParams).status);
  const rows = await listSubmissionsForAdmin({ status });
  const filters = [{ label: "All", href: "/admin/submissions", current: !status }].concat(
    statuses.map((s) => ({ label: statusLabels[s], href: `/admin/submissions?status=${s}`, current: s === status })),
  );

  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-ink">Submissions</h1>
        <Link href="/admin/submissions/new" className="rounded-md bg-ink px-4 py-2 text-sm font-semibold text-white hover:bg-ink/85">
          New submission
        </Link>
      </div>
      <nav aria-label="Filter by status">
        <ul className="flex flex-wrap gap-2 text-sm">
          {filters.map((filter) => (
            <li key={filter.href}>
              <Link
                href={filter.href}
                aria-current={filter.current ? "page" : undefined}
                className="rounded-full border border-rule bg-card px-3 py-1 hover:border-ink/40 aria-[current=page]:border-ink aria-[current=page]:bg-ink aria-[current=page]:text-white"
              >
                {filter.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-rule bg-card p-6 text-sm text-muted">
          No submissions{status ? ` with the status “${statusLabels[status]}”` : ""} yet.
        </p>
      ) : (
        <>
          <p className="text-sm text-muted">
            {rows.length} submission{rows.length === 1 ? "" : "s"}, most recently changed first.
          </p>
          <SubmissionsTable rows={rows} />
        </>
      )}
    </div>
  );
}
