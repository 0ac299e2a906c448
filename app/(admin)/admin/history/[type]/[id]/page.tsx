import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RestoreRevisionButton } from "@/components/admin/restore-revision-button";
import { RevisionDiff } from "@/components/admin/revision-diff";
import { When } from "@/components/admin/when";
import { getRecordHistory, getRevisionValues } from "@/lib/data/records/history";
import { RECORDS, editHref, isRecordType } from "@/lib/records/types";

export const metadata: Metadata = { title: "History" };

const verbs: Record<string, string> = {
  create: "created", update: "edited", publish: "published", unpublish: "unpublished", submit_for_review: "sent for review",
  schedule: "scheduled", publish_scheduled: "published on schedule", restore_revision: "restored an older version",
  trash: "moved to the trash", restore: "restored from the trash",
};

function describeAction(action: string): string {
  const verb = action.split(".").pop() ?? action;
  return verbs[verb] ?? verb.replace(/_/g, " ");
}

interface Props {
  params: Promise<{ type: string; id: string }>;
  searchParams: Promise<{ from?: string; to?: string }>;
}

export default async function HistoryPage({ params, searchParams }: Props) {
  const [{ type, id }, search] = await Promise.all([params, searchParams]);
  if (!isRecordType(type)) notFound();
  const history = await getRecordHistory(type, id);
  if (!history) notFound();
  const versions = history.revisions.map((revision) => revision.version);
  if (versions.length === 0) {
    return (
      <div className="flex flex-col gap-3">
        <Link href={editHref(type, id)} className="text-sm text-muted underline">← Back to the {RECORDS[type].label}</Link>
        <h1 className="text-2xl font-bold text-ink">History of a {RECORDS[type].label}<span className="block text-lg font-medium text-muted">{history.title}</span></h1>
        <p className="rounded-lg border border-rule bg-card p-4 text-sm text-muted">
          No saves yet: this record was loaded with the starter data. Its first save keeps today&apos;s version as the starting point of its history.
        </p>
      </div>
    );
  }
  const to = versions.includes(Number(search.to)) ? Number(search.to) : versions[0];
  const from = versions.includes(Number(search.from)) ? Number(search.from) : (versions.find((v) => v < to) ?? to);
  const [older, newer] = await Promise.all([getRevisionValues(type, id, from), getRevisionValues(type, id, to)]);
  const info = RECORDS[type];
  const selectClass = "rounded-md border border-ink/25 bg-card px-3 py-2 text-sm";

  return (
    <div className="flex flex-col gap-5">
      <div>
        {history.deleted ? null : <Link href={editHref(type, id)} className="text-sm text-muted underline">← Back to the {info.label}</Link>}
        <h1 className="mt-1 text-2xl font-bold text-ink">
          History of a {info.label}
          <span className="block text-lg font-medium text-muted">{history.title}</span>
        </h1>
        <p className="text-sm text-muted">{history.revisions.length} revisions; the current version is {history.currentVersion}.</p>
      </div>

      <form key={`${from}-${to}`} method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-rule bg-card p-3 text-sm">
        <label className="flex flex-col gap-1 font-semibold">
          Compare version
          <select name="from" defaultValue={from} className={selectClass}>
            {versions.map((v) => <option key={v} value={v}>{v}</option>)}
          </select>
        </label>
        <label className="flex flex-col gap-1 font-semibold">
          with version
          <select name="to" defaultValue={to} className={selectClass}>
            {versions.map((v) => <option key={v} value={v}>{v}</option>)}
          </select>
        </label>
        <button type="submit" className="rounded-md bg-ink px-4 py-2 font-semibold text-white">Compare</button>
      </form>

      {older && newer ? <RevisionDiff older={older} newer={newer} olderLabel={`version ${from}`} newerLabel={`version ${to}`} /> : null}

      <section aria-labelledby="revisions-title" className="rounded-lg border border-rule bg-card p-5 shadow-xs">
        <h2 id="revisions-title" className="mb-3 text-lg font-semibold">Every save</h2>
        <ol className="divide-y divide-rule text-sm">
          {history.revisions.map((revision, index) => (
            <li key={revision.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
              <span>
                <strong>Version {revision.version}</strong>{" "}
                <span className="text-muted">({revision.action ? describeAction(revision.action) : "starting state"})</span> by {revision.authorName ?? "no one (starter data, or published by the schedule)"}, <When date={revision.createdAt} />
                {revision.version === history.currentVersion ? <span className="ml-2 text-muted">(current)</span> : null}
              </span>
              <span className="flex items-center gap-3">
                {index < history.revisions.length - 1 ? (
                  <Link href={`?from=${history.revisions[index + 1].version}&to=${revision.version}`} className="text-accent underline">
                    Changes in this save
                  </Link>
                ) : null}
                {revision.version !== history.currentVersion && !history.deleted ? (
                  <RestoreRevisionButton type={type} id={id} revision={revision.version} currentVersion={history.currentVersion} />
                ) : null}
              </span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
