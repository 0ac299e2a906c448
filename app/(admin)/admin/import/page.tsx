import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ImportUploadForm } from "@/components/admin/import/upload-form";
import { kindLabels } from "@/lib/import/kind-labels";
import { When } from "@/components/admin/when";
import { canImport } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { listRecentImports } from "@/lib/data/imports";
import { templateColumns } from "@/lib/import/templates";
import { importKindNames } from "@/lib/import/types";

export const metadata: Metadata = { title: "Import" };

const statusWords = { DRY_RUN: "dry run only", RUNNING: "importing", DONE: "imported", FAILED: "failed, nothing imported" } as const;

export default async function ImportPage() {
  const user = await getCurrentUser();
  // The data layer refuses too; this only spares a reporter an error page.
  if (!user || !canImport(user)) redirect("/admin");
  const recent = await listRecentImports();
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold text-ink">Import</h1>
        <p className="text-sm text-muted">
          Load a spreadsheet of submissions, referrals, replies, people or organizations. First a dry run says, row by row, what would be created,
          updated, left unchanged or refused; then one click imports it all in one go. Names that match no record wait in the{" "}
          <Link href="/admin/import/names" className="text-accent underline">unmatched-names queue</Link>.
        </p>
      </div>
      <ImportUploadForm />
      <section aria-labelledby="templates-title" className="flex flex-col gap-2">
        <h2 id="templates-title" className="text-lg font-semibold text-ink">Templates</h2>
        <p className="text-sm text-muted">Column names must match the template; empty cells leave a field as it is. Dates are YYYY-MM-DD. Lists (submitters, aliases) are separated by semicolons.</p>
        <div className="overflow-x-auto rounded-lg border border-rule bg-card shadow-xs">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">Import templates</caption>
            <thead className="border-b border-rule bg-paper text-xs uppercase tracking-wide text-muted">
              <tr><th scope="col" className="px-3 py-2">Kind</th><th scope="col" className="px-3 py-2">Columns</th><th scope="col" className="px-3 py-2">Download</th></tr>
            </thead>
            <tbody>
              {importKindNames.map((kind) => (
                <tr key={kind} className="border-b border-rule align-top last:border-0">
                  <td className="px-3 py-2 font-semibold">{kindLabels[kind]}</td>
                  <td className="px-3 py-2 font-mono text-xs">{templateColumns(kind).join(", ")}</td>
                  <td className="whitespace-nowrap px-3 py-2">
                    <a href={`/admin/import/templates/${kind}.csv`} className="text-accent underline" download>CSV</a>{" · "}
                    <a href={`/admin/import/templates/${kind}.json`} className="text-accent underline" download>JSON</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {recent.length ? (
        <section aria-labelledby="recent-title" className="flex flex-col gap-2">
          <h2 id="recent-title" className="text-lg font-semibold text-ink">Recent imports</h2>
          <ul className="flex flex-col gap-1 text-sm">
            {recent.map((job) => (
              <li key={job.id}>
                <Link href={`/admin/import/${job.id}`} className="text-accent underline">{job.fileName}</Link>{" "}
                <span className="text-muted">({job.kind}, {job.totalRows} rows, {statusWords[job.status]}, by {job.createdBy}, <When date={job.createdAt} />)</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
