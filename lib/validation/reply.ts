import { z } from "zod";
import { PublicationStatus, ReplyResult } from "@/lib/generated/prisma/enums";
import { optionalText, requiredDay } from "@/lib/validation/fields";
import { sourceSchema } from "@/lib/validation/submission";

// The reply form's one schema. Whether the reply predates its referral is checked on the server,
// which knows the referral's date; the field error comes back on repliedOn.

export const replySchema = z.object({
  referralId: z.string().min(1, "Choose the referral this reply answers."),
  repliedOn: requiredDay("Give the date of the reply."),
  referenceNumber: optionalText(100, "The reference number"),
  result: z
    .union([z.enum(ReplyResult), z.literal("")], { error: "Choose a result class." })
    .nullish()
    .transform((value) => (value ? value : null)),
  summaryEn: optionalText(5000, "The English summary"),
  summaryZh: optionalText(5000, "The Chinese summary"),
  textEn: optionalText(200_000, "The English text"),
  textZh: optionalText(200_000, "The Chinese text"),
  signalEn: optionalText(2000, "The English signal"),
  signalZh: optionalText(2000, "The Chinese signal"),
  sources: z.array(sourceSchema).max(50, "At most 50 sources."),
  status: z.enum(PublicationStatus, { error: "Choose a status." }),
  version: z.number().int().positive(),
});
export const createReplySchema = replySchema.omit({ version: true });
export const updateReplySchema = replySchema.extend({ id: z.string().min(1) });

export type ReplyFormValues = z.input<typeof replySchema>;
export type ReplyInput = z.infer<typeof replySchema>;

export const emptyReply: ReplyFormValues = {
  referralId: "", repliedOn: "", referenceNumber: "", result: "", summaryEn: "", summaryZh: "", textEn: "", textZh: "",
  signalEn: "", signalZh: "", sources: [], status: "DRAFT", version: 1,
};
