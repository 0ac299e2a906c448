import "server-only";
import { db } from "@/lib/db";
import { cachedPublic } from "@/lib/data/public/cached";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Body } from "@/lib/generated/prisma/enums";
import { SUBMISSIONS_PAGE_SIZE, type SubmissionFilters } from "@/lib/data/public/submission-filters";
import { visiblePartyWhere, visibleWhere } from "@/lib/data/public/visibility";

const nameSelect = { slug: true, nameEn: true, nameZh: true } as const;

// What a row in a list needs, and nothing else: the detail page has its own, wider select.
export const submissionListSelect = {
  id: true,
  slug: true,
  body: true,
  officialNumber: true,
  titleEn: true,
  titleZh: true,
  titleIsQuote: true,
  publishedAt: true,
  session: { select: { year: true } },
  parties: {
    where: { role: "SUBMITTER", ...visiblePartyWhere },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, person: { select: nameSelect }, organization: { select: nameSelect } },
  },
  topics: {
    where: { topic: visibleWhere },
    orderBy: { topic: { slug: "asc" } },
    select: { topic: { select: nameSelect } },
  },
  _count: { select: { parties: { where: { role: "COSIGNER", ...visiblePartyWhere } } } },
} satisfies Prisma.SubmissionSelect;

export type ListRow = Prisma.SubmissionGetPayload<{ select: typeof submissionListSelect }>;

export interface NamedRef {
  slug: string;
  nameEn: string;
  nameZh: string | null;
}

export interface SubmissionListItem {
  id: string;
  slug: string;
  body: Body;
  officialNumber: string | null;
  titleEn: string | null;
  titleZh: string | null;
  titleIsQuote: boolean;
  year: number;
  submitters: Array<NamedRef & { type: "person" | "organization" }>;
  cosignerCount: number;
  topics: NamedRef[];
}

export function toListItem(row: ListRow): SubmissionListItem {
  return {
    id: row.id,
    slug: row.slug,
    body: row.body,
    officialNumber: row.officialNumber,
    titleEn: row.titleEn,
    titleZh: row.titleZh,
    titleIsQuote: row.titleIsQuote,
    year: row.session.year,
    submitters: row.parties.flatMap((party): SubmissionListItem["submitters"] => {
      if (party.person) return [{ type: "person" as const, ...party.person }];
      if (party.organization) return [{ type: "organization" as const, ...party.organization }];
      return [];
    }),
    cosignerCount: row._count.parties,
    topics: row.topics.map((link) => link.topic),
  };
}

// Newest session first, then most recently published; the id breaks ties so that page 2 never
// repeats or skips a row when several were published in the same instant (seeds do that).
const listOrder: Prisma.SubmissionOrderByWithRelationInput[] = [
  { session: { year: "desc" } },
  { publishedAt: { sort: "desc", nulls: "last" } },
  { id: "asc" },
];

export interface SubmissionPage {
  items: SubmissionListItem[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

export type ListSubmissionsInput = Partial<SubmissionFilters>;

/**
 * The where clause for the list's filters, published rows only at every level a filter looks at:
 * a draft reply never makes a submission count as replied, a draft angle never as "direct".
 */
export function submissionWhere(input: Omit<ListSubmissionsInput, "page">): Prisma.SubmissionWhereInput {
  const visibleReferral = { ...visibleWhere, ministry: visibleWhere };
  const and: Prisma.SubmissionWhereInput[] = [];
  if (input.topic) and.push({ topics: { some: { topic: { slug: input.topic, ...visibleWhere } } } });
  if (input.ministry) and.push({ referrals: { some: { ...visibleReferral, ministry: { slug: input.ministry, ...visibleWhere } } } });
  if (input.result) and.push({ referrals: { some: { ...visibleReferral, replies: { some: { ...visibleWhere, result: input.result } } } } });
  if (input.strength) and.push({ angles: { some: { ...visibleWhere, strength: input.strength } } });
  if (input.hasReply === "yes") and.push({ referrals: { some: { ...visibleReferral, replies: { some: visibleWhere } } } });
  if (input.hasReply === "no") and.push({ referrals: { none: { ...visibleReferral, replies: { some: visibleWhere } } } });
  return {
    ...visibleWhere,
    ...(input.body ? { body: input.body } : {}),
    ...(input.provenance ? { textProvenance: input.provenance } : {}),
    session: { ...visibleWhere, ...(input.year ? { year: input.year } : {}) },
    ...(and.length > 0 ? { AND: and } : {}),
  };
}

/** One page of published submissions, filtered as the list's query string says. */
export const listPublishedSubmissions = cachedPublic("submission-list", async (input: ListSubmissionsInput): Promise<SubmissionPage> => {
  const where = submissionWhere(input);
  const pageSize = SUBMISSIONS_PAGE_SIZE;
  const requested = Number.isSafeInteger(input.page) && (input.page ?? 1) > 1 ? (input.page as number) : 1;
  const fetchPage = (page: number) =>
    db.submission.findMany({ where, orderBy: listOrder, skip: (page - 1) * pageSize, take: pageSize, select: submissionListSelect });

  // Count and rows in parallel; only a page past the end (an old shared link) costs a second query.
  const [total, rows] = await Promise.all([db.submission.count({ where }), fetchPage(requested)]);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(requested, pageCount);
  const finalRows = page === requested ? rows : await fetchPage(page);
  return { items: finalRows.map(toListItem), total, page, pageSize, pageCount };
});

/** The most recently published submissions of one session, for the home page. */
export const listLatestSubmissions = cachedPublic("latest-submissions", async (sessionId: string, limit: number = 6): Promise<SubmissionListItem[]> => {
  const rows = await db.submission.findMany({
    where: { ...visibleWhere, sessionId, session: visibleWhere },
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    take: limit,
    select: submissionListSelect,
  });
  return rows.map(toListItem);
});
