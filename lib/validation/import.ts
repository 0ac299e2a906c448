import { z } from "zod";
import { MAX_IMPORT_BYTES, MAX_IMPORT_LABEL } from "@/lib/import/limits";
import { importKindNames } from "@/lib/import/types";

// The import page's forms: one schema each, shared by the browser form and the server action.

export const importKindSchema = z.enum(importKindNames, { message: "Choose what the file holds." });

export const uploadImportSchema = z.object({
  kind: importKindSchema,
  file: z
    .instanceof(Blob, { message: "Choose a CSV or JSON file." })
    .refine((file) => file.size > 0, "The file is empty.")
    .refine((file) => file.size <= MAX_IMPORT_BYTES, `The file is over the ${MAX_IMPORT_LABEL} limit. Split it (for example by session) and import the parts.`)
    .refine((file) => !("name" in file) || /\.(csv|json|tsv|txt)$/i.test(String(file.name)), "Choose a .csv or .json file."),
});

export const importJobSchema = z.object({ jobId: z.string().min(1).max(100) });
export const commitImportSchema = importJobSchema.extend({ skipRefused: z.boolean().default(false) });

export const nameEntrySchema = z.object({ id: z.string().min(1).max(100) });
export const linkNameSchema = nameEntrySchema.extend({
  target: z.string().regex(/^(person|organization):[\w-]{1,100}$/, "Choose the record this name stands for."),
});
export const createFromNameSchema = nameEntrySchema.extend({ as: z.enum(["person", "organization"]) });
