import "server-only";
import { db } from "@/lib/db";
import { cachedPublic } from "@/lib/data/public/cached";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AngleKind, AngleStrength, InterestKind, OrganizationKind } from "@/lib/generated/prisma/enums";
import { countByYear, strongest } from "@/lib/data/public/people";
import { sourceSelect, toSources, type PublicSource } from "@/lib/data/public/sources";
import { submissionListSelect, toListItem, type SubmissionListItem } from "@/lib/data/public/submissions";
import { visibleWhere } from "@/lib/data/public/visibility";

const organizationSelect = {
  id: true,
  slug: true,
  kind: true,
  nameEn: true,
  nameZh: true,
  aliases: true,
  sectors: true,
  descriptionEn: true,
  descriptionZh: true,
  updatedAt: true,
  interests: {
    orderBy: [{ kind: "asc" }, { labelEn: "asc" }],
    select: { id: true, kind: true, labelEn: true, labelZh: true, citations: { select: { source: sourceSelect } } },
  },
  affiliations: {
    where: { person: visibleWhere },
    orderBy: [{ person: { nameEn: "asc" } }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      fromYear: true,
      toYear: true,
      person: { select: { slug: true, nameEn: true, nameZh: true, pinyin: true } },
    },
  },
  citations: { select: { source: sourceSelect } },
} satisfies Prisma.OrganizationSelect;

type OrganizationRow = Prisma.OrganizationGetPayload<{ select: typeof organizationSelect }>;

export type OrganizationPerson = OrganizationRow["affiliations"][number];

export interface PublicInterest {
  id: string;
  kind: InterestKind;
  labelEn: string;
  labelZh: string | null;
}

export interface OrganizationSubmission extends SubmissionListItem {
  /** Why it is listed: filed by the organization, by one of its people, or tied to it by an angle. */
  via: Array<"party" | "person" | "angle">;
  /** Published angles that link this submission to the organization. */
  angles: Array<{ kind: AngleKind; strength: AngleStrength; interest: string | null }>;
  strongestAngle: AngleStrength | null;
}

export interface PublicOrganization {
  id: string;
  slug: string;
  kind: OrganizationKind;
  nameEn: string;
  nameZh: string | null;
  aliases: string[];
  sectors: string[];
  descriptionEn: string | null;
  descriptionZh: string | null;
  updatedAt: Date;
  interests: PublicInterest[];
  people: OrganizationPerson[];
  sources: PublicSource[];
  submissions: OrganizationSubmission[];
  byYear: ReturnType<typeof countByYear>;
}

/** A published organization of any kind (the ministry page reuses it), or null. */
export const getPublishedOrganizationBySlug = cachedPublic("organization", async (slug: string): Promise<PublicOrganization | null> => {
  const row = await db.organization.findFirst({ where: { slug, ...visibleWhere }, select: organizationSelect });
  if (!row) return null;
  const submissions = await listSubmissionsTouching(row.id);
  const { citations, interests, affiliations, ...organization } = row;
  return {
    ...organization,
    interests: interests.map(({ citations: _citations, ...interest }) => interest),
    people: affiliations,
    // The organization's own sources, then those behind its interests.
    sources: toSources([...citations, ...interests.flatMap((interest) => interest.citations)]),
    submissions,
    byYear: countByYear(submissions),
  };
});

/** Published submissions filed by the organization, by its people, or tied to it by an angle. */
async function listSubmissionsTouching(organizationId: string): Promise<OrganizationSubmission[]> {
  const byParty = { parties: { some: { role: "SUBMITTER", organizationId } } } satisfies Prisma.SubmissionWhereInput;
  const byPerson = {
    parties: { some: { role: "SUBMITTER", person: { ...visibleWhere, affiliations: { some: { organizationId } } } } },
  } satisfies Prisma.SubmissionWhereInput;
  const byAngle = { angles: { some: { ...visibleWhere, organizationId } } } satisfies Prisma.SubmissionWhereInput;
  const rows = await db.submission.findMany({
    where: { ...visibleWhere, session: visibleWhere, OR: [byParty, byPerson, byAngle] },
    orderBy: [{ session: { year: "desc" } }, { publishedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    select: {
      ...submissionListSelect,
      // The visible submitters, plus what says why the row is listed.
      parties: {
        ...submissionListSelect.parties,
        select: {
          ...submissionListSelect.parties.select,
          organizationId: true,
          person: { select: { slug: true, nameEn: true, nameZh: true, affiliations: { where: { organizationId }, select: { id: true } } } },
        },
      },
      angles: {
        where: { ...visibleWhere, organizationId },
        orderBy: [{ strength: "desc" }, { id: "asc" }],
        select: { kind: true, strength: true, interest: { select: { labelEn: true, labelZh: true } } },
      },
    },
  });
  return rows.map((row) => {
    const via: OrganizationSubmission["via"] = [];
    if (row.parties.some((party) => party.organizationId === organizationId)) via.push("party");
    if (row.parties.some((party) => (party.person?.affiliations.length ?? 0) > 0)) via.push("person");
    if (row.angles.length > 0) via.push("angle");
    const angles = row.angles.map((angle) => ({ kind: angle.kind, strength: angle.strength, interest: angle.interest ? [angle.interest.labelEn, angle.interest.labelZh].filter(Boolean).join(" ") : null }));
    return { ...toListItem(row), via, angles, strongestAngle: strongest(angles.map((angle) => angle.strength)) };
  });
}
