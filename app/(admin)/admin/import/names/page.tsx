import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { NameResolver } from "@/components/admin/import/name-resolver";
import { When } from "@/components/admin/when";
import { canImport } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { getLinkCandidates, listUnmatchedNames } from "@/lib/data/unmatched-names";

export const metadata: Metadata = { title: "Unmatched names" };

type Search = Record<string, string | string[] | undefined>;
const statusWords = { OPEN: "open", LINKED: "linked", CREATED: "new record created", IGNORED: "ignored" } as const;

export default async function UnmatchedNamesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await getCurrentUser();
  if (!user || !canImport(user)) redirect("/admin");
  const resolved = (await searchParams).show === "resolved";
  const [names, candidates] = await Promise.all([listUnmatchedNames(resolved ? "RESOLVED" : "OPEN"), resolved ? null : getLinkCandidates()]);
  return (
    <div className="flex flex-col gap-5">
      <div>
        <p className="text-sm"><Link href="/admin/import" className="text-accent underline">Import</Link> ›</p>
        <h1 className="text-2xl font-bold text-ink">Unmatched names</h1>
        <p className="text-sm text-muted">
          Names in imported files that match no person, organization or ministry by name, alias or pinyin. Link each one to the record it stands
          for, create a new (draft) record, or ignore it; then run the import&apos;s dry run again.
        </p>
        <p className="mt-2 text-sm">
          {resolved ? <Link href="/admin/import/names" className="text-accent underline">Show open names</Link> : <Link href="/admin/import/names?show=resolved" className="text-accent underline">Show resolved names</Link>}
        </p>
      </div>
      {names.length === 0 ? <p className="rounded-lg border border-rule bg-card p-4 text-sm text-muted">{resolved ? "No name has been resolved yet." : "No names wait: every name in the imported files matched a record."}</p> : null}
      <ul className="flex flex-col gap-3">
        {names.map((entry) => (
          <li key={entry.id} className="rounded-lg border border-rule bg-card p-4 shadow-xs" aria-label={entry.name}>
            <div className="mb-2 flex flex-wrap items-baseline gap-x-3">
              <h2 className="text-lg font-semibold text-ink">{entry.name}</h2>
              <span className="text-sm text-muted">{entry.kind === "MINISTRY" ? "ministry" : "submitter or co-signer"} · first seen in {entry.firstSeenIn}{entry.seenCount > 1 ? ` · seen ${entry.seenCount} times` : ""}</span>
            </div>
            {entry.status === "OPEN" && candidates ? (
              <NameResolver id={entry.id} name={entry.name} ministry={entry.kind === "MINISTRY"} options={entry.kind === "MINISTRY" ? candidates.ministries : candidates.parties} />
            ) : (
              <p className="text-sm text-ink">
                {statusWords[entry.status]}{entry.linkedTo ? `: ${entry.linkedTo}` : ""} · by {entry.resolvedBy}{entry.resolvedAt ? <>, <When date={entry.resolvedAt} /></> : null}
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
