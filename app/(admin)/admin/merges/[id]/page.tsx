import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MergeReportTable } from "@/components/admin/merge-report";
import { When } from "@/components/admin/when";
import { canMerge } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { describeMoved, getMerge } from "@/lib/data/merge/review";
import { RECORDS } from "@/lib/records/types";

export const metadata: Metadata = { title: "Merge" };

export default async function MergePageReview({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user || !canMerge(user)) {
    return <p className="rounded-md border border-rule bg-card p-4 text-sm">Only editors and admins review merges.</p>;
  }
  const merge = await getMerge(id);
  if (!merge) notFound();
  const described = await describeMoved(merge.report);
  return (
    <div className="flex flex-col gap-5">
      <div>
        <Link href="/admin/merges" className="text-sm text-muted underline">← All merges</Link>
        <h1 className="mt-1 text-2xl font-bold text-ink">
          Merged {RECORDS[merge.type].label}
          <span className="block text-lg font-medium text-muted">{merge.report.duplicate.title} → {merge.report.keep.title}</span>
        </h1>
        <p className="text-sm text-muted">By {merge.actorEmail ?? "unknown"}, <When date={merge.at} />. Both records as they were are in the audit entry.</p>
      </div>
      <MergeReportTable report={merge.report} described={described} past />
    </div>
  );
}
