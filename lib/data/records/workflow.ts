import "server-only";
import { canPublish, canSetStatus } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import type { PublicationStatus } from "@/lib/generated/prisma/enums";
import { RECORDS, type RecordType } from "@/lib/records/types";

// Draft -> in review -> published -> unpublished. Reporters move records only between draft and
// review; editors and admins publish, unpublish and schedule. A scheduled record keeps its
// unpublished status and a future `publishAt`; publishDueRecords() (scheduled.ts) publishes it
// once that time has passed.

/** Where each status may go next (staying put is always allowed). */
const transitions: Record<PublicationStatus, readonly PublicationStatus[]> = {
  DRAFT: ["IN_REVIEW", "PUBLISHED"],
  IN_REVIEW: ["DRAFT", "PUBLISHED"],
  // A public record leaves the site by being unpublished, never by quietly becoming a draft.
  PUBLISHED: ["UNPUBLISHED"],
  UNPUBLISHED: ["DRAFT", "IN_REVIEW", "PUBLISHED"],
};

export function canTransition(from: PublicationStatus, to: PublicationStatus): boolean {
  return from === to || transitions[from].includes(to);
}

export function publishRefused(): AppError {
  return new AppError(
    "Only editors can publish, unpublish or schedule. Save it as a draft or send it for review; nothing was saved.",
    { status: ["Reporters can choose Draft or In review."] },
    "forbidden",
  );
}

export interface WorkflowBefore {
  status: PublicationStatus;
  publishedAt: Date | null;
}

export interface WorkflowRequest {
  status: PublicationStatus;
  /** A future time to publish at; only with status PUBLISHED. */
  publishAt?: Date | null;
}

/** The status columns to write, or an AppError saying which rule the request breaks. */
export function workflowData(
  type: RecordType,
  user: CurrentUser,
  before: WorkflowBefore | null,
  request: WorkflowRequest,
  now = new Date(),
): Record<string, unknown> {
  const { schedulable } = RECORDS[type];
  if (!canSetStatus(user, request.status)) throw publishRefused();
  const scheduled = schedulable && request.publishAt ? request.publishAt : null;
  if (scheduled) {
    if (!canPublish(user)) throw publishRefused();
    if (request.status !== "PUBLISHED") {
      throw new AppError("Some fields need attention.", { publishAt: ["A publication time goes with the status Published."] });
    }
    if (scheduled.getTime() <= now.getTime()) {
      throw new AppError("Some fields need attention.", { publishAt: ["Choose a time in the future, or leave it empty to publish now."] });
    }
    if (before?.status === "PUBLISHED") {
      throw new AppError("Some fields need attention.", { publishAt: ["This is already published. Leave the time empty."] });
    }
    // Waiting for its time: in review (or unpublished, if it was), never public yet.
    const waiting = before?.status === "UNPUBLISHED" ? "UNPUBLISHED" : "IN_REVIEW";
    return { status: waiting, publishAt: scheduled, publishedAt: before?.publishedAt ?? null };
  }
  if (before && !canTransition(before.status, request.status)) {
    throw new AppError(
      "A published record leaves the site by being unpublished. Choose Unpublished; nothing was saved.",
      { status: ["Choose Published or Unpublished."] },
    );
  }
  const publishedAt = request.status === "PUBLISHED" ? (before?.status === "PUBLISHED" ? before.publishedAt : now) : (before?.publishedAt ?? null);
  return { status: request.status, publishedAt, ...(schedulable ? { publishAt: null } : {}) };
}

/** "topic.publish", "person.update", ... for the audit log. */
export function auditAction(type: RecordType, before: PublicationStatus | null, after: PublicationStatus | null, scheduled = false): string {
  const prefix = type.toLowerCase();
  if (before === null) return `${prefix}.create`;
  if (scheduled) return `${prefix}.schedule`;
  if (before !== after && after === "PUBLISHED") return `${prefix}.publish`;
  if (before !== after && after === "UNPUBLISHED") return `${prefix}.unpublish`;
  if (before !== after && after === "IN_REVIEW") return `${prefix}.submit_for_review`;
  return `${prefix}.update`;
}
