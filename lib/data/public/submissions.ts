import "server-only";
import { db } from "@/lib/db";
import { cachedPublic } from "@/lib/data/public/cached";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Body } from "@/lib/generated/prisma/enums";
import { DEFAULT_SORT, FILTER_KEYS, SUBMISSIONS_PAGE_SIZE, type FilterKey, type SubmissionFilters } from "@/lib/data/public/submission-filters";
import { countSql, facetCountsSql, listIdsSql } from "@/lib/data/public/submission-sql";
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

/**
 * One page of published submissions, filtered and ordered as the list's query string says: the ids
 * of the page with the total in one statement (lib/data/public/submission-sql.ts), then their rows.
 */
export const listPublishedSubmissions = cachedPublic("submission-list", async (input: ListSubmissionsInput): Promise<SubmissionPage> => {
  const { page: _page, sort, ...filters } = input;
  const order = sort ?? DEFAULT_SORT;
  const pageSize = SUBMISSIONS_PAGE_SIZE;
  const requested = Number.isSafeInteger(input.page) && (input.page ?? 1) > 1 ? (input.page as number) : 1;
  const fetchIds = (page: number) =>
    db.$queryRaw<Array<{ id: string; total: number }>>(listIdsSql(filters, order, (page - 1) * pageSize, pageSize));

  let page = requested;
  let idRows = await fetchIds(page);
  let total = idRows[0]?.total ?? 0;
  // A page past the end (an old shared link): only then a count and a second page query.
  if (idRows.length === 0 && page > 1) {
    total = (await db.$queryRaw<Array<{ total: number }>>(countSql(filters)))[0]?.total ?? 0;
    page = Math.max(1, Math.ceil(total / pageSize));
    idRows = total > 0 ? await fetchIds(page) : [];
  }
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const ids = idRows.map((row) => row.id);
  const rows = ids.length > 0 ? await db.submission.findMany({ where: { id: { in: ids } }, select: submissionListSelect }) : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const items = ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toListItem(row)] : [];
  });
  return { items, total, page, pageSize, pageCount };
});

export type FacetCounts = Record<FilterKey, Record<string, number>>;

/**
 * For every filter, how many submissions each value would show with the other filters as they
 * are: the counts beside the filter form's options. One statement.
 */
export const countSubmissionFacets = cachedPublic(
  "submission-facets",
  async (input: Omit<SubmissionFilters, "page" | "sort">): Promise<FacetCounts> => {
    const rows = await db.$queryRaw<Array<{ facet: FilterKey; value: string; count: number }>>(facetCountsSql(input));
    const counts = Object.fromEntries(FILTER_KEYS.map((key) => [key, {}])) as FacetCounts;
    for (const row of rows) counts[row.facet][row.value] = row.count;
    return counts;
  },
);

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
