import { addMonths } from "date-fns";
import { z } from "zod";
import { PublicationStatus, ReferralRole } from "@/lib/generated/prisma/enums";
import { requiredDay } from "@/lib/validation/fields";

// The referral form's one schema. The due date is not typed: it follows from the referral date,
// three months later, or six for a submission marked complex (dueDate below, used by both sides).

export const referralSchema = z.object({
  submissionId: z.string().min(1, "Choose the submission."),
  ministryId: z.string().min(1, "Choose the ministry or agency."),
  role: z.enum(ReferralRole, { error: "Choose the handling role." }),
  referredOn: requiredDay("Give the date it was referred."),
  status: z.enum(PublicationStatus, { error: "Choose a status." }),
  version: z.number().int().positive(),
});
export const createReferralSchema = referralSchema.omit({ version: true });
export const updateReferralSchema = referralSchema.extend({ id: z.string().min(1) });

export type ReferralFormValues = z.input<typeof referralSchema>;
export type ReferralInput = z.infer<typeof referralSchema>;

/** Three months after referral, six for a complex item (same day of month, clamped to month end). */
export function dueDate(referredOn: Date, isComplex: boolean): Date {
  // Dates are stored as UTC midnights; date-fns counts in local time, so go through a local
  // calendar day and back, which gives the same day in any time zone.
  const local = new Date(referredOn.getUTCFullYear(), referredOn.getUTCMonth(), referredOn.getUTCDate());
  const due = addMonths(local, isComplex ? 6 : 3);
  return new Date(Date.UTC(due.getFullYear(), due.getMonth(), due.getDate()));
}

export const emptyReferral: ReferralFormValues = {
  submissionId: "", ministryId: "", role: "LEAD", referredOn: "", status: "DRAFT", version: 1,
};
