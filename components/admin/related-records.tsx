import Link from "next/link";
import { listRecords } from "@/lib/data/records/list";
import { RECORDS, editHref, type RecordType } from "@/lib/records/types";
import { StatusBadge } from "./status-badge";

// The records that hang off the one being edited (a submission's referrals, a referral's
// replies, a person's memberships and affiliations), with a link that starts a new one prefilled.

const children: Partial<Record<RecordType, Array<{ type: RecordType; param: string; add: string }>>> = {
  Submission: [
    { type: "Referral", param: "submissionId", add: "Refer to a ministry" },
    { type: "Angle", param: "submissionId", add: "Write an angle" },
  ],
  Referral: [{ type: "Reply", param: "referralId", add: "Log a reply" }],
  Person: [
    { type: "Membership", param: "personId", add: "Add a membership" },
    { type: "Affiliation", param: "personId", add: "Add an affiliation" },
  ],
};

export async function RelatedRecords({ type, id }: { type: RecordType; id: string }) {
  const kinds = children[type];
  if (!kinds) return null;
  const lists = await Promise.all(kinds.map(async (kind) => ({ ...kind, result: await listRecords(kind.type, { parentId: id }) })));
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {lists.map((list) => (
        <section key={list.type} aria-labelledby={`related-${list.type}`} className="rounded-lg border border-rule bg-card p-4 shadow-xs">
          <div className="mb-2 flex items-center justify-between gap-3">
            <h2 id={`related-${list.type}`} className="font-semibold">{RECORDS[list.type].plural} ({list.result.total})</h2>
            <Link href={`/admin/${RECORDS[list.type].segment}/new?${list.param}=${id}`} className="text-sm text-accent underline">{list.add}</Link>
          </div>
          {list.result.rows.length === 0 ? (
            <p className="text-sm text-muted">None yet.</p>
          ) : (
            <ul className="divide-y divide-rule text-sm">
              {list.result.rows.map((row) => (
                <li key={row.id} className="flex flex-wrap items-center gap-2 py-1.5">
                  {row.status ? <StatusBadge status={row.status} /> : null}
                  <Link href={editHref(list.type, row.id)} className="underline decoration-ink/30">{row.title}</Link>
                  {row.overdue ? <span className="rounded-sm bg-accent-soft px-1.5 text-xs font-semibold text-accent">Overdue</span> : null}
                  {row.detail ? <span className="w-full text-xs text-muted">{row.detail}</span> : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
