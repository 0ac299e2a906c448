import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/data/audit";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordLabel, type RecordType } from "@/lib/records/types";
import { reanchorNotes } from "@/lib/notes/reanchor-notes";
import { reindexRecord } from "@/lib/search/reindex-record";

// The optimistic-locking and history core every record's save goes through: a compare-and-set on
// `version`, then one revision (the full record) and one audit entry, in the caller's transaction.

export type Tx = Prisma.TransactionClient;

export function conflictMessage(type: RecordType): string {
  return (
    `Someone else saved a newer version of this ${recordLabel(type)} while you were editing. Nothing was saved: ` +
    "your changes are still in the form, shown beside theirs so you can merge."
  );
}

export function conflictError(type: RecordType): AppError {
  return new AppError(conflictMessage(type), {}, "conflict");
}

export function notFoundError(type: RecordType): AppError {
  return new AppError(`This ${recordLabel(type)} no longer exists; it may have been deleted.`, {}, "not_found");
}

/** Refuses a save made from an older version before any work is done. */
export function assertVersion(type: RecordType, current: number, expected: number): void {
  if (current !== expected) throw conflictError(type);
}

/** The minimal shape of a Prisma model delegate the generic code needs. */
export interface UpdateManyDelegate {
  updateMany(args: { where: Record<string, unknown>; data: Record<string, unknown> }): Promise<{ count: number }>;
}

/**
 * Writes `data` only if the row is still at `expected` and bumps the version. Two saves racing
 * past assertVersion cannot both win: the loser changes nothing and gets a conflict.
 */
export async function compareAndSet(
  type: RecordType,
  delegate: UpdateManyDelegate,
  id: string,
  expected: number,
  data: Record<string, unknown>,
): Promise<void> {
  const { count } = await delegate.updateMany({ where: { id, version: expected }, data: { ...data, version: { increment: 1 } } });
  if (count !== 1) throw conflictError(type);
}

export function toJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

export interface SaveRecord<S extends { version: number }> {
  type: RecordType;
  id: string;
  action: string;
  before: S | null;
  after: S;
}

/** One revision (who, when, the full record) and one audit entry (before and after) per save. */
export async function recordSave<S extends { version: number }>(tx: Tx, user: CurrentUser | null, save: SaveRecord<S>): Promise<void> {
  // Records loaded by the seed or an import have no revision of their starting state: keep it as
  // an authorless baseline, so their history can show and restore what was there before.
  if (save.before) {
    const key = { entityType: save.type, entityId: save.id, version: save.before.version };
    const known = await tx.revision.findUnique({ where: { entityType_entityId_version: key }, select: { id: true } });
    const savedAt = (save.before as { updatedAt?: unknown }).updatedAt;
    if (!known) {
      await tx.revision.create({ data: { ...key, data: toJson(save.before), authorId: null, ...(savedAt instanceof Date ? { createdAt: savedAt } : {}) } });
    }
  }
  await tx.revision.create({
    data: { entityType: save.type, entityId: save.id, version: save.after.version, data: toJson(save.after), authorId: user?.id ?? null },
  });
  await recordAudit({ actor: user, action: save.action, entityType: save.type, entityId: save.id, before: save.before, after: save.after }, tx);
  // Notes on a submission's or reply's text follow the edit (kept, moved or detached) before the
  // index is rebuilt, so a note detached by this save leaves search in the same transaction.
  await reanchorNotes(tx, save.type, save.id);
  // Same transaction: a published change is searchable the moment it commits, a hidden one gone.
  await reindexRecord(tx, save.type, save.id);
}
