import { z } from "zod";
import { AngleKind, AngleStrength } from "@/lib/generated/prisma/enums";
import { isIsoDay, optionalText, requiredText, workflowFields } from "@/lib/validation/fields";
import { sourceSchema } from "@/lib/validation/submission";

// The angle form's one schema: a reporter's assessment linking a submission to an organization's
// interest. Author and reviewer are not typed: the author is whoever creates it, the reviewer the
// editor who comments on or publishes it (lib/data/angles.ts). The rules that need the database
// (the interest belongs to the organization) are checked on the server.

export const sourcesNeededMessage = "Add at least one source before sending it for review or publishing.";
export const organizationNeededMessage = "A business-interest angle names the organization whose interest it serves.";

const optionalDay = z
  .string()
  .trim()
  .refine((value) => value === "" || isIsoDay(value), "Enter the date as YYYY-MM-DD.")
  .nullish()
  .transform((value) => (value ? value : null));

const optionalId = z
  .string()
  .nullish()
  .transform((value) => (value ? value : null));

const angleFieldsSchema = z.object({
    submissionId: z.string().min(1, "Choose the submission."),
    organizationId: optionalId,
    interestId: optionalId,
    kind: z.enum(AngleKind, { error: "Choose the kind of angle." }),
    strength: z.enum(AngleStrength, { error: "Choose how strong the link is." }),
    rationaleEn: requiredText(5000, "The English rationale", "Say in English why the submission serves this interest."),
    rationaleZh: optionalText(5000, "The Chinese rationale"),
    evidence: optionalText(10_000, "The evidence"),
    sources: z.array(sourceSchema).max(50, "At most 50 sources."),
    reviewerComment: optionalText(5000, "The reviewer comment"),
    rightOfReply: optionalText(5000, "The response"),
    rightOfReplyOn: optionalDay,
    ...workflowFields,
});

interface CheckedFields {
  status?: unknown;
  sources?: unknown;
  kind?: unknown;
  organizationId?: unknown;
  interestId?: unknown;
  rightOfReply?: unknown;
  rightOfReplyOn?: unknown;
}

/** Rules across fields; runs even when a field failed, so the form shows every problem at once. */
function checkAngle(value: CheckedFields, ctx: z.RefinementCtx): void {
  const sources = Array.isArray(value.sources) ? value.sources : [];
  if ((value.status === "IN_REVIEW" || value.status === "PUBLISHED") && sources.length === 0) {
    ctx.addIssue({ code: "custom", path: ["sources"], message: sourcesNeededMessage });
  }
  if (value.kind === "BUSINESS_INTEREST" && !value.organizationId) {
    ctx.addIssue({ code: "custom", path: ["organizationId"], message: organizationNeededMessage });
  }
  if (value.interestId && !value.organizationId) {
    ctx.addIssue({ code: "custom", path: ["interestId"], message: "Choose the organization first: an interest belongs to one." });
  }
  if (value.rightOfReplyOn && !value.rightOfReply) {
    ctx.addIssue({ code: "custom", path: ["rightOfReply"], message: "Give the response the date belongs to, or clear the date." });
  }
}

const alwaysCheck = {
  when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null,
};

export const angleSchema = angleFieldsSchema.superRefine(checkAngle, alwaysCheck);
export const createAngleSchema = angleFieldsSchema.omit({ version: true }).superRefine(checkAngle, alwaysCheck);
export const updateAngleSchema = angleFieldsSchema.extend({ id: z.string().min(1) }).superRefine(checkAngle, alwaysCheck);

export type AngleFormValues = z.input<typeof angleSchema>;
export type AngleInput = z.infer<typeof angleSchema>;
/** The form's values plus who wrote and reviewed it, shown beside the form (the schema drops them). */
export type AngleEditValues = AngleFormValues & { credits?: { author: string | null; reviewer: string | null } };

export const emptyAngle: AngleFormValues = {
  submissionId: "", organizationId: "", interestId: "", kind: "BUSINESS_INTEREST", strength: "INDIRECT",
  rationaleEn: "", rationaleZh: "", evidence: "", sources: [], reviewerComment: "", rightOfReply: "", rightOfReplyOn: "",
  status: "DRAFT", version: 1,
};
