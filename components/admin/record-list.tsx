import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import type { ListQuery, ListResult } from "@/lib/data/records/list";
import { PublicationStatus } from "@/lib/generated/prisma/enums";
import { RECORDS, editHref, statusLabels, type RecordType } from "@/lib/records/types";
import { StatusBadge } from "./status-badge";
import { When } from "./when";

// The admin list every record type shares: a GET form (search, status, kind, sort) so every view
// has its own address, the table, and page links that keep the filters.

interface RecordListProps {
  type: RecordType;
  query: ListQuery;
  result: ListResult;
  sortOptions: Array<{ value: string; label: string }>;
}

const kinds = [
  { value: "", label: "All kinds" }, { value: "COMPANY", label: "Companies" }, { value: "MINISTRY", label: "Ministries and agencies" },
  { value: "PARTY", label: "Parties" }, { value: "GROUP", label: "Groups" },
];
const placeholders: Partial<Record<RecordType, string>> = {
  Person: "Name in English or Chinese, pinyin, alias…",
  Organization: "Name in English or Chinese, alias, sector…",
  Topic: "Name in English or Chinese…",
  Session: "Year, e.g. 2022",
  Submission: "Title in English or Chinese, official number…",
  Referral: "Submission title or number, ministry…",
  Reply: "Reference number, summary, ministry…",
  Angle: "Rationale, submission title or number, organization…",
  Membership: "Person's name…",
  Affiliation: "Person, organization or role…",
};
const selectClass = "rounded-md border border-ink/25 bg-card px-3 py-2 text-sm";

export function listHref(type: RecordType, query: ListQuery, page?: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, page })) {
    if (value !== undefined && value !== "" && !(key === "page" && value === 1)) params.set(key, String(value));
  }
  const search = params.toString();
  return `/admin/${RECORDS[type].segment}${search ? `?${search}` : ""}`;
}

export function RecordList({ type, query, result, sortOptions }: RecordListProps) {
  const info = RECORDS[type];
  return (
    <div className="flex flex-col gap-4">
      <form method="get" role="search" aria-label={`Search ${info.plural.toLowerCase()}`} className="flex flex-wrap items-end gap-3 rounded-lg border border-rule bg-card p-3">
        <label className="flex min-w-56 flex-1 flex-col gap-1 text-sm font-semibold text-ink">
          Search
          <input type="search" name="q" defaultValue={query.q ?? ""} className={selectClass} placeholder={placeholders[type] ?? "Search"} />
        </label>
        {info.publishable ? (
          <label className="flex flex-col gap-1 text-sm font-semibold text-ink">
            Status
            <select name="status" defaultValue={query.status ?? ""} className={selectClass}>
              <option value="">Any status</option>
              {Object.values(PublicationStatus).map((status) => <option key={status} value={status}>{statusLabels[status]}</option>)}
            </select>
          </label>
        ) : null}
        {type === "Organization" ? (
          <label className="flex flex-col gap-1 text-sm font-semibold text-ink">
            Kind
            <select name="kind" defaultValue={query.kind ?? ""} className={selectClass}>
              {kinds.map((kind) => <option key={kind.value} value={kind.value}>{kind.label}</option>)}
            </select>
          </label>
        ) : null}
        {sortOptions.length > 1 ? (
          <label className="flex flex-col gap-1 text-sm font-semibold text-ink">
            Sort by
            <select name="sort" defaultValue={query.sort ?? ""} className={selectClass}>
              {sortOptions.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
            </select>
          </label>
        ) : null}
        <button type="submit" className="rounded-md bg-ink px-4 py-2 text-sm font-semibold text-white">Apply</button>
        {query.q || query.status || query.kind || query.sort ? (
          <Link href={`/admin/${info.segment}`} className="py-2 text-sm text-muted underline">Clear</Link>
        ) : null}
      </form>
      <p className="text-sm text-muted" aria-live="polite">
        {result.total} {result.total === 1 ? info.label : info.plural.toLowerCase()}
        {result.pageCount > 1 ? `, page ${result.page} of ${result.pageCount}` : ""}.
      </p>
      {result.rows.length === 0 ? (
        <p className="rounded-lg border border-rule bg-card p-6 text-sm text-muted">Nothing matches. Change the search or the filters.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-rule bg-card shadow-xs">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{info.plural}</caption>
            <thead className="border-b border-rule bg-paper text-xs uppercase tracking-wide text-muted">
              <tr>
                {info.publishable ? <th scope="col" className="px-3 py-2 font-semibold">Status</th> : null}
                <th scope="col" className="px-3 py-2 font-semibold">{info.label[0].toUpperCase() + info.label.slice(1)}</th>
                <th scope="col" className="px-3 py-2 font-semibold">Updated</th>
                <th scope="col" className="px-3 py-2 font-semibold">Public page</th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((row) => (
                <tr key={row.id} className="border-b border-rule align-top last:border-0">
                  {info.publishable ? <td className="px-3 py-2">{row.status ? <StatusBadge status={row.status} /> : null}</td> : null}
                  <td className="min-w-64 px-3 py-2">
                    <Link href={editHref(type, row.id)} className="font-medium text-ink underline decoration-ink/30 hover:decoration-ink">{row.title}</Link>
                    {row.detail ? <div className="text-xs text-muted">{row.detail}</div> : null}
                    {row.overdue ? <div className="mt-1 inline-block rounded-sm bg-accent-soft px-1.5 text-xs font-semibold text-accent">Overdue: no reply</div> : null}
                  </td>
                  <td className="whitespace-nowrap px-3 py-2 text-muted"><When date={row.updatedAt} /></td>
                  <td className="whitespace-nowrap px-3 py-2">
                    {row.publicHref ? (
                      <Link href={row.publicHref} className="text-accent underline">View<span className="sr-only"> the public page of {row.title}</span></Link>
                    ) : (
                      <span className="text-muted">—<span className="sr-only">not public</span></span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} hrefForPage={(page) => listHref(type, query, page)} label={`${info.plural} pages`} />
    </div>
  );
}
