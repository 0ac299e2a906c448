import { z } from "zod";
import { recordTypes } from "@/lib/records/types";
import { requiredDay, requiredText } from "@/lib/validation/fields";

// A dated public correction on a published record that was changed in substance.

export const correctionSchema = z.object({
  type: z.enum(recordTypes),
  id: z.string().min(1).max(64),
  correctedOn: requiredDay("Give the date of the correction."),
  note: requiredText(2000, "The correction", "Say what was corrected, for readers."),
});
export type CorrectionFormValues = z.input<typeof correctionSchema>;
