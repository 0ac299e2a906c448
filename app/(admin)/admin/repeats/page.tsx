import type { Metadata } from "next";
import Link from "next/link";
import { RepeatDecisionButtons, ScanRepeatsButton } from "@/components/admin/repeat-controls";
import { When } from "@/components/admin/when";
import { Pagination } from "@/components/ui/pagination";
import { canDecideRepeats } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { listRepeats, type RepeatSide } from "@/lib/data/repeats";
import type { RepeatStatus } from "@/lib/generated/prisma/enums";

export const metadata: Metadata = { title: "Repeats across years" };

const tabs: Array<[RepeatStatus, string]> = [["PROPOSED", "Proposed"], ["CONFIRMED", "Confirmed"], ["REJECTED", "Rejected"]];

function Side({ side }: { side: RepeatSide }) {
  return (
    <div className="grid gap-0.5">
      <p className="text-xs font-semibold uppercase tracking-wide text-muted">{side.year} · {side.body}{side.status !== "PUBLISHED" ? ` · ${side.status.toLowerCase().replace("_", " ")}` : ""}</p>
      <Link href={`/admin/submissions/${side.id}/edit`} className="font-medium text-ink underline">{side.title}</Link>
      {side.titleZh ? <p lang="zh-Hans" className="text-sm">{side.titleZh}</p> : null}
      <p className="text-sm text-muted">{side.submitters.length > 0 ? `By ${side.submitters.join(", ")}` : "No submitter recorded"}</p>
    </div>
  );
}

export default async function RepeatsPage({ searchParams }: { searchParams: Promise<{ status?: string; page?: string }> }) {
  const user = await getCurrentUser();
  if (!user || !canDecideRepeats(user)) {
    return <p className="rounded-md border border-rule bg-card p-4 text-sm">Only editors and admins confirm repeats across years.</p>;
  }
  const query = await searchParams;
  const status = tabs.find(([value]) => value.toLowerCase() === query.status)?.[0] ?? "PROPOSED";
  const { items, total, page, pageCount } = await listRepeats(status, Number(query.page) || 1);
  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold text-ink">Repeats across years</h1>
          <p className="max-w-3xl text-sm text-muted">
            Pairs of submissions from different sessions whose words (English stems, Chinese character pairs) and topics are alike. Confirm
            the ones that raise the same matter: confirmed pairs link up into chains shown on public submission and person pages. A rejected
            pair is never proposed again.
          </p>
        </div>
        <ScanRepeatsButton />
      </div>
      <nav aria-label="Repeat status" className="flex gap-2 text-sm">
        {tabs.map(([value, label]) => (
          <Link key={value} href={`/admin/repeats?status=${value.toLowerCase()}`} aria-current={value === status ? "page" : undefined}
            className={`rounded-md border px-3 py-1.5 ${value === status ? "border-ink bg-ink text-white" : "border-rule bg-card"}`}>
            {label}
          </Link>
        ))}
      </nav>
      {items.length === 0 ? (
        <p className="rounded-lg border border-rule bg-card p-6 text-sm text-muted">
          {status === "PROPOSED" ? "No proposal is waiting. “Look for new repeats” compares every submission again." : `No ${status.toLowerCase()} pair.`}
        </p>
      ) : (
        <ol className="grid gap-3" aria-label={`${total} pairs`}>
          {items.map((item) => (
            <li key={item.id} className="grid gap-3 rounded-lg border border-rule bg-card p-4">
              <div className="grid gap-4 md:grid-cols-2">
                <Side side={item.first} />
                <Side side={item.second} />
              </div>
              <p className="text-sm text-muted">
                Similarity {Math.round(item.score * 100)}%{item.sharedTerms.length > 0 ? ` · shared: ${item.sharedTerms.join(", ")}` : ""}
                {item.decidedAt ? <> · decided <When date={item.decidedAt} /></> : null}
              </p>
              <RepeatDecisionButtons id={item.id} status={item.status} label={`${item.first.year} “${item.first.title}” and ${item.second.year} “${item.second.title}”`} />
            </li>
          ))}
        </ol>
      )}
      <Pagination page={page} pageCount={pageCount} hrefForPage={(n) => `/admin/repeats?status=${status.toLowerCase()}&page=${n}`} label="Pages of pairs" />
    </div>
  );
}
