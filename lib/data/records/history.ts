import "server-only";
import { canDraft } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { RecordType } from "@/lib/records/types";
import { registry, reviveDates } from "./registry";
import { notFoundError } from "./versioning";

// A record's history: every revision (who, when, the full record), two of them side by side as
// form values (the page diffs them field by field), and restoring an old one as a new revision.

export interface RevisionSummary {
  id: string;
  version: number;
  createdAt: Date;
  authorName: string | null;
  /** What the save did, from its audit entry ("person.publish"); null for a starting state. */
  action: string | null;
}

export interface RecordHistory {
  type: RecordType;
  id: string;
  title: string;
  currentVersion: number;
  deleted: boolean;
  revisions: RevisionSummary[];
}

export async function getRecordHistory(type: RecordType, id: string): Promise<RecordHistory | null> {
  await requirePermission(canDraft);
  const record = registry[type];
  const row = await record.delegate(db).findFirst({ where: { id }, select: record.select });
  const revisions = await db.revision.findMany({
    where: { entityType: type, entityId: id },
    orderBy: { version: "desc" },
    select: { id: true, version: true, createdAt: true, author: { select: { name: true } } },
  });
  if (!row && revisions.length === 0) return null;
  // Each save's audit entry carries the saved record, version included: that pairs them exactly.
  const entries = await db.auditEntry.findMany({ where: { entityType: type, entityId: id }, select: { action: true, after: true } });
  const actionOf = new Map<number, string>();
  for (const entry of entries) {
    const version = (entry.after as { version?: unknown } | null)?.version;
    if (typeof version === "number") actionOf.set(version, entry.action);
  }
  return {
    type,
    id,
    title: row ? record.title(row) : `Deleted ${type.toLowerCase()}`,
    currentVersion: Number(row?.version ?? 0),
    deleted: !row || Boolean(row.deletedAt),
    revisions: revisions.map((revision) => ({
      id: revision.id,
      version: revision.version,
      createdAt: revision.createdAt,
      authorName: revision.author?.name ?? null,
      action: actionOf.get(revision.version) ?? null,
    })),
  };
}

/** The form values a revision held: what the diff compares and what a restore saves. */
export async function getRevisionValues(type: RecordType, id: string, version: number): Promise<Record<string, unknown> | null> {
  await requirePermission(canDraft);
  const revision = await db.revision.findUnique({
    where: { entityType_entityId_version: { entityType: type, entityId: id, version } },
    select: { data: true },
  });
  if (!revision) return null;
  return registry[type].toValues(reviveDates(revision.data) as Record<string, unknown>) as Record<string, unknown>;
}

/**
 * Saves an old revision's content as a new revision, through the record's own update (so every
 * permission, reference and uniqueness rule applies again). The workflow state stays as it is
 * now: restoring text never publishes or unpublishes anything by itself.
 */
export async function restoreRevision(type: RecordType, id: string, version: number, expectedVersion: number) {
  await requirePermission(canDraft);
  const record = registry[type];
  const old = await getRevisionValues(type, id, version);
  if (!old) throw new AppError("That revision does not exist.", {}, "not_found");
  const current = await record.delegate(db).findFirst({ where: { id }, select: record.select });
  if (!current) throw notFoundError(type);
  const now = record.toValues(current) as Record<string, unknown>;
  const parsed = record.schema.safeParse({ ...old, id, status: now.status, publishAt: now.publishAt, slug: now.slug, version: expectedVersion });
  if (!parsed.success) {
    throw new AppError(
      `Version ${version} cannot be restored as it is: ${parsed.error.issues[0]?.message ?? "it no longer passes the form's checks"}. Edit the record instead.`,
    );
  }
  return record.update(id, parsed.data, { action: `${type.toLowerCase()}.restore_revision` });
}
