import type { RowAction, RowReport } from "@/lib/import/types";

// The dry run, row by row, in words: one page of it at a time.

const actionWords: Record<RowAction, { label: string; className: string }> = {
  create: { label: "Create", className: "text-ink" },
  update: { label: "Update", className: "text-ink" },
  unchanged: { label: "Unchanged", className: "text-muted" },
  refuse: { label: "Refused", className: "font-semibold text-accent" },
  waiting: { label: "Waiting", className: "font-semibold text-accent" },
};

export function ImportReportTable({ rows }: { rows: RowReport[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-rule bg-card shadow-xs">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">The dry run, row by row</caption>
        <thead className="border-b border-rule bg-paper text-xs uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className="px-3 py-2">Row</th>
            <th scope="col" className="px-3 py-2">Outcome</th>
            <th scope="col" className="px-3 py-2">What happens, and why</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.line}-${row.action}`} className="border-b border-rule align-top last:border-0">
              <td className="px-3 py-2 tabular-nums">{row.line}</td>
              <td className={`px-3 py-2 ${actionWords[row.action].className}`}>{actionWords[row.action].label}</td>
              <td className="px-3 py-2">{row.message.replace(/^Row \d+: /, "")}</td>
            </tr>
          ))}
          {rows.length === 0 ? <tr><td colSpan={3} className="px-3 py-4 text-muted">No rows here.</td></tr> : null}
        </tbody>
      </table>
    </div>
  );
}
