import { z } from "zod";
import { lineList, optionalText, publishAtField, requiredText, slugField, workflowFields } from "@/lib/validation/fields";

// The person form's one schema. Aliases are typed one a line ("Pony Ma"); pinyin is the Chinese
// name in Hanyu pinyin without tone marks, so a reader can search "Ma Huateng".

export const personSchema = z.object({
  slug: slugField,
  nameEn: requiredText(200, "The English name", "Give the person's name in English."),
  nameZh: optionalText(100, "The Chinese name"),
  pinyin: optionalText(200, "The pinyin"),
  aliases: lineList(30, 200, "Aliases"),
  bioEn: optionalText(10_000, "The English biography"),
  bioZh: optionalText(10_000, "The Chinese biography"),
  publishAt: publishAtField,
  ...workflowFields,
});
export const createPersonSchema = personSchema.omit({ version: true });
export const updatePersonSchema = personSchema.extend({ id: z.string().min(1) });

export type PersonFormValues = z.input<typeof personSchema>;
export type PersonInput = z.infer<typeof personSchema>;

export const emptyPerson: PersonFormValues = {
  slug: "", nameEn: "", nameZh: "", pinyin: "", aliases: "", bioEn: "", bioZh: "", publishAt: "", status: "DRAFT", version: 1,
};
