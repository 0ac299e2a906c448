import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { When } from "@/components/admin/when";
import { Pagination } from "@/components/ui/pagination";
import { canViewAuditLog } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { listAuditEntries, type AuditQuery } from "@/lib/data/audit-log";
import { historyHref, isRecordType, recordTypes } from "@/lib/records/types";

export const metadata: Metadata = { title: "Audit log" };

type Search = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function changedKeys(before: unknown, after: unknown): string {
  if (!before || !after || typeof before !== "object" || typeof after !== "object") return "";
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(
    (key) => !["version", "updatedAt"].includes(key) && JSON.stringify(b[key]) !== JSON.stringify(a[key]),
  );
  return keys.join(", ");
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await getCurrentUser();
  // The data layer refuses too; this only spares a non-admin an error page.
  if (!user || !canViewAuditLog(user)) redirect("/admin");
  const search = await searchParams;
  const query: AuditQuery = {
    action: first(search.action)?.slice(0, 100) || undefined,
    entityType: first(search.entityType) || undefined,
    actor: first(search.actor)?.slice(0, 200) || undefined,
    page: Number(first(search.page)) || 1,
  };
  const result = await listAuditEntries(query);
  const href = (page: number) => {
    const params = new URLSearchParams(Object.entries({ ...query, page }).flatMap(([k, v]) => (v && !(k === "page" && v === 1) ? [[k, String(v)]] : [])));
    return `/admin/audit${params.size ? `?${params}` : ""}`;
  };
  const input = "rounded-md border border-ink/25 bg-card px-3 py-2 text-sm";
  return (
    <div className="flex flex-col gap-5">
      <div>
        <h1 className="text-2xl font-bold text-ink">Audit log</h1>
        <p className="text-sm text-muted">Every change and sign-in, newest first. Append-only: nobody can edit or delete an entry, here or in the database.</p>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-rule bg-card p-3 text-sm">
        <label className="flex flex-col gap-1 font-semibold">Action starts with<input name="action" defaultValue={query.action ?? ""} placeholder="auth. or topic.publish" className={input} /></label>
        <label className="flex flex-col gap-1 font-semibold">
          Record type
          <select name="entityType" defaultValue={query.entityType ?? ""} className={input}>
            <option value="">Any</option>
            {[...recordTypes, "User"].map((type) => <option key={type} value={type}>{type}</option>)}
          </select>
        </label>
        <label className="flex flex-col gap-1 font-semibold">Who (email)<input name="actor" defaultValue={query.actor ?? ""} className={input} /></label>
        <button type="submit" className="rounded-md bg-ink px-4 py-2 font-semibold text-white">Filter</button>
      </form>
      <p className="text-sm text-muted">{result.total} entries{result.pageCount > 1 ? `, page ${result.page} of ${result.pageCount}` : ""}.</p>
      <div className="overflow-x-auto rounded-lg border border-rule bg-card shadow-xs">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Audit entries</caption>
          <thead className="border-b border-rule bg-paper text-xs uppercase tracking-wide text-muted">
            <tr>
              <th scope="col" className="px-3 py-2">When</th>
              <th scope="col" className="px-3 py-2">Who</th>
              <th scope="col" className="px-3 py-2">Action</th>
              <th scope="col" className="px-3 py-2">Record</th>
              <th scope="col" className="px-3 py-2">Before and after</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((row) => (
              <tr key={row.id} className="border-b border-rule align-top last:border-0">
                <td className="whitespace-nowrap px-3 py-2 text-muted"><When date={row.at} /></td>
                <td className="px-3 py-2">{row.actorName ?? <span className="text-muted">{row.actorEmail ?? "system"}</span>}{row.actorName ? <div className="text-xs text-muted">{row.actorEmail}</div> : null}</td>
                <td className="px-3 py-2 font-mono text-xs">{row.action}</td>
                <td className="px-3 py-2">
                  {row.entityType && row.entityId && isRecordType(row.entityType) ? (
                    <Link href={historyHref(row.entityType, row.entityId)} className="text-accent underline">{row.entityType}</Link>
                  ) : (row.entityType ?? "—")}
                </td>
                <td className="max-w-md px-3 py-2">
                  {row.before || row.after ? (
                    <details>
                      <summary className="cursor-pointer text-xs text-muted">{changedKeys(row.before, row.after) || (row.before ? "before" : "after")}</summary>
                      <div className="mt-2 grid gap-2 md:grid-cols-2">
                        <pre className="max-h-64 overflow-auto whitespace-pre-wrap break-words rounded bg-paper p-2 text-xs">{row.before ? JSON.stringify(row.before, null, 1) : "—"}</pre>
                        <pre className="max-h-64 overflow-auto whitespace-pre-wrap break-words rounded bg-paper p-2 text-xs">{row.after ? JSON.stringify(row.after, null, 1) : "—"}</pre>
                      </div>
                    </details>
                  ) : <span className="text-muted">—</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={result.page} pageCount={result.pageCount} hrefForPage={href} label="Audit log pages" />
    </div>
  );
}
