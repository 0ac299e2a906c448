import Link from "next/link";
import type { ReactNode } from "react";
import type { OverdueMinistry, RecentChange, ReviewItem } from "@/lib/data/dashboard";
import { editHref, isRecordType, RECORDS } from "@/lib/records/types";
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
            <li key={`${item.type}:${item.id}`} className="py-2">
              <Link href={editHref(item.type, item.id)} className="font-medium text-ink underline decoration-ink/30">
                {item.title}
              </Link>
              <div className="text-xs text-muted">
                {RECORDS[item.type].label} · sent <When date={item.updatedAt} />
                {item.publishAt ? <> · scheduled for <When date={item.publishAt} /></> : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

export function OverdueReplies({ ministries }: { ministries: OverdueMinistry[] }) {
  const total = ministries.reduce((sum, m) => sum + m.items.length, 0);
  return (
    <Panel title={`Replies overdue${total ? ` (${total})` : ""}`}>
      {ministries.length === 0 ? (
        <p className="text-sm text-muted">No referral is past its due date without a reply.</p>
      ) : (
        <ul className="flex flex-col gap-3 text-sm">
          {ministries.map((ministry) => (
            <li key={ministry.ministryId}>
              <details>
                <summary className="cursor-pointer">
                  <span className="font-medium">{ministry.name}</span>{" "}
                  <span className="rounded-sm bg-accent-soft px-1.5 text-xs font-semibold text-accent">{ministry.items.length} overdue</span>
                </summary>
                <ul className="mt-1 list-disc pl-5">
                  {ministry.items.map((item) => (
                    <li key={item.referralId}>
                      <Link href={editHref("Referral", item.referralId)} className="underline decoration-ink/30">{item.title}</Link>{" "}
                      <span className="text-xs text-muted">due {item.dueOn.toISOString().slice(0, 10)}</span>
                    </li>
                  ))}
                </ul>
              </details>
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
  const verb = change.action.split(".").pop() ?? change.action;
  return verbs[change.action] ?? ({ create: "created", update: "edited", publish: "published", unpublish: "unpublished", trash: "trashed", restore: "restored", restore_revision: "restored an old version of", submit_for_review: "sent for review", schedule: "scheduled", publish_scheduled: "published (scheduled)" } as Record<string, string>)[verb] ?? verb;
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
              {change.entityType && isRecordType(change.entityType) && change.entityId && change.entityTitle ? (
                <>
                  {RECORDS[change.entityType].label}{" "}
                  <Link href={editHref(change.entityType, change.entityId)} className="underline decoration-ink/30">
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
