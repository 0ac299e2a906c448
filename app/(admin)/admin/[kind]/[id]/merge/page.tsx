import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MergeConfirmButton } from "@/components/admin/merge-confirm-button";
import { MergeReportTable } from "@/components/admin/merge-report";
import { When } from "@/components/admin/when";
import { buttonClassName } from "@/components/ui/button";
import { canMerge } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { previewMerge, type MergeReport } from "@/lib/data/merge/merge";
import { describeMoved, findMergeCandidates, listMerges } from "@/lib/data/merge/review";
import { getRecordForEdit } from "@/lib/data/records/edit";
import { AppError } from "@/lib/errors";
import { RECORDS, editHref, typeForSegment } from "@/lib/records/types";

export const metadata: Metadata = { title: "Merge a duplicate" };

interface Props {
  params: Promise<{ kind: string; id: string }>;
  searchParams: Promise<{ q?: string | string[]; duplicate?: string | string[] }>;
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export default async function MergePage({ params, searchParams }: Props) {
  const [{ kind, id }, query] = await Promise.all([params, searchParams]);
  const type = typeForSegment(kind);
  if (type !== "Person" && type !== "Organization") notFound();
  const user = await getCurrentUser();
  const info = RECORDS[type];
  if (!user || !canMerge(user)) {
    return <p className="rounded-md border border-rule bg-card p-4 text-sm">Only editors and admins merge {info.plural.toLowerCase()}. Ask an editor if two records are the same.</p>;
  }
  const record = await getRecordForEdit(type, id);
  if (!record) notFound();
  const q = one(query.q).trim();
  const duplicateId = one(query.duplicate);
  const base = `/admin/${info.segment}/${id}/merge`;

  let preview: MergeReport | null = null;
  let refusal: string | null = null;
  if (duplicateId) {
    try {
      preview = await previewMerge({ type, keepId: id, duplicateId });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      refusal = error.message;
    }
  }
  const [candidates, described, past] = await Promise.all([
    findMergeCandidates(type, id, q),
    preview ? describeMoved(preview) : Promise.resolve({}),
    listMerges({ keepId: id, take: 20 }),
  ]);

  return (
    <div className="flex flex-col gap-6">
      <div>
        <Link href={editHref(type, id)} className="text-sm text-muted underline">← Back to the {info.label}</Link>
        <h1 className="mt-1 text-2xl font-bold text-ink">
          Merge a duplicate into this {info.label}
          <span className="block text-lg font-medium text-muted">{record.title}</span>
        </h1>
        <p className="mt-2 max-w-3xl text-sm text-muted">
          When two records are the same {info.label}, keep this one and merge the other into it: everything that points at the duplicate
          moves here, its names become aliases, its public address redirects here for good, and the merge is logged for review.
        </p>
      </div>

      <section aria-labelledby="find-heading" className="grid gap-3 rounded-lg border border-rule bg-card p-4">
        <h2 id="find-heading" className="text-lg font-semibold">1. Find the duplicate</h2>
        <form method="get" action={base} className="flex flex-wrap items-end gap-2">
          <label className="grid gap-1 text-sm">
            <span className="font-medium">Name, alias, pinyin or address</span>
            <input name="q" defaultValue={q} className="w-80 rounded-md border border-rule bg-paper px-3 py-2" />
          </label>
          <button type="submit" className={buttonClassName}>Search</button>
        </form>
        {q && candidates.length === 0 ? <p className="text-sm text-muted">No other {info.label} matches “{q}”.</p> : null}
        {candidates.length > 0 ? (
          <ul className="grid gap-1 text-sm">
            {candidates.map((candidate) => (
              <li key={candidate.id} className="flex flex-wrap items-center gap-2">
                <span>{candidate.title}</span>
                <span className="text-muted">({candidate.slug}, {candidate.status.toLowerCase().replace("_", " ")})</span>
                <Link className="text-accent underline" href={`${base}?q=${encodeURIComponent(q)}&duplicate=${candidate.id}`}>
                  Preview merge<span className="sr-only"> of {candidate.title}</span>
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      {refusal ? <p role="alert" className="rounded-md border border-accent/40 bg-accent-soft p-4 text-sm">{refusal}</p> : null}
      {preview ? (
        <section aria-labelledby="preview-heading" className="grid gap-4 rounded-lg border border-rule bg-card p-4">
          <h2 id="preview-heading" className="text-lg font-semibold">2. Check what will move</h2>
          <MergeReportTable report={preview} described={described} />
          <div className="flex flex-wrap items-center gap-4">
            <MergeConfirmButton
              label={`Merge “${preview.duplicate.title}” into this ${info.label}`}
              input={{ type, keepId: id, duplicateId: preview.duplicate.id, keepVersion: preview.keep.version, duplicateVersion: preview.duplicate.version }}
            />
            <Link className="text-sm text-accent underline" href={`/admin/${info.segment}/${preview.duplicate.id}/merge?duplicate=${id}`}>
              Keep the other one instead
            </Link>
          </div>
        </section>
      ) : null}

      {past.length > 0 ? (
        <section aria-labelledby="past-heading" className="grid gap-2">
          <h2 id="past-heading" className="text-lg font-semibold">Merged into this {info.label} before</h2>
          <ul className="grid gap-1 text-sm">
            {past.map((merge) => (
              <li key={merge.id}>
                <Link className="text-accent underline" href={`/admin/merges/${merge.id}`}>{merge.report.duplicate.title}</Link>{" "}
                <span className="text-muted">by {merge.actorEmail ?? "unknown"}, <When date={merge.at} /></span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
