import { z } from "zod";
import { Body } from "@/lib/generated/prisma/enums";
import { optionalText, optionalYear, requiredText } from "@/lib/validation/fields";

// Memberships (a seat in the NPC or CPPCC) and affiliations (a role in an organization): small
// facts about a person, edited by editors and live at once (no review step of their own).

function checkYears(value: { fromYear?: unknown; toYear?: unknown }, ctx: z.RefinementCtx): void {
  if (typeof value.fromYear === "number" && typeof value.toYear === "number" && value.toYear < value.fromYear) {
    ctx.addIssue({ code: "custom", path: ["toYear"], message: "The end year cannot come before the start year." });
  }
}
const always = { when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null };

const membershipFields = z.object({
  personId: z.string().min(1, "Choose the person."),
  body: z.enum(Body, { error: "Choose NPC or CPPCC." }),
  fromYear: optionalYear("From"),
  toYear: optionalYear("To"),
  endReason: optionalText(500, "The end reason"),
  note: optionalText(2000, "The note"),
  version: z.number().int().positive(),
});
export const membershipSchema = membershipFields.superRefine(checkYears, always);
export const createMembershipSchema = membershipFields.omit({ version: true }).superRefine(checkYears, always);
export const updateMembershipSchema = membershipFields.extend({ id: z.string().min(1) }).superRefine(checkYears, always);
export type MembershipFormValues = z.input<typeof membershipSchema>;
export type MembershipInput = z.infer<typeof membershipSchema>;
export const emptyMembership: MembershipFormValues = { personId: "", body: "CPPCC", fromYear: "", toYear: "", endReason: "", note: "", version: 1 };

const affiliationFields = z.object({
  personId: z.string().min(1, "Choose the person."),
  organizationId: z.string().min(1, "Choose the organization."),
  title: requiredText(200, "The role", "Give the role, e.g. founder or CEO."),
  fromYear: optionalYear("From"),
  toYear: optionalYear("To"),
  version: z.number().int().positive(),
});
export const affiliationSchema = affiliationFields.superRefine(checkYears, always);
export const createAffiliationSchema = affiliationFields.omit({ version: true }).superRefine(checkYears, always);
export const updateAffiliationSchema = affiliationFields.extend({ id: z.string().min(1) }).superRefine(checkYears, always);
export type AffiliationFormValues = z.input<typeof affiliationSchema>;
export type AffiliationInput = z.infer<typeof affiliationSchema>;
export const emptyAffiliation: AffiliationFormValues = { personId: "", organizationId: "", title: "", fromYear: "", toYear: "", version: 1 };
