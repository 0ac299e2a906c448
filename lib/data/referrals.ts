import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineRecord, type Delegate } from "@/lib/data/records/define-record";
import type { FieldErrors } from "@/lib/errors";
import { dayDate, dayValue } from "@/lib/validation/fields";
import { dueDate, updateReferralSchema, type ReferralFormValues, type ReferralInput } from "@/lib/validation/referral";

// Referrals: a submission sent to a ministry with a handling role. The due date is derived on
// every save (three months, six when the submission is complex), never typed.

const select = {
  id: true, submissionId: true, ministryId: true, role: true, referredOn: true, dueOn: true,
  status: true, publishedAt: true, deletedAt: true, version: true, createdAt: true, updatedAt: true,
  ministry: { select: { nameEn: true } },
  submission: { select: { titleEn: true, titleZh: true, officialNumber: true, slug: true, status: true } },
} satisfies Prisma.ReferralSelect;
type ReferralSnapshot = Prisma.ReferralGetPayload<{ select: typeof select }>;

export const referralRecord = defineRecord<ReferralInput, ReferralFormValues, ReferralSnapshot>({
  type: "Referral",
  delegate: (tx) => tx.referral as unknown as Delegate,
  select,
  schema: updateReferralSchema,
  check: async (tx, input, id) => {
    const errors: FieldErrors = {};
    const submission = await tx.submission.findFirst({ where: { id: input.submissionId, deletedAt: null }, select: { id: true } });
    if (!submission) errors.submissionId = ["That submission no longer exists. Choose another."];
    const ministry = await tx.organization.findFirst({ where: { id: input.ministryId, deletedAt: null }, select: { kind: true } });
    if (!ministry) errors.ministryId = ["That ministry no longer exists. Choose another."];
    else if (ministry.kind !== "MINISTRY") errors.ministryId = ["Choose a ministry or agency: only they receive referrals."];
    if (submission && ministry) {
      const twin = await tx.referral.findFirst({
        where: { submissionId: input.submissionId, ministryId: input.ministryId, deletedAt: null, ...(id ? { id: { not: id } } : {}) },
        select: { id: true },
      });
      if (twin) errors.ministryId = ["This submission is already referred to this ministry."];
    }
    const replies = id ? await tx.reply.findFirst({ where: { referralId: id, deletedAt: null, repliedOn: { lt: dayDate(input.referredOn) } }, select: { id: true } }) : null;
    if (replies) errors.referredOn = ["A reply to this referral is dated before this day. Check both dates."];
    return errors;
  },
  toData: async (input, tx) => {
    const submission = await tx.submission.findUniqueOrThrow({ where: { id: input.submissionId }, select: { isComplex: true } });
    const referredOn = dayDate(input.referredOn);
    return { submissionId: input.submissionId, ministryId: input.ministryId, role: input.role, referredOn, dueOn: dueDate(referredOn, submission.isComplex) };
  },
  toValues: (row) => ({
    submissionId: row.submissionId, ministryId: row.ministryId, role: row.role, referredOn: dayValue(row.referredOn),
    status: row.status, version: row.version,
  }),
  title: (row) => `${row.submission.titleEn ?? row.submission.titleZh ?? "Submission"} → ${row.ministry.nameEn}`,
});
