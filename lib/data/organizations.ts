import "server-only";
import { canReview } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { citationSelect, sourceIdFor, sourceValues } from "@/lib/data/records/sources";
import type { FieldErrors } from "@/lib/errors";
import { defineRecord, type Delegate } from "@/lib/data/records/define-record";
import type { Tx } from "@/lib/data/records/versioning";
import { publishAtValue } from "@/lib/validation/fields";
import { materialTopicsEditorsOnly, updateOrganizationSchema, type OrganizationFormValues, type OrganizationInput } from "@/lib/validation/organization";

// Organizations: companies, ministries, parties and groups, with sectors and business interests.
// Interests are updated in place by id, so an angle that points at one keeps pointing at it.

const select = {
  id: true, slug: true, kind: true, nameEn: true, nameZh: true, aliases: true, sectors: true,
  descriptionEn: true, descriptionZh: true,
  status: true, publishedAt: true, publishAt: true, deletedAt: true, version: true, createdAt: true, updatedAt: true,
  interests: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, kind: true, labelEn: true, labelZh: true, citations: citationSelect } },
  materialTopics: { orderBy: { topicId: "asc" }, select: { topicId: true } },
} satisfies Prisma.OrganizationSelect;
type OrganizationSnapshot = Prisma.OrganizationGetPayload<{ select: typeof select }>;

async function writeInterests(tx: Tx, organizationId: string, input: OrganizationInput): Promise<void> {
  // Only this organization's own interests are updated; an unknown id (an interest deleted since,
  // or one restored from an old revision) becomes a new row. The version check guards the rest.
  const ids = input.interests.map((interest) => interest.id).filter((value): value is string => Boolean(value));
  const owned = new Set(
    (await tx.interest.findMany({ where: { organizationId, id: { in: ids } }, select: { id: true } })).map((row) => row.id),
  );
  await tx.interest.deleteMany({ where: { organizationId, id: { notIn: [...owned] } } });
  for (const interest of input.interests) {
    const data = { kind: interest.kind, labelEn: interest.labelEn, labelZh: interest.labelZh };
    const interestId =
      interest.id && owned.has(interest.id)
        ? (await tx.interest.update({ where: { id: interest.id }, data: { ...data, version: { increment: 1 } }, select: { id: true } })).id
        : (await tx.interest.create({ data: { ...data, organizationId }, select: { id: true } })).id;
    await tx.citation.deleteMany({ where: { interestId } });
    for (const source of interest.sources) await tx.citation.create({ data: { interestId, sourceId: await sourceIdFor(tx, source) } });
  }
}

/** Material topics are an editor's judgement: the check below refuses a reporter's change. */
async function writeMaterialTopics(tx: Tx, organizationId: string, input: OrganizationInput): Promise<void> {
  await tx.materialTopic.deleteMany({ where: { organizationId, topicId: { notIn: input.materialTopicIds } } });
  const kept = new Set((await tx.materialTopic.findMany({ where: { organizationId }, select: { topicId: true } })).map((row) => row.topicId));
  const added = input.materialTopicIds.filter((topicId) => !kept.has(topicId));
  if (added.length > 0) await tx.materialTopic.createMany({ data: added.map((topicId) => ({ organizationId, topicId })) });
}

function sameIds(a: string[], b: string[]): boolean {
  return a.length === b.length && [...a].sort().every((id, index) => id === [...b].sort()[index]);
}

export const organizationRecord = defineRecord<OrganizationInput, OrganizationFormValues, OrganizationSnapshot>({
  type: "Organization",
  delegate: (tx) => tx.organization as unknown as Delegate,
  select,
  schema: updateOrganizationSchema,
  slugBase: (input) => input.nameEn,
  writeRelations: async (tx, id, input) => {
    await writeInterests(tx, id, input);
    await writeMaterialTopics(tx, id, input);
  },
  check: async (tx, input, _id, { user, before }) => {
    const errors: FieldErrors = {};
    const previous = before?.materialTopics.map((row) => row.topicId) ?? [];
    if (!canReview(user) && !sameIds(previous, input.materialTopicIds)) errors.materialTopicIds = [materialTopicsEditorsOnly];
    else if (input.materialTopicIds.length > 0) {
      const found = await tx.topic.count({ where: { id: { in: input.materialTopicIds } } });
      if (found !== input.materialTopicIds.length) errors.materialTopicIds = ["A chosen topic no longer exists. Reload and choose again."];
    }
    return errors;
  },
  toData: (input) => ({
    kind: input.kind, nameEn: input.nameEn, nameZh: input.nameZh, aliases: input.aliases, sectors: input.sectors,
    descriptionEn: input.descriptionEn, descriptionZh: input.descriptionZh,
  }),
  toValues: (row) => ({
    slug: row.slug, kind: row.kind, nameEn: row.nameEn, nameZh: row.nameZh ?? "", aliases: row.aliases.join("\n"),
    sectors: row.sectors.join("\n"), descriptionEn: row.descriptionEn ?? "", descriptionZh: row.descriptionZh ?? "",
    interests: row.interests.map((interest) => ({
      id: interest.id, kind: interest.kind, labelEn: interest.labelEn, labelZh: interest.labelZh ?? "", sources: sourceValues(interest.citations),
    })),
    materialTopicIds: row.materialTopics.map((row) => row.topicId),
    publishAt: publishAtValue(row.publishAt), status: row.publishAt ? "PUBLISHED" : row.status, version: row.version,
  }),
  title: (row) => [row.nameEn, row.nameZh].filter(Boolean).join(" "),
});
