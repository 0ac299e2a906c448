import { downloadTableDocs } from "@/lib/downloads/table-docs";

// The download links of every public table: whole, and (where it applies) per session.

const link = "underline hover:text-accent";

export function DownloadTable({ exampleYear }: { exampleYear: number }) {
  return (
    <div className="overflow-x-auto rounded border border-rule bg-card">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Downloads of every public table</caption>
        <thead className="border-b border-rule bg-paper">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">Table</th>
            <th scope="col" className="px-3 py-2 font-semibold">Everything</th>
            <th scope="col" className="px-3 py-2 font-semibold">One session (e.g. {exampleYear})</th>
          </tr>
        </thead>
        <tbody>
          {downloadTableDocs.map((table) => (
            <tr key={table.name} className="border-b border-rule align-top last:border-0">
              <td className="px-3 py-2">
                <span className="font-mono">{table.name}</span>
                <span className="block text-muted">{table.description}</span>
              </td>
              <td className="px-3 py-2 whitespace-nowrap">
                <a className={link} href={`/downloads/${table.name}.csv`}>CSV</a> ·{" "}
                <a className={link} href={`/downloads/${table.name}.json`}>JSON</a>
              </td>
              <td className="px-3 py-2 whitespace-nowrap">
                {table.perSession ? (
                  <>
                    <a className={link} href={`/downloads/${exampleYear}/${table.name}.csv`}>CSV</a> ·{" "}
                    <a className={link} href={`/downloads/${exampleYear}/${table.name}.json`}>JSON</a>
                  </>
                ) : (
                  <span className="text-muted">whole table only</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
