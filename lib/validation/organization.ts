import { z } from "zod";
import { InterestKind, OrganizationKind } from "@/lib/generated/prisma/enums";
import { sourceSchema } from "@/lib/validation/submission";
import { lineList, optionalText, publishAtField, requiredText, slugField, workflowFields } from "@/lib/validation/fields";

// The organization form's one schema: companies, ministries, parties and groups, with their
// sectors (one a line) and business interests (products, markets) as rows.

export const interestSchema = z.object({
  /** Empty for a new interest; kept so angles pointing at an interest survive an edit. */
  id: z.string().nullish().transform((value) => (value ? value : null)),
  kind: z.enum(InterestKind, { error: "Choose a kind." }),
  labelEn: requiredText(200, "The interest", "Name the interest in English."),
  labelZh: optionalText(200, "The Chinese label"),
  /** Where the interest is documented (annual report, company site, news). */
  sources: z.array(sourceSchema).max(10, "At most 10 sources an interest.").default([]),
});

export const organizationSchema = z.object({
  slug: slugField,
  kind: z.enum(OrganizationKind, { error: "Choose what kind of organization this is." }),
  nameEn: requiredText(300, "The English name", "Give the organization's name in English."),
  nameZh: optionalText(200, "The Chinese name"),
  aliases: lineList(30, 200, "Aliases"),
  sectors: lineList(30, 100, "Sectors"),
  descriptionEn: optionalText(10_000, "The English description"),
  descriptionZh: optionalText(10_000, "The Chinese description"),
  interests: z.array(interestSchema).max(100, "At most 100 interests."),
  /** Topics an editor judged material to the organization: the ground of "notable silences". */
  materialTopicIds: z
    .array(z.string().min(1))
    .max(100, "At most 100 material topics.")
    .default([])
    .transform((ids) => [...new Set(ids)]),
  publishAt: publishAtField,
  ...workflowFields,
});
export const createOrganizationSchema = organizationSchema.omit({ version: true });
export const updateOrganizationSchema = organizationSchema.extend({ id: z.string().min(1) });

export type OrganizationFormValues = z.input<typeof organizationSchema>;
export type OrganizationInput = z.infer<typeof organizationSchema>;

export const emptyOrganization: OrganizationFormValues = {
  slug: "", kind: "COMPANY", nameEn: "", nameZh: "", aliases: "", sectors: "", descriptionEn: "", descriptionZh: "",
  interests: [], materialTopicIds: [], publishAt: "", status: "DRAFT", version: 1,
};
export const emptyInterest = { id: "", kind: "PRODUCT" as const, labelEn: "", labelZh: "", sources: [] };

export const materialTopicsEditorsOnly = "Only an editor marks topics as material to an organization.";
