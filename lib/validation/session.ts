import { z } from "zod";
import { optionalText, publishAtField, requiredDay, workflowFields } from "@/lib/validation/fields";

// The session form's one schema: a year's meetings with the NPC and CPPCC term and session numbers.

const count = (label: string) =>
  z.coerce.number({ error: `${label}: enter a number.` }).int(`${label}: a whole number.`).min(1, `${label}: at least 1.`).max(99, `${label}: at most 99.`);
const handled = (label: string) =>
  z
    .string()
    .trim()
    .refine((value) => value === "" || /^\d{1,6}$/.test(value), `${label}: a whole number, or leave it empty.`)
    .nullish()
    .transform((value) => (value ? Number(value) : null));

const sessionFields = z.object({
  year: z.coerce.number({ error: "Enter the year." }).int("Enter a whole year.").min(1954, "The first NPC sat in 1954.").max(2100, "A year before 2100."),
  startsOn: requiredDay("Give the opening day."),
  endsOn: requiredDay("Give the closing day."),
  npcTerm: count("NPC term"),
  npcSession: count("NPC session"),
  cppccTerm: count("CPPCC term"),
  cppccSession: count("CPPCC session"),
  officialNpcHandled: handled("NPC suggestions handled"),
  officialCppccHandled: handled("CPPCC proposals handled"),
  notesEn: optionalText(5000, "The English notes"),
  notesZh: optionalText(5000, "The Chinese notes"),
  publishAt: publishAtField,
  ...workflowFields,
});

function checkDates(value: { startsOn?: unknown; endsOn?: unknown; year?: unknown }, ctx: z.RefinementCtx): void {
  if (typeof value.startsOn === "string" && typeof value.endsOn === "string" && value.endsOn < value.startsOn) {
    ctx.addIssue({ code: "custom", path: ["endsOn"], message: "The closing day cannot come before the opening day." });
  }
  if (typeof value.startsOn === "string" && typeof value.year === "number" && !value.startsOn.startsWith(String(value.year))) {
    ctx.addIssue({ code: "custom", path: ["startsOn"], message: "The opening day should fall in the session's year." });
  }
}
const always = { when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null };

export const sessionSchema = sessionFields.superRefine(checkDates, always);
export const createSessionSchema = sessionFields.omit({ version: true }).superRefine(checkDates, always);
export const updateSessionSchema = sessionFields.extend({ id: z.string().min(1) }).superRefine(checkDates, always);

export type SessionFormValues = z.input<typeof sessionSchema>;
export type SessionInput = z.infer<typeof sessionSchema>;

export const emptySession: SessionFormValues = {
  year: "" as unknown as number, startsOn: "", endsOn: "", npcTerm: 14, npcSession: 1, cppccTerm: 14, cppccSession: 1,
  officialNpcHandled: "", officialCppccHandled: "", notesEn: "", notesZh: "", publishAt: "", status: "DRAFT", version: 1,
};
