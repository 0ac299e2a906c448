import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// The append-only audit log (a database trigger refuses UPDATE and DELETE). Every mutation writes
// an entry in the same transaction as the change, so a rolled-back change leaves no entry.

type Tx = Prisma.TransactionClient;

export interface AuditInput {
  actor: Pick<CurrentUser, "id" | "email"> | null;
  /** Dotted verb, e.g. "submission.create", "auth.sign_in_failed". */
  action: string;
  entityType?: string;
  entityId?: string;
  before?: unknown;
  after?: unknown;
  /** For sign-in attempts by no known user. */
  actorEmail?: string;
}

function asJson(value: unknown): Prisma.InputJsonValue | undefined {
  return value === undefined || value === null ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}

export async function recordAudit(input: AuditInput, tx: Tx = db): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorId: input.actor?.id ?? null,
      actorEmail: input.actor?.email ?? input.actorEmail ?? null,
      action: input.action,
      entityType: input.entityType ?? null,
      entityId: input.entityId ?? null,
      before: asJson(input.before),
      after: asJson(input.after),
    },
  });
}
