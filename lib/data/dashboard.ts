import "server-only";
import { canDraft } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Body, PublicationStatus } from "@/lib/generated/prisma/enums";

// The staff dashboard: where the submissions stand, what waits for an editor, and what changed
// lately. Recent changes are content edits only (who, what, when): sign-ins, account changes and
// the before/after payloads belong to the admin-only audit log.

const contentTypes = ["Submission", "Session", "Person", "Organization", "Topic", "Referral", "Reply", "Angle"];

export interface ReviewItem {
  id: string;
  titleEn: string | null;
  titleZh: string | null;
  officialNumber: string | null;
  body: Body;
  year: number;
  updatedAt: Date;
}

export interface RecentChange {
  id: string;
  at: Date;
  action: string;
  actorName: string | null;
  entityType: string | null;
  entityId: string | null;
  /** The submission's title today, when the change is to a submission that still exists. */
  entityTitle: string | null;
}

export interface Dashboard {
  counts: Record<PublicationStatus, number>;
  inReview: ReviewItem[];
  recentChanges: RecentChange[];
}

export async function getDashboard(): Promise<Dashboard> {
  await requirePermission(canDraft);
  const [grouped, inReview, entries] = await Promise.all([
    db.submission.groupBy({ by: ["status"], where: { deletedAt: null }, _count: { _all: true } }),
    db.submission.findMany({
      where: { status: "IN_REVIEW", deletedAt: null },
      orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
      take: 20,
      select: {
        id: true, titleEn: true, titleZh: true, officialNumber: true, body: true, updatedAt: true,
        session: { select: { year: true } },
      },
    }),
    db.auditEntry.findMany({
      where: { entityType: { in: contentTypes } },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: 15,
      select: { id: true, at: true, action: true, entityType: true, entityId: true, actor: { select: { name: true } } },
    }),
  ]);

  const counts: Record<PublicationStatus, number> = { DRAFT: 0, IN_REVIEW: 0, PUBLISHED: 0, UNPUBLISHED: 0 };
  for (const row of grouped) counts[row.status] = row._count._all;

  const submissionIds = entries.filter((e) => e.entityType === "Submission" && e.entityId).map((e) => e.entityId as string);
  const titles = new Map(
    (
      await db.submission.findMany({
        where: { id: { in: submissionIds }, deletedAt: null },
        select: { id: true, titleEn: true, titleZh: true },
      })
    ).map((s) => [s.id, s.titleEn ?? s.titleZh]),
  );

  return {
    counts,
    inReview: inReview.map(({ session, ...item }) => ({ ...item, year: session.year })),
    recentChanges: entries.map((entry) => ({
      id: entry.id,
      at: entry.at,
      action: entry.action,
      actorName: entry.actor?.name ?? null,
      entityType: entry.entityType,
      entityId: entry.entityId,
      entityTitle: entry.entityId ? (titles.get(entry.entityId) ?? null) : null,
    })),
  };
}
