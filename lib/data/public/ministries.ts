import "server-only";
import { db } from "@/lib/db";
import { cachedPublic } from "@/lib/data/public/cached";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Body, ReferralRole, ReplyResult } from "@/lib/generated/prisma/enums";
import { sourceSelect, toSources, type PublicSource } from "@/lib/data/public/sources";
import { visibleWhere } from "@/lib/data/public/visibility";
import {
  referralTiming,
  replyDayBins,
  replyStatistics,
  resultMixByYear,
  type ReferralTiming,
  type ReplyStatistics,
  type ResultCounts,
} from "@/lib/stats/replies";

// A ministry's record as a reader sees it: what was referred to it, whether and when it replied,
// and what the replies said (result classes). Only published referrals of published submissions
// in published sessions count, and only published replies answer them.

const ministrySelect = {
  id: true,
  slug: true,
  kind: true,
  nameEn: true,
  nameZh: true,
  aliases: true,
  descriptionEn: true,
  descriptionZh: true,
  updatedAt: true,
  citations: { select: { source: sourceSelect } },
} satisfies Prisma.OrganizationSelect;

const referralSelect = {
  id: true,
  role: true,
  referredOn: true,
  dueOn: true,
  submission: {
    select: { slug: true, body: true, titleEn: true, titleZh: true, officialNumber: true, session: { select: { year: true } } },
  },
  replies: {
    where: visibleWhere,
    orderBy: [{ repliedOn: "asc" }, { id: "asc" }],
    select: { repliedOn: true, result: true },
  },
} satisfies Prisma.ReferralSelect;

export interface MinistryReferral extends ReferralTiming {
  id: string;
  role: ReferralRole;
  referredOn: Date;
  dueOn: Date;
  result: ReplyResult | null;
  year: number;
  submission: { slug: string; body: Body; titleEn: string | null; titleZh: string | null; officialNumber: string | null };
}

export interface PublicMinistry {
  id: string;
  slug: string;
  nameEn: string;
  nameZh: string | null;
  aliases: string[];
  descriptionEn: string | null;
  descriptionZh: string | null;
  updatedAt: Date;
  sources: PublicSource[];
  statistics: ReplyStatistics;
  byRole: Record<ReferralRole, number>;
  resultMix: Array<{ year: number; counts: ResultCounts }>;
  replyBins: Array<{ label: string; count: number }>;
  /** Unanswered past their due date, most overdue first. */
  overdue: MinistryReferral[];
  /** Every referral, newest first. */
  referrals: MinistryReferral[];
}

/** Where a referral must be published and must lead to a published submission the public sees. */
export const visibleReferralWhere = {
  ...visibleWhere,
  submission: { ...visibleWhere, session: visibleWhere },
} satisfies Prisma.ReferralWhereInput;

/** A published ministry with its reply record counted on `today`, or null (also for companies). */
export const getPublishedMinistryBySlug = cachedPublic("ministry", async (slug: string, today: Date = new Date()): Promise<PublicMinistry | null> => {
  const row = await db.organization.findFirst({ where: { slug, kind: "MINISTRY", ...visibleWhere }, select: ministrySelect });
  if (!row) return null;
  const rows = await db.referral.findMany({
    where: { ...visibleReferralWhere, ministryId: row.id },
    orderBy: [{ referredOn: "desc" }, { id: "asc" }],
    select: referralSelect,
  });
  const facts = rows.map((referral) => ({ ...referral, year: referral.submission.session.year }));
  const referrals: MinistryReferral[] = facts.map((referral) => ({
    ...referralTiming(referral, today),
    id: referral.id,
    role: referral.role,
    referredOn: referral.referredOn,
    dueOn: referral.dueOn,
    result: referral.replies[0]?.result ?? null,
    year: referral.year,
    submission: referral.submission,
  }));
  const statistics = replyStatistics(facts, today);
  const byRole: Record<ReferralRole, number> = { LEAD: 0, JOINT: 0, REFERENCE: 0 };
  for (const referral of rows) byRole[referral.role] += 1;
  const { citations, kind: _kind, ...ministry } = row;
  return {
    ...ministry,
    sources: toSources(citations),
    statistics,
    byRole,
    resultMix: resultMixByYear(facts),
    replyBins: replyDayBins(statistics.replyDays),
    overdue: referrals.filter((referral) => referral.state === "overdue").sort((a, b) => b.daysLate - a.daysLate),
    referrals,
  };
});

/** Published ministries with at least one visible referral, for the about page and the sitemap. */
export async function listPublishedMinistries(): Promise<Array<{ slug: string; nameEn: string; nameZh: string | null; updatedAt: Date }>> {
  return db.organization.findMany({
    where: { kind: "MINISTRY", ...visibleWhere },
    orderBy: { nameEn: "asc" },
    select: { slug: true, nameEn: true, nameZh: true, updatedAt: true },
  });
}
