import { z } from "zod";
import { optionalText, publishAtField, requiredText, slugField, workflowFields } from "@/lib/validation/fields";

// The topic form's one schema, shared by the form and its actions.

export const topicSchema = z.object({
  slug: slugField,
  nameEn: requiredText(200, "The English name", "Give the topic an English name."),
  nameZh: optionalText(200, "The Chinese name"),
  descriptionEn: optionalText(5000, "The English description"),
  descriptionZh: optionalText(5000, "The Chinese description"),
  publishAt: publishAtField,
  ...workflowFields,
});
export const createTopicSchema = topicSchema.omit({ version: true });
export const updateTopicSchema = topicSchema.extend({ id: z.string().min(1) });

export type TopicFormValues = z.input<typeof topicSchema>;
export type TopicInput = z.infer<typeof topicSchema>;

export const emptyTopic: TopicFormValues = {
  slug: "", nameEn: "", nameZh: "", descriptionEn: "", descriptionZh: "", publishAt: "", status: "DRAFT", version: 1,
};
