import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineRecord, type Delegate } from "@/lib/data/records/define-record";
import { publishAtValue } from "@/lib/validation/fields";
import { updatePersonSchema, type PersonFormValues, type PersonInput } from "@/lib/validation/person";

// People: deputies and members, with names in both scripts, pinyin and aliases.

const select = {
  id: true, slug: true, nameEn: true, nameZh: true, pinyin: true, aliases: true, bioEn: true, bioZh: true,
  status: true, publishedAt: true, publishAt: true, deletedAt: true, version: true, createdAt: true, updatedAt: true,
} satisfies Prisma.PersonSelect;
type PersonSnapshot = Prisma.PersonGetPayload<{ select: typeof select }>;

export const personRecord = defineRecord<PersonInput, PersonFormValues, PersonSnapshot>({
  type: "Person",
  delegate: (tx) => tx.person as unknown as Delegate,
  select,
  schema: updatePersonSchema,
  slugBase: (input) => input.pinyin ?? input.nameEn,
  toData: (input) => ({
    nameEn: input.nameEn, nameZh: input.nameZh, pinyin: input.pinyin, aliases: input.aliases, bioEn: input.bioEn, bioZh: input.bioZh,
  }),
  toValues: (row) => ({
    slug: row.slug, nameEn: row.nameEn, nameZh: row.nameZh ?? "", pinyin: row.pinyin ?? "", aliases: row.aliases.join("\n"),
    bioEn: row.bioEn ?? "", bioZh: row.bioZh ?? "", publishAt: publishAtValue(row.publishAt),
    status: row.publishAt ? "PUBLISHED" : row.status, version: row.version,
  }),
  title: (row) => [row.nameEn, row.nameZh].filter(Boolean).join(" "),
});
