import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineRecord, type Delegate } from "@/lib/data/records/define-record";
import type { Tx } from "@/lib/data/records/versioning";
import { publishAtValue } from "@/lib/validation/fields";
import { updateOrganizationSchema, type OrganizationFormValues, type OrganizationInput } from "@/lib/validation/organization";

// Organizations: companies, ministries, parties and groups, with sectors and business interests.
// Interests are updated in place by id, so an angle that points at one keeps pointing at it.

const select = {
  id: true, slug: true, kind: true, nameEn: true, nameZh: true, aliases: true, sectors: true,
  descriptionEn: true, descriptionZh: true,
  status: true, publishedAt: true, publishAt: true, deletedAt: true, version: true, createdAt: true, updatedAt: true,
  interests: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, kind: true, labelEn: true, labelZh: true } },
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
    if (interest.id && owned.has(interest.id)) await tx.interest.update({ where: { id: interest.id }, data: { ...data, version: { increment: 1 } } });
    else await tx.interest.create({ data: { ...data, organizationId } });
  }
}

export const organizationRecord = defineRecord<OrganizationInput, OrganizationFormValues, OrganizationSnapshot>({
  type: "Organization",
  delegate: (tx) => tx.organization as unknown as Delegate,
  select,
  schema: updateOrganizationSchema,
  slugBase: (input) => input.nameEn,
  writeRelations: writeInterests,
  toData: (input) => ({
    kind: input.kind, nameEn: input.nameEn, nameZh: input.nameZh, aliases: input.aliases, sectors: input.sectors,
    descriptionEn: input.descriptionEn, descriptionZh: input.descriptionZh,
  }),
  toValues: (row) => ({
    slug: row.slug, kind: row.kind, nameEn: row.nameEn, nameZh: row.nameZh ?? "", aliases: row.aliases.join("\n"),
    sectors: row.sectors.join("\n"), descriptionEn: row.descriptionEn ?? "", descriptionZh: row.descriptionZh ?? "",
    interests: row.interests.map((interest) => ({ id: interest.id, kind: interest.kind, labelEn: interest.labelEn, labelZh: interest.labelZh ?? "" })),
    publishAt: publishAtValue(row.publishAt), status: row.publishAt ? "PUBLISHED" : row.status, version: row.version,
  }),
  title: (row) => [row.nameEn, row.nameZh].filter(Boolean).join(" "),
});
