import "server-only";
import { canReview } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineRecord, type Delegate, type SaveContext } from "@/lib/data/records/define-record";
import { citationSelect, sourceIdFor, sourceValues } from "@/lib/data/records/sources";
import type { Tx } from "@/lib/data/records/versioning";
import type { FieldErrors } from "@/lib/errors";
import { dayDate, dayValue } from "@/lib/validation/fields";
import { sourcesNeededMessage, updateAngleSchema, type AngleEditValues, type AngleInput } from "@/lib/validation/angle";

// Angles: a reporter's assessment of how a submission serves an organization's interest. The
// author is the creating user (set by defineRecord); a reporter changes only their own, and only
// before publication. The reviewer and the reviewer comment are the editor's: a reporter's save
// keeps them as they were. Sources are required from review on, checked here again so a direct
// call to the data layer cannot skip the form's rule.

const select = {
  id: true, submissionId: true, organizationId: true, interestId: true, kind: true, strength: true,
  rationaleEn: true, rationaleZh: true, evidence: true, authorId: true, reviewerId: true, reviewerComment: true,
  rightOfReply: true, rightOfReplyOn: true,
  status: true, publishedAt: true, deletedAt: true, version: true, createdAt: true, updatedAt: true,
  citations: citationSelect,
  submission: { select: { titleEn: true, titleZh: true, slug: true, status: true } },
  organization: { select: { nameEn: true } },
  author: { select: { name: true } },
  reviewer: { select: { name: true } },
} satisfies Prisma.AngleSelect;
export type AngleSnapshot = Prisma.AngleGetPayload<{ select: typeof select }>;

async function checkAngle(tx: Tx, input: AngleInput, _id: string | null, { user, before }: SaveContext<AngleSnapshot>): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const submission = await tx.submission.findFirst({ where: { id: input.submissionId, deletedAt: null }, select: { id: true } });
  if (!submission) errors.submissionId = ["That submission no longer exists. Choose another."];
  if (input.organizationId) {
    const organization = await tx.organization.findFirst({ where: { id: input.organizationId, deletedAt: null }, select: { id: true } });
    if (!organization) errors.organizationId = ["That organization no longer exists. Choose another."];
  }
  if (input.interestId) {
    const interest = await tx.interest.findFirst({ where: { id: input.interestId }, select: { organizationId: true } });
    if (!interest) errors.interestId = ["That interest no longer exists. Choose another."];
    else if (interest.organizationId !== input.organizationId) errors.interestId = ["Choose one of this organization's interests."];
  }
  if ((input.status === "IN_REVIEW" || input.status === "PUBLISHED") && input.sources.length === 0) errors.sources = [sourcesNeededMessage];
  if (!canReview(user) && (input.reviewerComment ?? null) !== (before?.reviewerComment ?? null)) {
    errors.reviewerComment = ["Only an editor writes the reviewer comment."];
  }
  return errors;
}

/** The reviewer is the editor who last commented on or published the angle. */
function reviewerData(input: AngleInput, { user, before }: SaveContext<AngleSnapshot>) {
  if (!canReview(user)) return { reviewerComment: before?.reviewerComment ?? null, reviewerId: before?.reviewerId ?? null };
  const commented = (input.reviewerComment ?? null) !== (before?.reviewerComment ?? null);
  const publishing = input.status === "PUBLISHED" && before?.status !== "PUBLISHED";
  return { reviewerComment: input.reviewerComment, reviewerId: commented || publishing ? user.id : (before?.reviewerId ?? null) };
}

export const angleRecord = defineRecord<AngleInput, AngleEditValues, AngleSnapshot>({
  type: "Angle",
  delegate: (tx) => tx.angle as unknown as Delegate,
  select,
  schema: updateAngleSchema,
  check: checkAngle,
  toData: (input, _tx, context) => ({
    submissionId: input.submissionId,
    organizationId: input.organizationId,
    interestId: input.interestId,
    kind: input.kind,
    strength: input.strength,
    rationaleEn: input.rationaleEn,
    rationaleZh: input.rationaleZh,
    evidence: input.evidence,
    rightOfReply: input.rightOfReply,
    rightOfReplyOn: input.rightOfReplyOn ? dayDate(input.rightOfReplyOn) : null,
    ...reviewerData(input, context),
  }),
  writeRelations: async (tx, angleId, input) => {
    await tx.citation.deleteMany({ where: { angleId } });
    for (const source of input.sources) await tx.citation.create({ data: { angleId, sourceId: await sourceIdFor(tx, source) } });
  },
  toValues: (row) => ({
    submissionId: row.submissionId, organizationId: row.organizationId ?? "", interestId: row.interestId ?? "",
    kind: row.kind, strength: row.strength, rationaleEn: row.rationaleEn, rationaleZh: row.rationaleZh ?? "",
    evidence: row.evidence ?? "", sources: sourceValues(row.citations), reviewerComment: row.reviewerComment ?? "",
    rightOfReply: row.rightOfReply ?? "", rightOfReplyOn: dayValue(row.rightOfReplyOn),
    status: row.status, version: row.version,
    credits: { author: row.author?.name ?? null, reviewer: row.reviewer?.name ?? null },
  }),
  title: (row) =>
    `${row.kind === "BUSINESS_INTEREST" ? "Business interest" : "Policy echo"} (${row.strength.toLowerCase()}): ${row.submission.titleEn ?? row.submission.titleZh ?? "Submission"}`,
});
