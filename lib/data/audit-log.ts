import "server-only";
import { canViewAuditLog } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// The admin-only view of the append-only audit log. Read-only by construction: this module has no
// writes, and the database refuses UPDATE and DELETE on the table whatever the app does.

export const auditPageSize = 50;

export interface AuditQuery {
  /** Prefix of the action, e.g. "auth." or "submission.publish". */
  action?: string;
  entityType?: string;
  /** Part of the actor's email. */
  actor?: string;
  page?: number;
}

export interface AuditRow {
  id: string;
  at: Date;
  action: string;
  actorEmail: string | null;
  actorName: string | null;
  entityType: string | null;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

export async function listAuditEntries(query: AuditQuery): Promise<{ rows: AuditRow[]; total: number; page: number; pageCount: number }> {
  await requirePermission(canViewAuditLog);
  const where: Prisma.AuditEntryWhereInput = {
    ...(query.action ? { action: { startsWith: query.action } } : {}),
    ...(query.entityType ? { entityType: query.entityType } : {}),
    ...(query.actor ? { actorEmail: { contains: query.actor, mode: "insensitive" } } : {}),
  };
  const total = await db.auditEntry.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / auditPageSize));
  const page = Math.min(Math.max(1, query.page ?? 1), pageCount);
  const rows = await db.auditEntry.findMany({
    where,
    orderBy: [{ at: "desc" }, { id: "desc" }],
    skip: (page - 1) * auditPageSize,
    take: auditPageSize,
    select: { id: true, at: true, action: true, actorEmail: true, entityType: true, entityId: true, before: true, after: true, actor: { select: { name: true } } },
  });
  return { total, page, pageCount, rows: rows.map(({ actor, ...row }) => ({ ...row, actorName: actor?.name ?? null })) };
}
