import type { CurrentUser } from "@/lib/auth/roles";
import type { PublicationStatus } from "@/lib/generated/prisma/enums";

// Named permissions, checked in the data layer and in every server action. Layouts and the proxy
// may also check them to redirect early, but never instead.

export type Permission = (user: CurrentUser) => boolean;

const staff: Permission = () => true;
const editorial: Permission = (user) => user.role === "EDITOR" || user.role === "ADMIN";
const admin: Permission = (user) => user.role === "ADMIN";

/** Reporters, editors and admins may draft records and send them to review. */
export const canDraft: Permission = staff;
/** Only editors and admins publish, unpublish and schedule. */
export const canPublish: Permission = editorial;
export const canManageUsers: Permission = admin;
export const canViewAuditLog: Permission = admin;
export const canEmptyTrash: Permission = admin;
/** Merging duplicate people or organizations moves references across the tracker: editors only. */
export const canMerge: Permission = editorial;
/** Confirming or rejecting proposed repeats across years, and asking for new proposals. */
export const canDecideRepeats: Permission = editorial;

/**
 * Reporters edit what is not yet public and not scheduled by an editor (a scheduled record is an
 * editor's decision to publish); editors and admins edit anything.
 */
export function canEditRecord(user: CurrentUser, status: PublicationStatus, scheduled = false): boolean {
  return editorial(user) || ((status === "DRAFT" || status === "IN_REVIEW") && !scheduled);
}

/**
 * Records a reporter writes under their own name (angles): a reporter changes only their own, and
 * only while a draft or in review; editors and admins change anyone's.
 */
export function canEditAuthoredRecord(user: CurrentUser, status: PublicationStatus, authorId: string | null): boolean {
  return editorial(user) || (authorId === user.id && canEditRecord(user, status));
}

/** Reviewer comments and the reviewer are the editor's part of an angle. */
export const canReview: Permission = editorial;

/** Whether `user` may move a record to `next`: reporters only between draft and review. */
export function canSetStatus(user: CurrentUser, next: PublicationStatus): boolean {
  return editorial(user) || next === "DRAFT" || next === "IN_REVIEW";
}

/** Imports and the unmatched-names queue: editors and admins (reporters draft one record at a time). */
export const canImport: Permission = editorial;
