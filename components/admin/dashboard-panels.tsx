import Link from "next/link";
import type { ReactNode } from "react";
import type { RecentChange, ReviewItem } from "@/lib/data/dashboard";
import { BODY_LABELS, submissionDisplayTitle } from "@/lib/format/labels";
import type { PublicationStatus } from "@/lib/generated/prisma/enums";
import { statusLabels } from "./status-badge";
import { When } from "./when";

// The three panels of the staff dashboard.

const order: PublicationStatus[] = ["DRAFT", "IN_REVIEW", "PUBLISHED", "UNPUBLISHED"];

export function StatusCounts({ counts }: { counts: Record<PublicationStatus, number> }) {
  return (
    <ul className="grid grid-cols-2 gap-3 md:grid-cols-4" aria-label="Submissions by status">
      {order.map((status) => (
        <li key={status}>
          <Link
            href={`/admin/submissions?status=${status}`}
            className="block rounded-lg border border-rule bg-card p-4 shadow-xs hover:border-ink/40"
          >
            <span className="block text-3xl font-semibold tabular-nums text-ink">{counts[status]}</span>
            <span className="text-sm text-muted">{statusLabels[status]}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

function Panel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="rounded-lg border border-rule bg-card p-5 shadow-xs">
      <h2 className="mb-3 text-lg font-semibold text-ink">{title}</h2>
      {children}
    </section>
  );
}

export function ReviewQueue({ items }: { items: ReviewItem[] }) {
  return (
    <Panel title="Waiting for review">
      {items.length === 0 ? (
        <p className="text-sm text-muted">Nothing is waiting for an editor.</p>
      ) : (
        <ul className="divide-y divide-rule text-sm">
          {items.map((item) => (
            <li key={item.id} className="py-2">
              <Link href={`/admin/submissions/${item.id}/edit`} className="font-medium text-ink underline decoration-ink/30">
                {submissionDisplayTitle(item)}
              </Link>
              <div className="text-xs text-muted">
                {item.year} · {item.body} {BODY_LABELS[item.body].kindEn.toLowerCase()} · sent <When date={item.updatedAt} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

const verbs: Record<string, string> = {
  "submission.create": "created",
  "submission.update": "edited",
  "submission.publish": "published",
  "submission.unpublish": "unpublished",
};

function describe(change: RecentChange): string {
  return verbs[change.action] ?? change.action.split(".").pop() ?? change.action;
}

export function RecentChanges({ changes }: { changes: RecentChange[] }) {
  return (
    <Panel title="Recent changes">
      {changes.length === 0 ? (
        <p className="text-sm text-muted">No changes yet.</p>
      ) : (
        <ol className="divide-y divide-rule text-sm">
          {changes.map((change) => (
            <li key={change.id} className="py-2">
              <span className="font-medium">{change.actorName ?? "Someone"}</span> {describe(change)}{" "}
              {change.entityType === "Submission" && change.entityId && change.entityTitle ? (
                <>
                  submission{" "}
                  <Link href={`/admin/submissions/${change.entityId}/edit`} className="underline decoration-ink/30">
                    {change.entityTitle}
                  </Link>
                </>
              ) : (
                <span>{change.entityType?.toLowerCase() ?? "a record"}</span>
              )}
              <div className="text-xs text-muted">
                <When date={change.at} />
              </div>
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}
