import { z } from "zod";

// Merging a duplicate person or organization into the record kept.

const id = z.string().min(1).max(64);

export const mergeRecordsSchema = z.object({
  type: z.enum(["Person", "Organization"]),
  keepId: id,
  duplicateId: id,
  /** The versions the preview was made from: a save in between stops the merge. */
  keepVersion: z.number().int().positive(),
  duplicateVersion: z.number().int().positive(),
});
export type MergeRecordsInput = z.infer<typeof mergeRecordsSchema>;
