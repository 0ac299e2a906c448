import "server-only";
import { db } from "@/lib/db";
import { cachedPublic } from "@/lib/data/public/cached";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AngleStrength, Body } from "@/lib/generated/prisma/enums";
import { sourceSelect, toSources, type PublicSource } from "@/lib/data/public/sources";
import { submissionListSelect, toListItem, type NamedRef, type SubmissionListItem } from "@/lib/data/public/submissions";
import { visibleWhere } from "@/lib/data/public/visibility";

const nameSelect = { slug: true, nameEn: true, nameZh: true } as const;

// Explicit fields only: Person has no internal columns today, but a later one must not leak.
const personSelect = {
  id: true,
  slug: true,
  nameEn: true,
  nameZh: true,
  pinyin: true,
  aliases: true,
  bioEn: true,
  bioZh: true,
  updatedAt: true,
  memberships: {
    orderBy: [{ fromYear: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    select: { id: true, body: true, fromYear: true, toYear: true, endReason: true, note: true },
  },
  affiliations: {
    where: { organization: visibleWhere },
    orderBy: [{ fromYear: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    select: { id: true, title: true, fromYear: true, toYear: true, organization: { select: { ...nameSelect, kind: true } } },
  },
  citations: { select: { source: sourceSelect } },
} satisfies Prisma.PersonSelect;

type PersonRow = Prisma.PersonGetPayload<{ select: typeof personSelect }>;

export type PublicMembership = PersonRow["memberships"][number];
export type PersonAffiliation = PersonRow["affiliations"][number];

export type StrengthCounts = Record<AngleStrength, number>;

export interface PersonSubmission extends SubmissionListItem {
  strongestAngle: AngleStrength | null;
  angleStrengths: AngleStrength[];
}

export interface PublicPerson {
  id: string;
  slug: string;
  nameEn: string;
  nameZh: string | null;
  pinyin: string | null;
  aliases: string[];
  bioEn: string | null;
  bioZh: string | null;
  updatedAt: Date;
  memberships: PublicMembership[];
  affiliations: PersonAffiliation[];
  sources: PublicSource[];
  submissions: PersonSubmission[];
  /** Submissions per session year and body, oldest year first. */
  byYear: Array<{ year: number; counts: Record<Body, number> }>;
  /** Published angles on their submissions, by strength. */
  angleStrengths: StrengthCounts;
  /** Topics of their submissions, most frequent first. */
  topics: Array<NamedRef & { count: number }>;
}

const strengthRank: Record<AngleStrength, number> = { NONE: 0, INDIRECT: 1, DIRECT: 2 };

export function strongest(strengths: AngleStrength[]): AngleStrength | null {
  return strengths.reduce<AngleStrength | null>(
    (best, strength) => (best === null || strengthRank[strength] > strengthRank[best] ? strength : best),
    null,
  );
}

/** Counts per year and body, oldest year first. */
export function countByYear(items: Array<{ year: number; body: Body }>): Array<{ year: number; counts: Record<Body, number> }> {
  const byYear = new Map<number, Record<Body, number>>();
  for (const item of items) {
    const counts = byYear.get(item.year) ?? { NPC: 0, CPPCC: 0 };
    counts[item.body] += 1;
    byYear.set(item.year, counts);
  }
  return [...byYear.entries()].sort(([a], [b]) => a - b).map(([year, counts]) => ({ year, counts }));
}

/** Topics across submissions, most frequent first, then by name. */
export function topicCounts(items: Array<{ topics: NamedRef[] }>): Array<NamedRef & { count: number }> {
  const counts = new Map<string, NamedRef & { count: number }>();
  for (const topic of items.flatMap((item) => item.topics)) {
    const entry = counts.get(topic.slug) ?? { ...topic, count: 0 };
    entry.count += 1;
    counts.set(topic.slug, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.nameEn.localeCompare(b.nameEn));
}

/** Published submissions (in published sessions) a person filed or co-signed, newest first. */
async function listPersonSubmissions(personId: string): Promise<PersonSubmission[]> {
  const rows = await db.submission.findMany({
    where: { ...visibleWhere, session: visibleWhere, parties: { some: { personId } } },
    orderBy: [{ session: { year: "desc" } }, { publishedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    select: { ...submissionListSelect, angles: { where: visibleWhere, select: { strength: true } } },
  });
  return rows.map((row) => {
    const angleStrengths = row.angles.map((angle) => angle.strength);
    return { ...toListItem(row), strongestAngle: strongest(angleStrengths), angleStrengths };
  });
}

/** A published person with what their page shows, or null. */
export const getPublishedPersonBySlug = cachedPublic("person", async (slug: string): Promise<PublicPerson | null> => {
  const row = await db.person.findFirst({ where: { slug, ...visibleWhere }, select: personSelect });
  if (!row) return null;
  const submissions = await listPersonSubmissions(row.id);
  const angleStrengths: StrengthCounts = { NONE: 0, INDIRECT: 0, DIRECT: 0 };
  for (const strength of submissions.flatMap((item) => item.angleStrengths)) angleStrengths[strength] += 1;
  const { citations, ...person } = row;
  return {
    ...person,
    sources: toSources(citations),
    submissions,
    byYear: countByYear(submissions),
    angleStrengths,
    topics: topicCounts(submissions),
  };
});
