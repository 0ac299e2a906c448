import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditLockBanner } from "@/components/admin/edit-lock-banner";
import { DeleteRecordButton } from "@/components/admin/delete-record-button";
import { CorrectionsPanel } from "@/components/admin/corrections-panel";
import { listCorrections } from "@/lib/data/corrections";
import { RelatedRecords } from "@/components/admin/related-records";
import { SavedNotice } from "@/components/admin/saved-notice";
import { StatusBadge } from "@/components/admin/status-badge";
import { When } from "@/components/admin/when";
import { SubmissionForm } from "@/components/forms/submission-form";
import { canPublish } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { getSubmissionLookups } from "@/lib/data/lookups";
import { getSubmissionForEdit } from "@/lib/data/submission-reads";
import { PublicationStatus } from "@/lib/generated/prisma/enums";
import { historyHref } from "@/lib/records/types";
import { notesHref } from "@/lib/notes/targets";
import { draftStatuses } from "@/lib/validation/submission";

export const metadata: Metadata = { title: "Edit submission" };

interface EditPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string | string[] }>;
}

export default async function EditSubmissionPage({ params, searchParams }: EditPageProps) {
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const [submission, lookups, user] = await Promise.all([getSubmissionForEdit(id), getSubmissionLookups(), getCurrentUser()]);
  if (!submission) notFound();

  const publicHref = submission.status === "PUBLISHED" ? `/submissions/${submission.slug}` : null;
  const readOnly = !submission.canEdit;
  // A read-only view shows the current status, whichever it is.
  const allowed = readOnly || (user && canPublish(user)) ? Object.values(PublicationStatus) : draftStatuses;
  const title = submission.values.titleEn || submission.values.titleZh;

  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap items-start justify-between gap-4">
      <div>
        <Link href="/admin/submissions" className="text-sm text-muted underline">
          ← All submissions
        </Link>
        <h1 className="mt-1 text-2xl font-bold text-ink">
          Edit submission{title ? <span className="block text-lg font-medium text-muted">{title}</span> : null}
        </h1>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-muted">
          <StatusBadge status={submission.status} />
          <span>Version {submission.version}</span>
          <span aria-hidden="true">·</span>
          <span>
            Last saved <When date={submission.updatedAt} />
          </span>
          <span aria-hidden="true">·</span>
          <Link href={historyHref("Submission", submission.id)} className="text-accent underline">
            History
          </Link>
          <span aria-hidden="true">·</span>
          <Link href={notesHref("Submission", submission.id)} className="text-accent underline">
            Notes on the text
          </Link>
          {publicHref ? (
            <>
              <span aria-hidden="true">·</span>
              <Link href={publicHref} className="text-accent underline">
                View public page
              </Link>
            </>
          ) : null}
        </p>
      </div>
      {submission.canEdit ? <DeleteRecordButton type="Submission" id={submission.id} version={submission.version} /> : null}
      </div>
      {submission.canEdit ? <EditLockBanner type="Submission" id={submission.id} /> : null}
      {saved === "created" || saved === "updated" ? <SavedNotice saved={saved} publicHref={publicHref} /> : null}
      {readOnly ? (
        <p className="rounded-md border border-rule bg-card p-4 text-sm">
          This submission is {submission.values.publishAt ? "scheduled for publication" : "published"}, so only an editor can change it. Ask an editor if something needs fixing.
        </p>
      ) : null}
      {submission.status === "PUBLISHED" ? (
        <CorrectionsPanel
          type="Submission"
          id={submission.id}
          canAdd={Boolean(user && canPublish(user))}
          corrections={(await listCorrections("Submission", submission.id)).map((c) => ({ id: c.id, note: c.note, correctedOn: c.correctedOn.toISOString().slice(0, 10) }))}
        />
      ) : null}
      <RelatedRecords type="Submission" id={submission.id} />
      <SubmissionForm
        // A new version (after a save) remounts the form with what the server now holds.
        key={submission.version}
        submissionId={submission.id}
        initialValues={submission.values}
        lookups={lookups}
        allowedStatuses={allowed}
        readOnly={readOnly}
      />
    </div>
  );
}
