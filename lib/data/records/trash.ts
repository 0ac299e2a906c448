import "server-only";
import { canDraft, canEmptyTrash } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { recordAudit } from "@/lib/data/audit";
import { db } from "@/lib/db";
import { AppError, ForbiddenError } from "@/lib/errors";
import type { PublicationStatus } from "@/lib/generated/prisma/enums";
import { RECORDS, recordLabel, type RecordType } from "@/lib/records/types";
import { mayEdit } from "./define-record";
import { registry } from "./registry";
import { assertVersion, compareAndSet, conflictError, notFoundError, recordSave, type Tx } from "./versioning";

// Deleting moves a record to the trash (deletedAt), from which it can be restored; only admins
// empty the trash for good. A record others still point at says where, and is not deleted.
// Memberships and affiliations have no trash: deleting one removes it, with its audit entry.

/** Where a record is still used, as lines a person can act on ("Submission: …"). */
export async function referencesTo(tx: Tx, type: RecordType, id: string): Promise<string[]> {
  const liveSubmission = { deletedAt: null };
  const submissionLine = (s: { titleEn: string | null; titleZh: string | null; officialNumber: string | null }) =>
    `Submission: ${s.titleEn ?? s.titleZh ?? "untitled"}${s.officialNumber ? ` (No. ${s.officialNumber})` : ""}`;
  const subSelect = { titleEn: true, titleZh: true, officialNumber: true } as const;
  switch (type) {
    case "Person":
    case "Organization": {
      const column = type === "Person" ? "personId" : "organizationId";
      const parties = await tx.submissionParty.findMany({
        where: { [column]: id, submission: liveSubmission },
        take: 10,
        select: { submission: { select: subSelect } },
      });
      const lines = parties.map((p) => `${submissionLine(p.submission)} (submitter or co-signer)`);
      if (type === "Organization") {
        const referrals = await tx.referral.findMany({ where: { ministryId: id, deletedAt: null, submission: liveSubmission }, take: 10, select: { submission: { select: subSelect } } });
        lines.push(...referrals.map((r) => `${submissionLine(r.submission)} (referred to it)`));
        const angles = await tx.angle.findMany({ where: { organizationId: id, deletedAt: null, submission: liveSubmission }, take: 10, select: { submission: { select: subSelect } } });
        lines.push(...angles.map((a) => `${submissionLine(a.submission)} (an angle names it)`));
      }
      return lines;
    }
    case "Topic": {
      const rows = await tx.submissionTopic.findMany({ where: { topicId: id, submission: liveSubmission }, take: 10, select: { submission: { select: subSelect } } });
      return rows.map((r) => submissionLine(r.submission));
    }
    case "Session": {
      const rows = await tx.submission.findMany({ where: { sessionId: id, deletedAt: null }, take: 10, select: subSelect });
      return rows.map(submissionLine);
    }
    case "Referral": {
      const rows = await tx.reply.findMany({ where: { referralId: id, deletedAt: null }, take: 10, select: { repliedOn: true, referenceNumber: true } });
      return rows.map((r) => `Reply of ${r.repliedOn.toISOString().slice(0, 10)}${r.referenceNumber ? ` (${r.referenceNumber})` : ""}`);
    }
    default:
      return [];
  }
}

async function loadForChange(tx: Tx, type: RecordType, id: string) {
  const record = registry[type];
  const before = await record.delegate(tx).findFirst({ where: { id }, select: record.select });
  if (!before) throw notFoundError(type);
  return { record, before: before as Record<string, unknown> & { version: number } };
}

/** Moves a record to the trash (or deletes a membership/affiliation), refusing while it is referenced. */
export async function deleteRecord(type: RecordType, id: string, expectedVersion: number): Promise<void> {
  const user = await requirePermission(canDraft);
  await db.$transaction(async (tx) => {
    const { record, before } = await loadForChange(tx, type, id);
    if (before.deletedAt) throw new AppError(`This ${recordLabel(type)} is already in the trash.`);
    if (!mayEdit(type, user, before)) {
      throw new ForbiddenError(`Only an editor can delete this ${recordLabel(type)}. Nothing was deleted.`);
    }
    assertVersion(type, before.version, expectedVersion);
    const references = await referencesTo(tx, type, id);
    if (references.length > 0) {
      throw new AppError(
        `This ${recordLabel(type)} is still used, so it was not deleted. Remove it from these first: ${references.join("; ")}.`,
        { _references: references },
      );
    }
    const action = `${type.toLowerCase()}.${RECORDS[type].trashable ? "trash" : "delete"}`;
    if (!RECORDS[type].trashable) {
      const { count } = await record.delegate(tx).deleteMany({ where: { id, version: expectedVersion } });
      if (count !== 1) throw conflictError(type);
      await recordAudit({ actor: user, action, entityType: type, entityId: id, before }, tx);
      return;
    }
    await compareAndSet(type, record.delegate(tx), id, expectedVersion, { deletedAt: new Date() });
    const after = (await record.delegate(tx).findFirst({ where: { id }, select: record.select })) as typeof before;
    await recordSave(tx, user, { type, id, action, before, after });
  });
}

export async function restoreFromTrash(type: RecordType, id: string): Promise<void> {
  const user = await requirePermission(canDraft);
  await db.$transaction(async (tx) => {
    const { record, before } = await loadForChange(tx, type, id);
    if (!before.deletedAt) return;
    if (!mayEdit(type, user, before)) {
      throw new ForbiddenError(`Only an editor can restore this ${recordLabel(type)}.`);
    }
    await compareAndSet(type, record.delegate(tx), id, before.version, { deletedAt: null });
    const after = (await record.delegate(tx).findFirst({ where: { id }, select: record.select })) as typeof before;
    await recordSave(tx, user, { type, id, action: `${type.toLowerCase()}.restore`, before, after });
  });
}

export interface TrashItem {
  type: RecordType;
  id: string;
  title: string;
  deletedAt: Date;
}

const trashable = (Object.keys(RECORDS) as RecordType[]).filter((type) => RECORDS[type].trashable);

export async function listTrash(): Promise<TrashItem[]> {
  await requirePermission(canDraft);
  const items: TrashItem[] = [];
  for (const type of trashable) {
    const record = registry[type];
    const rows = await record.delegate(db).findMany({ where: { deletedAt: { not: null } }, select: record.select, orderBy: { deletedAt: "desc" }, take: 200 });
    items.push(...rows.map((row) => ({ type, id: String(row.id), title: record.title(row), deletedAt: row.deletedAt as Date })));
  }
  return items.sort((a, b) => b.deletedAt.getTime() - a.deletedAt.getTime());
}

/** Admins only: deletes everything in the trash for good, each record in its own transaction. */
export async function emptyTrash(): Promise<{ purged: number; kept: Array<{ title: string; reason: string }> }> {
  const user = await requirePermission(canEmptyTrash);
  let purged = 0;
  const kept: Array<{ title: string; reason: string }> = [];
  for (const item of await listTrash()) {
    try {
      await db.$transaction(async (tx) => {
        const { record, before } = await loadForChange(tx, item.type, item.id);
        await record.delegate(tx).deleteMany({ where: { id: item.id, deletedAt: { not: null } } });
        await recordAudit({ actor: user, action: `${item.type.toLowerCase()}.purge`, entityType: item.type, entityId: item.id, before }, tx);
      });
      purged++;
    } catch {
      // A trashed record another one started pointing at (the database refuses): it stays.
      kept.push({ title: item.title, reason: "still referenced by another record" });
    }
  }
  return { purged, kept };
}
