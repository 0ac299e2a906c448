import type { Metadata } from "next";
import Link from "next/link";
import { SubmissionForm } from "@/components/forms/submission-form";
import { canPublish } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { getSubmissionLookups } from "@/lib/data/lookups";
import { PublicationStatus } from "@/lib/generated/prisma/enums";
import { draftStatuses, emptySubmission } from "@/lib/validation/submission";

export const metadata: Metadata = { title: "New submission" };

export default async function NewSubmissionPage() {
  const [lookups, user] = await Promise.all([getSubmissionLookups(), getCurrentUser()]);
  const allowed = user && canPublish(user) ? Object.values(PublicationStatus) : draftStatuses;
  return (
    <div className="flex flex-col gap-5">
      <div>
        <Link href="/admin/submissions" className="text-sm text-muted underline">
          ← All submissions
        </Link>
        <h1 className="mt-1 text-2xl font-bold text-ink">New submission</h1>
        <p className="text-sm text-muted">An NPC suggestion (建议) or a CPPCC proposal (提案).</p>
      </div>
      {lookups.sessions.length === 0 ? (
        <p className="rounded-md border border-accent/40 bg-accent-soft p-4 text-sm">
          There are no sessions yet. A session must exist before a submission can be recorded.
        </p>
      ) : null}
      <SubmissionForm initialValues={emptySubmission} lookups={lookups} allowedStatuses={allowed} />
    </div>
  );
}
