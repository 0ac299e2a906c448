import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineRecord, type Delegate } from "@/lib/data/records/define-record";
import type { Tx } from "@/lib/data/records/versioning";
import type { FieldErrors } from "@/lib/errors";
import {
  updateAffiliationSchema,
  updateMembershipSchema,
  type AffiliationFormValues,
  type AffiliationInput,
  type MembershipFormValues,
  type MembershipInput,
} from "@/lib/validation/membership";

// Memberships and affiliations: facts about a person that editors keep (no review step).

async function personExists(tx: Tx, personId: string): Promise<boolean> {
  return Boolean(await tx.person.findFirst({ where: { id: personId, deletedAt: null }, select: { id: true } }));
}
const yearValue = (year: number | null) => (year === null ? "" : String(year));

/** "2013–2019", "since 2013", "until 2019", or nothing when no year is known. */
function years(from: number | null, to: number | null): string {
  if (from && to) return `${from}–${to}`;
  if (from) return `since ${from}`;
  if (to) return `until ${to}`;
  return "";
}

const membershipSelect = {
  id: true, personId: true, body: true, fromYear: true, toYear: true, endReason: true, note: true,
  version: true, createdAt: true, updatedAt: true, person: { select: { nameEn: true, slug: true, status: true } },
} satisfies Prisma.MembershipSelect;
type MembershipSnapshot = Prisma.MembershipGetPayload<{ select: typeof membershipSelect }>;

export const membershipRecord = defineRecord<MembershipInput, MembershipFormValues, MembershipSnapshot>({
  type: "Membership",
  delegate: (tx) => tx.membership as unknown as Delegate,
  select: membershipSelect,
  schema: updateMembershipSchema,
  check: async (tx, input): Promise<FieldErrors> => ((await personExists(tx, input.personId)) ? {} : { personId: ["That person no longer exists."] }),
  toData: (input) => ({ personId: input.personId, body: input.body, fromYear: input.fromYear, toYear: input.toYear, endReason: input.endReason, note: input.note }),
  toValues: (row) => ({
    personId: row.personId, body: row.body, fromYear: yearValue(row.fromYear), toYear: yearValue(row.toYear),
    endReason: row.endReason ?? "", note: row.note ?? "", version: row.version,
  }),
  title: (row) => [`${row.person.nameEn} · ${row.body} ${row.body === "NPC" ? "deputy" : "member"}`, years(row.fromYear, row.toYear)].filter(Boolean).join(", "),
});

const affiliationSelect = {
  id: true, personId: true, organizationId: true, title: true, fromYear: true, toYear: true,
  version: true, createdAt: true, updatedAt: true, person: { select: { nameEn: true, slug: true, status: true } }, organization: { select: { nameEn: true } },
} satisfies Prisma.AffiliationSelect;
type AffiliationSnapshot = Prisma.AffiliationGetPayload<{ select: typeof affiliationSelect }>;

export const affiliationRecord = defineRecord<AffiliationInput, AffiliationFormValues, AffiliationSnapshot>({
  type: "Affiliation",
  delegate: (tx) => tx.affiliation as unknown as Delegate,
  select: affiliationSelect,
  schema: updateAffiliationSchema,
  check: async (tx, input) => {
    const errors: FieldErrors = {};
    if (!(await personExists(tx, input.personId))) errors.personId = ["That person no longer exists."];
    const organization = await tx.organization.findFirst({ where: { id: input.organizationId, deletedAt: null }, select: { id: true } });
    if (!organization) errors.organizationId = ["That organization no longer exists."];
    return errors;
  },
  toData: (input) => ({ personId: input.personId, organizationId: input.organizationId, title: input.title, fromYear: input.fromYear, toYear: input.toYear }),
  toValues: (row) => ({
    personId: row.personId, organizationId: row.organizationId, title: row.title,
    fromYear: yearValue(row.fromYear), toYear: yearValue(row.toYear), version: row.version,
  }),
  title: (row) => [`${row.person.nameEn}, ${row.title}, ${row.organization.nameEn}`, years(row.fromYear, row.toYear)].filter(Boolean).join(", "),
});
