import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineRecord, type Delegate } from "@/lib/data/records/define-record";
import { publishAtValue } from "@/lib/validation/fields";
import { updateTopicSchema, type TopicFormValues, type TopicInput } from "@/lib/validation/topic";

// Topics: a name in English and Chinese, a description, a public address.

const select = {
  id: true, slug: true, nameEn: true, nameZh: true, descriptionEn: true, descriptionZh: true,
  status: true, publishedAt: true, publishAt: true, deletedAt: true, version: true, createdAt: true, updatedAt: true,
} satisfies Prisma.TopicSelect;
type TopicSnapshot = Prisma.TopicGetPayload<{ select: typeof select }>;

export const topicRecord = defineRecord<TopicInput, TopicFormValues, TopicSnapshot>({
  type: "Topic",
  delegate: (tx) => tx.topic as unknown as Delegate,
  select,
  schema: updateTopicSchema,
  slugBase: (input) => input.nameEn,
  toData: (input) => ({
    nameEn: input.nameEn, nameZh: input.nameZh, descriptionEn: input.descriptionEn, descriptionZh: input.descriptionZh,
  }),
  toValues: (row) => ({
    slug: row.slug, nameEn: row.nameEn, nameZh: row.nameZh ?? "", descriptionEn: row.descriptionEn ?? "",
    descriptionZh: row.descriptionZh ?? "", publishAt: publishAtValue(row.publishAt),
    status: row.publishAt ? "PUBLISHED" : row.status, version: row.version,
  }),
  title: (row) => [row.nameEn, row.nameZh].filter(Boolean).join(" "),
});
