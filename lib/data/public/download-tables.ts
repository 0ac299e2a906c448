import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dateOnly, dateOnlyOrNull, instantOrNull } from "@/lib/data/public/api-common";
import { visibleAngleWhere, visibleReferralWhere, visibleReplyWhere, visibleSubmissionWhere } from "@/lib/data/public/api-submissions";
import { sessionSelect } from "@/lib/data/public/sessions";
import { visibleWhere } from "@/lib/data/public/visibility";
import { downloadTableDocs, type DownloadTableDoc, type DownloadTableName } from "@/lib/downloads/table-docs";

// Every public table as flat rows, for the CSV and JSON downloads. Same visibility rule and the
// same public fields as the API; links between tables are by id, as in the API. Session-scoped
// tables can be cut to one year; the people, organizations, topics and sources tables are whole.

export type Cell = string | number | boolean | null | string[];
export type Row = Record<string, Cell>;

export interface DownloadTable extends DownloadTableDoc {
  load: (year: number | undefined) => Promise<Row[]>;
}

type Loader = (year: number | undefined) => Promise<Row[]>;

const byYear = (year: number | undefined) => (year ? { year } : {});
const submissionInYear = (year: number | undefined): Prisma.SubmissionWhereInput => ({ ...visibleSubmissionWhere, session: { ...visibleWhere, ...byYear(year) } });
const orderById = { id: "asc" } as const;

const loaders: Record<DownloadTableName, { load: Loader }> = {
  sessions: {
    load: async (year) =>
      (await db.session.findMany({
        where: { ...visibleWhere, ...byYear(year) },
        orderBy: { year: "asc" },
        select: { ...sessionSelect, publishedAt: true },
      })).map((row) => ({ ...row, startsOn: dateOnly(row.startsOn), endsOn: dateOnly(row.endsOn), publishedAt: instantOrNull(row.publishedAt) })),
  },
  submissions: {
    load: async (year) =>
      (await db.submission.findMany({
        where: submissionInYear(year),
        orderBy: orderById,
        select: { id: true, slug: true, session: { select: { year: true } }, body: true, officialNumber: true, titleEn: true, titleZh: true, titleIsQuote: true, summaryEn: true, summaryZh: true, fullTextEn: true, fullTextZh: true, textProvenance: true, isComplex: true, publishedAt: true, updatedAt: true },
      })).map(({ session, publishedAt, updatedAt, id, ...row }) => ({ id, year: session.year, ...row, publishedAt: instantOrNull(publishedAt), updatedAt: updatedAt.toISOString() })),
  },
  "submission-parties": {
    load: async (year) =>
      (await db.submissionParty.findMany({
        where: { submission: submissionInYear(year), OR: [{ person: visibleWhere }, { organization: visibleWhere }] },
        orderBy: [{ submissionId: "asc" }, { role: "asc" }, { position: "asc" }, { id: "asc" }],
        select: { id: true, submissionId: true, role: true, position: true, personId: true, organizationId: true },
      })),
  },
  "submission-topics": {
    load: async (year) =>
      db.submissionTopic.findMany({
        where: { submission: submissionInYear(year), topic: visibleWhere },
        orderBy: [{ submissionId: "asc" }, { topicId: "asc" }],
        select: { submissionId: true, topicId: true },
      }),
  },
  referrals: {
    load: async (year) =>
      (await db.referral.findMany({
        where: { AND: [visibleReferralWhere, { submission: submissionInYear(year) }] },
        orderBy: orderById,
        select: { id: true, submissionId: true, ministryId: true, role: true, referredOn: true, dueOn: true, publishedAt: true },
      })).map((row) => ({ ...row, referredOn: dateOnly(row.referredOn), dueOn: dateOnly(row.dueOn), publishedAt: instantOrNull(row.publishedAt) })),
  },
  replies: {
    load: async (year) =>
      (await db.reply.findMany({
        where: { AND: [visibleReplyWhere, { referral: { submission: submissionInYear(year) } }] },
        orderBy: orderById,
        select: { id: true, referralId: true, repliedOn: true, referenceNumber: true, result: true, summaryEn: true, summaryZh: true, textEn: true, textZh: true, signalEn: true, signalZh: true, publishedAt: true },
      })).map((row) => ({ ...row, repliedOn: dateOnly(row.repliedOn), publishedAt: instantOrNull(row.publishedAt) })),
  },
  angles: {
    load: async (year) =>
      (await db.angle.findMany({
        where: { AND: [visibleAngleWhere, { submission: submissionInYear(year) }] },
        orderBy: orderById,
        select: {
          id: true, submissionId: true, kind: true, strength: true, rationaleEn: true, rationaleZh: true, rightOfReply: true, rightOfReplyOn: true, publishedAt: true,
          organization: { where: visibleWhere, select: { id: true } },
          interest: { where: { organization: visibleWhere }, select: { id: true } },
        },
      })).map(({ organization, interest, id, submissionId, ...row }) => ({
        id,
        submissionId,
        organizationId: organization?.id ?? null,
        interestId: interest?.id ?? null,
        ...row,
        rightOfReplyOn: dateOnlyOrNull(row.rightOfReplyOn),
        publishedAt: instantOrNull(row.publishedAt),
      })),
  },
  people: {
    load: async () =>
      (await db.person.findMany({ where: visibleWhere, orderBy: orderById, select: { id: true, slug: true, nameEn: true, nameZh: true, pinyin: true, aliases: true, bioEn: true, bioZh: true, publishedAt: true } })).map(
        (row) => ({ ...row, publishedAt: instantOrNull(row.publishedAt) }),
      ),
  },
  memberships: {
    load: async () =>
      db.membership.findMany({ where: { person: visibleWhere }, orderBy: orderById, select: { id: true, personId: true, body: true, fromYear: true, toYear: true, endReason: true } }),
  },
  affiliations: {
    load: async () =>
      db.affiliation.findMany({
        where: { person: visibleWhere, organization: visibleWhere },
        orderBy: orderById,
        select: { id: true, personId: true, organizationId: true, title: true, fromYear: true, toYear: true },
      }),
  },
  organizations: {
    load: async () =>
      (await db.organization.findMany({
        where: visibleWhere,
        orderBy: orderById,
        select: { id: true, slug: true, kind: true, nameEn: true, nameZh: true, aliases: true, sectors: true, descriptionEn: true, descriptionZh: true, publishedAt: true },
      })).map((row) => ({ ...row, publishedAt: instantOrNull(row.publishedAt) })),
  },
  interests: {
    load: async () =>
      db.interest.findMany({ where: { organization: visibleWhere }, orderBy: orderById, select: { id: true, organizationId: true, kind: true, labelEn: true, labelZh: true } }),
  },
  topics: {
    load: async () =>
      (await db.topic.findMany({ where: visibleWhere, orderBy: orderById, select: { id: true, slug: true, nameEn: true, nameZh: true, descriptionEn: true, descriptionZh: true, publishedAt: true } })).map(
        (row) => ({ ...row, publishedAt: instantOrNull(row.publishedAt) }),
      ),
  },
  sources: {
    load: async () =>
      (await db.source.findMany({ where: { citations: { some: publicCitationWhere } }, orderBy: orderById, select: { id: true, kind: true, title: true, publisher: true, url: true, publishedOn: true, year: true } })).map(
        (row) => ({ ...row, publishedOn: dateOnlyOrNull(row.publishedOn) }),
      ),
  },
  citations: {
    load: async () =>
      db.citation.findMany({
        where: publicCitationWhere,
        orderBy: orderById,
        select: { id: true, sourceId: true, locator: true, sessionId: true, personId: true, organizationId: true, interestId: true, membershipId: true, affiliationId: true, topicId: true, submissionId: true, referralId: true, replyId: true, angleId: true },
      }),
  },
};

// A citation is public when the record it backs is: listed per target, the same rules as above.
const publicCitationWhere: Prisma.CitationWhereInput = {
  OR: [
    { session: visibleWhere },
    { person: visibleWhere },
    { organization: visibleWhere },
    { interest: { organization: visibleWhere } },
    { membership: { person: visibleWhere } },
    { affiliation: { person: visibleWhere, organization: visibleWhere } },
    { topic: visibleWhere },
    { submission: visibleSubmissionWhere },
    { referral: visibleReferralWhere },
    { reply: visibleReplyWhere },
    { angle: visibleAngleWhere },
  ],
};

export const downloadTables: Record<string, DownloadTable> = Object.fromEntries(
  downloadTableDocs.map((doc) => [doc.name, { ...doc, load: loaders[doc.name].load }]),
);

/** A published session's year, or null: per-session downloads exist only for those. */
export async function isPublishedSessionYear(year: number): Promise<boolean> {
  return (await db.session.count({ where: { ...visibleWhere, year } })) > 0;
}
