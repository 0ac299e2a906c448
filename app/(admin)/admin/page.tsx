import type { Metadata } from "next";
import Link from "next/link";
import { OverdueReplies, RecentChanges, ReviewQueue, StatusCounts } from "@/components/admin/dashboard-panels";
import { getDashboard } from "@/lib/data/dashboard";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const dashboard = await getDashboard();
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-ink">Dashboard</h1>
        <Link href="/admin/submissions/new" className="rounded-md bg-ink px-4 py-2 text-sm font-semibold text-white hover:bg-ink/85">
          New submission
        </Link>
      </div>
      <section aria-labelledby="submission-counts" className="flex flex-col gap-2">
        <h2 id="submission-counts" className="text-sm font-semibold uppercase tracking-wide text-muted">Submissions by status</h2>
        <StatusCounts counts={dashboard.counts} />
      </section>
      <div className="grid gap-6 lg:grid-cols-2">
        <ReviewQueue items={dashboard.inReview} />
        <OverdueReplies ministries={dashboard.overdue} />
        <RecentChanges changes={dashboard.recentChanges} />
      </div>
    </div>
  );
}
