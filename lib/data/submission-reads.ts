import "server-only";
import { canDraft, canEditRecord } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { snapshotSelect, submissionValues } from "@/lib/data/submission-snapshot";
import { db } from "@/lib/db";
import type { Body, PublicationStatus } from "@/lib/generated/prisma/enums";
import type { SubmissionFormValues } from "@/lib/validation/submission";

// Staff reads of submissions: the edit form's values and the admin list.

export interface SubmissionForEdit {
  id: string;
  slug: string;
  status: PublicationStatus;
  version: number;
  publishedAt: Date | null;
  updatedAt: Date;
  /** False for a reporter looking at a published record: the page shows it read-only. */
  canEdit: boolean;
  values: SubmissionFormValues;
}

export async function getSubmissionForEdit(id: string): Promise<SubmissionForEdit | null> {
  const user = await requirePermission(canDraft);
  const row = await db.submission.findFirst({ where: { id, deletedAt: null }, select: snapshotSelect });
  if (!row) return null;
  return {
    id: row.id,
    slug: row.slug,
    status: row.status,
    version: row.version,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    canEdit: canEditRecord(user, row.status, Boolean(row.publishAt)),
    values: submissionValues(row),
  };
}

export interface AdminSubmissionRow {
  id: string;
  slug: string;
  status: PublicationStatus;
  year: number;
  body: Body;
  officialNumber: string | null;
  titleEn: string | null;
  titleZh: string | null;
  firstSubmitter: string | null;
  updatedAt: Date;
}

/** Every submission not in the trash, newest change first; optionally one status only. */
export async function listSubmissionsForAdmin(filter: { status?: PublicationStatus } = {}): Promise<AdminSubmissionRow[]> {
  await requirePermission(canDraft);
  const rows = await db.submission.findMany({
    where: { deletedAt: null, ...(filter.status ? { status: filter.status } : {}) },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    // Enough for the first slice; the list gets paging and filters with the back-office work.
    take: 500,
    select: {
      id: true, slug: true, status: true, body: true, officialNumber: true, titleEn: true, titleZh: true, updatedAt: true,
      session: { select: { year: true } },
      parties: {
        where: { role: "SUBMITTER" },
        orderBy: { position: "asc" },
        take: 1,
        select: { person: { select: { nameEn: true } }, organization: { select: { nameEn: true } } },
      },
    },
  });
  return rows.map(({ session, parties, ...row }) => ({
    ...row,
    year: session.year,
    firstSubmitter: parties[0]?.person?.nameEn ?? parties[0]?.organization?.nameEn ?? null,
  }));
}
