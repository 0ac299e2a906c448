import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PublicationStatus } from "@/lib/generated/prisma/enums";

// What "the public may see this row" means, in one place: published and not soft-deleted. Every
// public query applies it at every level it reads (session, submission, party, topic, angle), so a
// published submission never drags an unpublished angle or a draft person onto a public page.
export const visibleWhere = { status: PublicationStatus.PUBLISHED, deletedAt: null } as const;

/** A submitter or co-signer is shown only when the person or organization behind it is public. */
export const visiblePartyWhere = {
  OR: [{ person: visibleWhere }, { organization: visibleWhere }],
} satisfies Prisma.SubmissionPartyWhereInput as { OR: Prisma.SubmissionPartyWhereInput[] };

/**
 * A note readers may see: marked public, approved by an editor, not deleted, still attached to
 * its passage, and the start of a thread (staff replies in a thread are never public).
 */
export const publicNoteWhere = {
  visibility: "PUBLIC",
  approvedAt: { not: null },
  deletedAt: null,
  detached: false,
  parentId: null,
  field: { not: null },
} satisfies Prisma.NoteWhereInput;
