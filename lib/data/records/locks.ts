import "server-only";
import { canDraft } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { recordAudit } from "@/lib/data/audit";
import { db } from "@/lib/db";
import type { RecordType } from "@/lib/records/types";

// Who is editing a record right now (WordPress-style post locking). An open edit page claims the
// lock and renews it every 45 seconds; it lapses 2 minutes after the last renewal, so a closed tab
// or a crashed browser frees the record by itself. Someone else may take it over, which is logged.
// The lock informs; the version check is what makes a stale save impossible.

export const lockTtlMs = 120_000;

export type LockState =
  | { held: true; expiresAt: Date }
  | { held: false; holderName: string; holderEmail: string; expiresAt: Date };

export async function claimEditLock(type: RecordType, id: string, takeOver = false, now = new Date()): Promise<LockState> {
  const user = await requirePermission(canDraft);
  return db.$transaction(async (tx) => {
    const existing = await tx.editLock.findUnique({
      where: { entityType_entityId: { entityType: type, entityId: id } },
      select: { userId: true, expiresAt: true, user: { select: { name: true, email: true, disabledAt: true } } },
    });
    const otherActive = existing && existing.userId !== user.id && existing.expiresAt > now && !existing.user.disabledAt;
    if (otherActive && !takeOver) {
      return { held: false, holderName: existing.user.name, holderEmail: existing.user.email, expiresAt: existing.expiresAt };
    }
    const expiresAt = new Date(now.getTime() + lockTtlMs);
    await tx.editLock.upsert({
      where: { entityType_entityId: { entityType: type, entityId: id } },
      create: { entityType: type, entityId: id, userId: user.id, expiresAt },
      update: { userId: user.id, expiresAt },
    });
    if (otherActive) {
      await recordAudit({ actor: user, action: "lock.take_over", entityType: type, entityId: id, before: { holder: existing.user.email } }, tx);
    }
    return { held: true, expiresAt };
  });
}

/** Frees the lock when the editor leaves, if they still hold it. */
export async function releaseEditLock(type: RecordType, id: string): Promise<void> {
  const user = await requirePermission(canDraft);
  await db.editLock.deleteMany({ where: { entityType: type, entityId: id, userId: user.id } });
}
