import "server-only";
import { canDraft, canPublish } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { recordAudit } from "@/lib/data/audit";
import { registry } from "@/lib/data/records/registry";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { RecordType } from "@/lib/records/types";
import { dayDate } from "@/lib/validation/fields";

// Public correction notes: an editor who changes a published record in substance says so, with a
// date. The note is public (public pages read the Correction rows); who wrote it is in the audit log.

export interface CorrectionRow {
  id: string;
  correctedOn: Date;
  note: string;
  createdAt: Date;
}

export async function listCorrections(type: RecordType, id: string): Promise<CorrectionRow[]> {
  await requirePermission(canDraft);
  return db.correction.findMany({
    where: { entityType: type, entityId: id },
    orderBy: [{ correctedOn: "desc" }, { createdAt: "desc" }],
    select: { id: true, correctedOn: true, note: true, createdAt: true },
  });
}

export async function addCorrection(input: { type: RecordType; id: string; correctedOn: string; note: string }): Promise<CorrectionRow> {
  const user = await requirePermission(canPublish);
  return db.$transaction(async (tx) => {
    const record = await registry[input.type].delegate(tx).findFirst({ where: { id: input.id }, select: { id: true, status: true, deletedAt: true } });
    if (!record || record.deletedAt) throw new AppError("This record no longer exists.", {}, "not_found");
    if (record.status !== "PUBLISHED") throw new AppError("Corrections are for published records; this one is not public.");
    const correction = await tx.correction.create({
      data: { entityType: input.type, entityId: input.id, note: input.note, correctedOn: dayDate(input.correctedOn), authorId: user.id },
      select: { id: true, correctedOn: true, note: true, createdAt: true },
    });
    await recordAudit({ actor: user, action: "correction.create", entityType: input.type, entityId: input.id, after: correction }, tx);
    return correction;
  });
}
