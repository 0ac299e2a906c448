import "server-only";
import { db } from "@/lib/db";
import { submissionTextFields } from "@/lib/data/public/submission-fields";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApiAngle, ApiReferral, ApiReply, ApiSubmission } from "@/lib/api/schemas";
import { listRepeatsOf, type RepeatChainItem } from "@/lib/data/public/repeats";
import type { anglesQuery, OneOrMany, referralsQuery, repliesQuery, submissionsQuery } from "@/lib/api/query";
import type { z } from "zod";
import {
  citationsSelect,
  dateOnly,
  dateOnlyOrNull,
  instantOrNull,
  keysetPage,
  refSelect,
  toApiRef,
  toApiSources,
  type ApiPage,
} from "@/lib/data/public/api-common";
import { visiblePartyWhere, visibleWhere } from "@/lib/data/public/visibility";

// Submissions and what hangs off them (referrals, replies, angles) for the API and the downloads.
// Every level applies the one visibility rule: a published reply of an unpublished referral, or a
// published angle on a draft submission, is not public.

export const visibleSubmissionWhere = { ...visibleWhere, session: visibleWhere } satisfies Prisma.SubmissionWhereInput;
export const visibleReferralWhere = {
  ...visibleWhere,
  submission: visibleSubmissionWhere,
  ministry: visibleWhere,
} satisfies Prisma.ReferralWhereInput;
export const visibleReplyWhere = { ...visibleWhere, referral: visibleReferralWhere } satisfies Prisma.ReplyWhereInput;
export const visibleAngleWhere = { ...visibleWhere, submission: visibleSubmissionWhere } satisfies Prisma.AngleWhereInput;

const submissionSelect = {
  ...submissionTextFields,
  isComplex: true,
  session: { select: { year: true } },
  parties: {
    where: visiblePartyWhere,
    orderBy: [{ role: "asc" }, { position: "asc" }, { id: "asc" }],
    select: { role: true, person: { select: refSelect }, organization: { select: refSelect } },
  },
  topics: { where: { topic: visibleWhere }, orderBy: { topic: { slug: "asc" } }, select: { topic: { select: refSelect } } },
  referrals: { where: visibleReferralWhere, orderBy: { id: "asc" }, select: { id: true } },
  angles: { where: visibleWhere, orderBy: { id: "asc" }, select: { id: true } },
  citations: citationsSelect,
} satisfies Prisma.SubmissionSelect;

type SubmissionRow = Prisma.SubmissionGetPayload<{ select: typeof submissionSelect }>;

function toApiSubmission(row: SubmissionRow, origin: string, repeats: RepeatChainItem[]): ApiSubmission {
  const { session, parties, topics, referrals, angles, citations, publishedAt, updatedAt, ...fields } = row;
  return {
    ...fields,
    url: `${origin}/submissions/${encodeURIComponent(row.slug)}`,
    year: session.year,
    parties: parties.flatMap((party): ApiSubmission["parties"] => {
      if (party.person) return [{ ...toApiRef(party.person, "people", origin), role: party.role, type: "person" }];
      if (party.organization) {
        return [{ ...toApiRef(party.organization, "organizations", origin), role: party.role, type: "organization" }];
      }
      return [];
    }),
    topics: topics.map((link) => toApiRef(link.topic, "topics", origin)),
    referralIds: referrals.map((referral) => referral.id),
    angleIds: angles.map((angle) => angle.id),
    alsoRaisedIn: repeats.map((item) => ({ id: item.id, slug: item.slug, url: `${origin}/submissions/${encodeURIComponent(item.slug)}`, year: item.year })),
    publishedAt: instantOrNull(publishedAt),
    updatedAt: updatedAt.toISOString(),
    sources: toApiSources(citations),
  };
}

export type SubmissionFilters = Partial<Omit<z.output<typeof submissionsQuery>, "limit" | "cursor">>;

export function submissionWhere(filters: SubmissionFilters): Prisma.SubmissionWhereInput {
  const and: Prisma.SubmissionWhereInput[] = [visibleSubmissionWhere];
  if (filters.year) and.push({ session: { year: filters.year } });
  if (filters.body) and.push({ body: filters.body });
  if (filters.topic) and.push({ topics: { some: { topic: { ...visibleWhere, slug: filters.topic } } } });
  if (filters.ministry) {
    and.push({ referrals: { some: { ...visibleReferralWhere, ministry: { ...visibleWhere, slug: filters.ministry } } } });
  }
  if (filters.result) {
    and.push({ referrals: { some: { ...visibleReferralWhere, replies: { some: { ...visibleWhere, result: filters.result } } } } });
  }
  if (filters.person) and.push({ parties: { some: { person: { ...visibleWhere, slug: filters.person } } } });
  if (filters.organization) {
    const organization = { ...visibleWhere, slug: filters.organization };
    and.push({ OR: [{ parties: { some: { organization } } }, { angles: { some: { ...visibleWhere, organization } } }] });
  }
  return { AND: and };
}

export async function listApiSubmissions(query: OneOrMany<z.output<typeof submissionsQuery>>, origin: string): Promise<ApiPage<ApiSubmission>> {
  const { limit, cursor, id, ...filters } = query;
  const page = await keysetPage(
    { limit, cursor, id },
    submissionWhere(filters),
    (args) => db.submission.findMany({ ...args, select: submissionSelect }),
    (args) => db.submission.count(args),
  );
  const repeats = await listRepeatsOf(page.rows.map((row) => row.id));
  return { items: page.rows.map((row) => toApiSubmission(row, origin, repeats.get(row.id) ?? [])), total: page.total, nextCursor: page.nextCursor };
}

const ministryRefSelect = { select: refSelect } as const;

const referralSelect = {
  id: true,
  role: true,
  referredOn: true,
  dueOn: true,
  publishedAt: true,
  updatedAt: true,
  submission: { select: { id: true, slug: true, session: { select: { year: true } } } },
  ministry: ministryRefSelect,
  replies: { where: visibleWhere, orderBy: { id: "asc" }, select: { id: true } },
  citations: citationsSelect,
} satisfies Prisma.ReferralSelect;

type ReferralRow = Prisma.ReferralGetPayload<{ select: typeof referralSelect }>;

function toApiReferral(row: ReferralRow, origin: string): ApiReferral {
  return {
    id: row.id,
    submissionId: row.submission.id,
    submissionSlug: row.submission.slug,
    year: row.submission.session.year,
    ministry: toApiRef(row.ministry, "ministries", origin),
    role: row.role,
    referredOn: dateOnly(row.referredOn),
    dueOn: dateOnly(row.dueOn),
    replyIds: row.replies.map((reply) => reply.id),
    publishedAt: instantOrNull(row.publishedAt),
    updatedAt: row.updatedAt.toISOString(),
    sources: toApiSources(row.citations),
  };
}

export type ReferralFilters = Omit<z.output<typeof referralsQuery>, "limit" | "cursor">;

export function referralWhere(filters: ReferralFilters): Prisma.ReferralWhereInput {
  const and: Prisma.ReferralWhereInput[] = [visibleReferralWhere];
  if (filters.year) and.push({ submission: { session: { year: filters.year } } });
  if (filters.ministry) and.push({ ministry: { slug: filters.ministry } });
  if (filters.role) and.push({ role: filters.role });
  if (filters.submission) and.push({ submissionId: filters.submission });
  return { AND: and };
}

export async function listApiReferrals(query: OneOrMany<z.output<typeof referralsQuery>>, origin: string): Promise<ApiPage<ApiReferral>> {
  const { limit, cursor, id, ...filters } = query;
  const page = await keysetPage(
    { limit, cursor, id },
    referralWhere(filters),
    (args) => db.referral.findMany({ ...args, select: referralSelect }),
    (args) => db.referral.count(args),
  );
  return { items: page.rows.map((row) => toApiReferral(row, origin)), total: page.total, nextCursor: page.nextCursor };
}

const replySelect = {
  id: true,
  repliedOn: true,
  referenceNumber: true,
  result: true,
  summaryEn: true,
  summaryZh: true,
  textEn: true,
  textZh: true,
  signalEn: true,
  signalZh: true,
  publishedAt: true,
  updatedAt: true,
  referral: {
    select: { id: true, ministry: ministryRefSelect, submission: { select: { id: true, slug: true, session: { select: { year: true } } } } },
  },
  citations: citationsSelect,
} satisfies Prisma.ReplySelect;

type ReplyRow = Prisma.ReplyGetPayload<{ select: typeof replySelect }>;

export function toApiReply(row: ReplyRow, origin: string): ApiReply {
  const { referral, citations, repliedOn, publishedAt, updatedAt, ...fields } = row;
  return {
    ...fields,
    referralId: referral.id,
    submissionId: referral.submission.id,
    submissionSlug: referral.submission.slug,
    year: referral.submission.session.year,
    ministry: toApiRef(referral.ministry, "ministries", origin),
    repliedOn: dateOnly(repliedOn),
    publishedAt: instantOrNull(publishedAt),
    updatedAt: updatedAt.toISOString(),
    sources: toApiSources(citations),
  };
}

export type ReplyFilters = Omit<z.output<typeof repliesQuery>, "limit" | "cursor">;

export function replyWhere(filters: ReplyFilters): Prisma.ReplyWhereInput {
  const and: Prisma.ReplyWhereInput[] = [visibleReplyWhere];
  if (filters.year) and.push({ referral: { submission: { session: { year: filters.year } } } });
  if (filters.ministry) and.push({ referral: { ministry: { slug: filters.ministry } } });
  if (filters.result) and.push({ result: filters.result });
  if (filters.submission) and.push({ referral: { submissionId: filters.submission } });
  return { AND: and };
}

export async function listApiReplies(query: OneOrMany<z.output<typeof repliesQuery>>, origin: string): Promise<ApiPage<ApiReply>> {
  const { limit, cursor, id, ...filters } = query;
  const page = await keysetPage(
    { limit, cursor, id },
    replyWhere(filters),
    (args) => db.reply.findMany({ ...args, select: replySelect }),
    (args) => db.reply.count(args),
  );
  return { items: page.rows.map((row) => toApiReply(row, origin)), total: page.total, nextCursor: page.nextCursor };
}

// Angle.evidence and reviewerComment are internal working notes, and the author and reviewer are
// staff: none of them is selected.
const angleSelect = {
  id: true,
  kind: true,
  strength: true,
  rationaleEn: true,
  rationaleZh: true,
  rightOfReply: true,
  rightOfReplyOn: true,
  publishedAt: true,
  updatedAt: true,
  submission: { select: { id: true, slug: true, session: { select: { year: true } } } },
  organization: { where: visibleWhere, select: refSelect },
  interest: { where: { organization: visibleWhere }, select: { id: true, labelEn: true, labelZh: true } },
  citations: citationsSelect,
} satisfies Prisma.AngleSelect;

type AngleRow = Prisma.AngleGetPayload<{ select: typeof angleSelect }>;

function toApiAngle(row: AngleRow, origin: string): ApiAngle {
  const { submission, organization, citations, rightOfReplyOn, publishedAt, updatedAt, ...fields } = row;
  return {
    ...fields,
    submissionId: submission.id,
    submissionSlug: submission.slug,
    year: submission.session.year,
    organization: organization ? toApiRef(organization, "organizations", origin) : null,
    rightOfReplyOn: dateOnlyOrNull(rightOfReplyOn),
    publishedAt: instantOrNull(publishedAt),
    updatedAt: updatedAt.toISOString(),
    sources: toApiSources(citations),
  };
}

export type AngleFilters = Omit<z.output<typeof anglesQuery>, "limit" | "cursor">;

export function angleWhere(filters: AngleFilters): Prisma.AngleWhereInput {
  const and: Prisma.AngleWhereInput[] = [visibleAngleWhere];
  if (filters.year) and.push({ submission: { session: { year: filters.year } } });
  if (filters.organization) and.push({ organization: { ...visibleWhere, slug: filters.organization } });
  if (filters.kind) and.push({ kind: filters.kind });
  if (filters.strength) and.push({ strength: filters.strength });
  if (filters.submission) and.push({ submissionId: filters.submission });
  return { AND: and };
}

export async function listApiAngles(query: OneOrMany<z.output<typeof anglesQuery>>, origin: string): Promise<ApiPage<ApiAngle>> {
  const { limit, cursor, id, ...filters } = query;
  const page = await keysetPage(
    { limit, cursor, id },
    angleWhere(filters),
    (args) => db.angle.findMany({ ...args, select: angleSelect }),
    (args) => db.angle.count(args),
  );
  return { items: page.rows.map((row) => toApiAngle(row, origin)), total: page.total, nextCursor: page.nextCursor };
}
