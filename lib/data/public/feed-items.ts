import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { visibleWhere } from "@/lib/data/public/visibility";
import { submissionWhere, visibleReplyWhere, type SubmissionFilters } from "@/lib/data/public/api-submissions";
import { parseQuery } from "@/lib/search/query";
import { runSearch, SEARCH_COUNT_CAP } from "@/lib/search/sql";

// What the feeds list: the latest published submissions and replies, overall or for one person,
// organization, ministry or topic. The scope filters are the API's, so a feed and
// /api/v1/submissions?person=... always agree.

export const FEED_SIZE = 50;

export type FeedScopeKind = "people" | "organizations" | "ministries" | "topics";

export interface FeedScope {
  kind: FeedScopeKind;
  slug: string;
  nameEn: string;
  nameZh: string | null;
}

/** The published record a scoped feed follows, or null (unknown, draft, or not a ministry). */
export async function getFeedScope(kind: FeedScopeKind, slug: string): Promise<FeedScope | null> {
  const select = { slug: true, nameEn: true, nameZh: true } as const;
  const row =
    kind === "people"
      ? await db.person.findFirst({ where: { ...visibleWhere, slug }, select })
      : kind === "topics"
        ? await db.topic.findFirst({ where: { ...visibleWhere, slug }, select })
        : await db.organization.findFirst({
            where: { ...visibleWhere, slug, ...(kind === "ministries" ? { kind: "MINISTRY" } : { kind: { not: "MINISTRY" } }) },
            select,
          });
  return row ? { kind, ...row } : null;
}

function scopeFilters(scope: FeedScope | null): SubmissionFilters {
  if (!scope) return {};
  const key = ({ people: "person", organizations: "organization", ministries: "ministry", topics: "topic" } as const)[scope.kind];
  return { [key]: scope.slug } as SubmissionFilters;
}

const partySelect = {
  where: { role: "SUBMITTER", OR: [{ person: visibleWhere }, { organization: visibleWhere }] },
  orderBy: [{ position: "asc" }, { id: "asc" }],
  select: { person: { select: { nameEn: true, nameZh: true } }, organization: { select: { nameEn: true, nameZh: true } } },
} satisfies Prisma.Submission$partiesArgs;

const feedSubmissionSelect = {
  id: true,
  slug: true,
  body: true,
  titleEn: true,
  titleZh: true,
  summaryEn: true,
  summaryZh: true,
  publishedAt: true,
  updatedAt: true,
  session: { select: { year: true } },
  parties: partySelect,
  topics: { where: { topic: visibleWhere }, orderBy: { topic: { slug: "asc" } }, select: { topic: { select: { slug: true, nameEn: true } } } },
} satisfies Prisma.SubmissionSelect;

export type FeedSubmission = Prisma.SubmissionGetPayload<{ select: typeof feedSubmissionSelect }>;

export async function listFeedSubmissions(scope: FeedScope | null): Promise<FeedSubmission[]> {
  return db.submission.findMany({
    where: submissionWhere(scopeFilters(scope)),
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    take: FEED_SIZE,
    select: feedSubmissionSelect,
  });
}

const feedReplySelect = {
  id: true,
  repliedOn: true,
  result: true,
  summaryEn: true,
  summaryZh: true,
  signalEn: true,
  publishedAt: true,
  updatedAt: true,
  referral: {
    select: {
      role: true,
      ministry: { select: { slug: true, nameEn: true, nameZh: true } },
      submission: { select: { slug: true, titleEn: true, titleZh: true, body: true, session: { select: { year: true } }, parties: partySelect } },
    },
  },
} satisfies Prisma.ReplySelect;

export type FeedReply = Prisma.ReplyGetPayload<{ select: typeof feedReplySelect }>;

export async function listFeedReplies(scope: FeedScope | null): Promise<FeedReply[]> {
  const where: Prisma.ReplyWhereInput = !scope
    ? visibleReplyWhere
    : scope.kind === "ministries"
      ? { AND: [visibleReplyWhere, { referral: { ministry: { slug: scope.slug } } }] }
      : { AND: [visibleReplyWhere, { referral: { submission: submissionWhere(scopeFilters(scope)) } }] };
  return db.reply.findMany({
    where,
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    take: FEED_SIZE,
    select: feedReplySelect,
  });
}

/**
 * The newest published submissions the site's search finds for the words, for
 * /feeds/search.atom?q=: the same engine as /search (lib/search), so Chinese, pinyin, stemmed
 * English and nicknames all work, and a feed and the search page always agree. The index holds
 * only published records; the rows are read back through the same visibility rule as every feed.
 */
export async function listFeedSubmissionsMatching(query: string): Promise<FeedSubmission[]> {
  const parsed = parseQuery(query);
  if (parsed.groups.length === 0) return [];
  // The search's own bound (its first 200 submissions, newest first after exact title matches),
  // then ordered as every feed is: by publication.
  const hits = await runSearch(db, parsed, { kind: "submission" }, { offset: 0, limit: SEARCH_COUNT_CAP });
  if (hits.length === 0) return [];
  return db.submission.findMany({
    where: { AND: [submissionWhere({}), { id: { in: hits.map((hit) => hit.entityId) } }] },
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    take: FEED_SIZE,
    select: feedSubmissionSelect,
  });
}
