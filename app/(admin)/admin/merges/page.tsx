import type { Metadata } from "next";
import Link from "next/link";
import { When } from "@/components/admin/when";
import { canMerge } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { listMerges } from "@/lib/data/merge/review";
import { RECORDS } from "@/lib/records/types";

export const metadata: Metadata = { title: "Merges" };

export default async function MergesPage() {
  const user = await getCurrentUser();
  if (!user || !canMerge(user)) {
    return <p className="rounded-md border border-rule bg-card p-4 text-sm">Only editors and admins review merges.</p>;
  }
  const merges = await listMerges();
  return (
    <div className="flex flex-col gap-5">
      <div>
        <h1 className="text-2xl font-bold text-ink">Merges</h1>
        <p className="max-w-3xl text-sm text-muted">
          People and organizations merged into another record because they were the same. Each merge lists what moved; the duplicate as it
          was is kept in the audit log. To merge, open the person or organization to keep and choose “Merge a duplicate”.
        </p>
      </div>
      {merges.length === 0 ? (
        <p className="rounded-lg border border-rule bg-card p-6 text-sm text-muted">No record has been merged yet.</p>
      ) : (
        <ul className="grid gap-2">
          {merges.map((merge) => (
            <li key={merge.id} className="rounded-lg border border-rule bg-card p-3 text-sm">
              <Link className="font-medium text-accent underline" href={`/admin/merges/${merge.id}`}>
                {merge.report.duplicate.title} → {merge.report.keep.title}
              </Link>
              <span className="text-muted"> · {RECORDS[merge.type].label} · by {merge.actorEmail ?? "unknown"} · <When date={merge.at} /></span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
