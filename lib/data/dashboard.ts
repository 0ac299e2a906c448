import "server-only";
import { canDraft } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { registry } from "@/lib/data/records/registry";
import { publishDueRecords } from "@/lib/data/records/scheduled";
import { db } from "@/lib/db";
import type { PublicationStatus } from "@/lib/generated/prisma/enums";
import { RECORDS, recordTypes, type RecordType } from "@/lib/records/types";

// The staff dashboard: where the submissions stand, what waits for an editor (every record type),
// which ministries owe replies past their due date, and what changed lately. Recent changes are
// content edits only (who, what, when): sign-ins, account changes and the before/after payloads
// belong to the admin-only audit log.

const contentTypes: string[] = [...recordTypes];

export interface ReviewItem {
  type: RecordType;
  id: string;
  title: string;
  updatedAt: Date;
  /** Set when an editor scheduled it: it publishes itself then. */
  publishAt: Date | null;
}

export interface OverdueMinistry {
  ministryId: string;
  name: string;
  items: Array<{ referralId: string; title: string; dueOn: Date }>;
}

export interface RecentChange {
  id: string;
  at: Date;
  action: string;
  actorName: string | null;
  entityType: string | null;
  entityId: string | null;
  /** The record's title today, when it still exists. */
  entityTitle: string | null;
}

export interface Dashboard {
  counts: Record<PublicationStatus, number>;
  inReview: ReviewItem[];
  overdue: OverdueMinistry[];
  recentChanges: RecentChange[];
}

const publishable = recordTypes.filter((type) => RECORDS[type].publishable);

async function reviewQueue(): Promise<ReviewItem[]> {
  const items: ReviewItem[] = [];
  for (const type of publishable) {
    const record = registry[type];
    const rows = await record.delegate(db).findMany({
      where: { status: "IN_REVIEW", deletedAt: null },
      select: record.select,
      orderBy: [{ updatedAt: "asc" }],
      take: 20,
    });
    items.push(
      ...rows.map((row) => ({
        type,
        id: String(row.id),
        title: record.title(row),
        updatedAt: row.updatedAt as Date,
        publishAt: (row.publishAt as Date | null | undefined) ?? null,
      })),
    );
  }
  return items.sort((a, b) => a.updatedAt.getTime() - b.updatedAt.getTime()).slice(0, 30);
}

/** Referrals past their due date with no reply, grouped by ministry, most overdue first. */
export async function overdueByMinistry(today = new Date()): Promise<OverdueMinistry[]> {
  const day = new Date(today.toISOString().slice(0, 10));
  const rows = await db.referral.findMany({
    where: { deletedAt: null, dueOn: { lt: day }, submission: { deletedAt: null }, replies: { none: { deletedAt: null } } },
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
    take: 500,
    select: {
      id: true, dueOn: true,
      ministry: { select: { id: true, nameEn: true, nameZh: true } },
      submission: { select: { titleEn: true, titleZh: true } },
    },
  });
  const byMinistry = new Map<string, OverdueMinistry>();
  for (const row of rows) {
    const entry = byMinistry.get(row.ministry.id) ?? {
      ministryId: row.ministry.id,
      name: [row.ministry.nameEn, row.ministry.nameZh].filter(Boolean).join(" "),
      items: [],
    };
    entry.items.push({ referralId: row.id, title: row.submission.titleEn ?? row.submission.titleZh ?? "Untitled", dueOn: row.dueOn });
    byMinistry.set(row.ministry.id, entry);
  }
  return [...byMinistry.values()].sort((a, b) => b.items.length - a.items.length || a.name.localeCompare(b.name));
}

async function titlesOf(entries: Array<{ entityType: string | null; entityId: string | null }>): Promise<Map<string, string>> {
  const titles = new Map<string, string>();
  for (const type of recordTypes) {
    const ids = [...new Set(entries.filter((e) => e.entityType === type && e.entityId).map((e) => e.entityId as string))];
    if (ids.length === 0) continue;
    const record = registry[type];
    const rows = await record.delegate(db).findMany({ where: { id: { in: ids } }, select: record.select });
    for (const row of rows) if (!row.deletedAt) titles.set(String(row.id), record.title(row));
  }
  return titles;
}

export async function getDashboard(): Promise<Dashboard> {
  await requirePermission(canDraft);
  // Staff page views are when scheduled records go public (see scheduled.ts).
  await publishDueRecords();
  const grouped = await db.submission.groupBy({ by: ["status"], where: { deletedAt: null }, _count: { _all: true } });
  const inReview = await reviewQueue();
  const overdue = await overdueByMinistry();
  const entries = await db.auditEntry.findMany({
    where: { entityType: { in: contentTypes } },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: 15,
    select: { id: true, at: true, action: true, entityType: true, entityId: true, actor: { select: { name: true } } },
  });
  const counts: Record<PublicationStatus, number> = { DRAFT: 0, IN_REVIEW: 0, PUBLISHED: 0, UNPUBLISHED: 0 };
  for (const row of grouped) counts[row.status] = row._count._all;
  const titles = await titlesOf(entries);
  return {
    counts,
    inReview,
    overdue,
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
