import Link from "next/link";
import type { MergeReport } from "@/lib/data/merge/merge";
import { relationLabels } from "@/lib/data/merge/review";
import { editHref, publicHref } from "@/lib/records/types";

// What a merge moves (a preview) or moved (a review): per relation, the rows that now point at the
// record kept and those folded into an equivalent row it already had.

export function MergeReportTable({ report, described = {}, past = false }: { report: MergeReport; described?: Record<string, string[]>; past?: boolean }) {
  const oldAddress = publicHref(report.type, { slug: report.duplicate.slug, kind: report.duplicate.kind });
  return (
    <div className="grid gap-4">
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">Kept</dt>
        <dd>
          {past ? <Link className="text-accent underline" href={editHref(report.type, report.keep.id)}>{report.keep.title}</Link> : report.keep.title}{" "}
          <span className="text-muted">({report.keep.slug}, version {report.keep.version})</span>
        </dd>
        <dt className="font-semibold">Duplicate</dt>
        <dd>
          {report.duplicate.title} <span className="text-muted">({report.duplicate.slug}, version {report.duplicate.version}{report.duplicate.deleted ? ", in the trash" : ""})</span>
        </dd>
        <dt className="font-semibold">Old address</dt>
        <dd>{oldAddress} {past ? "redirects" : "will redirect"} (308) to the kept record.</dd>
        <dt className="font-semibold">New aliases</dt>
        <dd>{report.newAliases.length > 0 ? report.newAliases.join(", ") : "none (the kept record already goes by every name)"}</dd>
      </dl>
      {report.warnings.length > 0 ? (
        <ul className="grid gap-1 rounded-md border border-amber-700/30 bg-amber-50 p-3 text-sm text-amber-950">
          {report.warnings.map((warning) => <li key={warning}>{warning}</li>)}
        </ul>
      ) : null}
      <div className="overflow-x-auto rounded-lg border border-rule bg-card">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{past ? "What moved" : "What will move"}</caption>
          <thead className="border-b border-rule bg-paper text-xs uppercase tracking-wide text-muted">
            <tr>
              <th scope="col" className="px-3 py-2">Relation</th>
              <th scope="col" className="px-3 py-2 text-right">{past ? "Moved" : "Will move"}</th>
              <th scope="col" className="px-3 py-2 text-right">Folded into an existing row</th>
              <th scope="col" className="px-3 py-2">Rows</th>
            </tr>
          </thead>
          <tbody>
            {report.relations.map((relation) => (
              <tr key={relation.relation} className="border-b border-rule align-top last:border-0">
                <th scope="row" className="px-3 py-2 font-medium">{relationLabels[relation.relation] ?? relation.relation}</th>
                <td className="px-3 py-2 text-right tabular-nums">{relation.moved.length}</td>
                <td className="px-3 py-2 text-right tabular-nums">{relation.merged.length}</td>
                <td className="px-3 py-2 text-muted">
                  {(described[relation.relation] ?? []).length > 0 ? (
                    <ul className="grid gap-0.5">{described[relation.relation].map((line, i) => <li key={i}>{line}</li>)}</ul>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
