import "server-only";
import { db } from "@/lib/db";
import { cachedPublic } from "@/lib/data/public/cached";
import type { AngleKind, AngleStrength, Body, ReplyResult } from "@/lib/generated/prisma/enums";
import { sessionSelect, type BodyCounts, type PublicSession } from "@/lib/data/public/sessions";
import { listTopicsWithCounts } from "@/lib/data/public/topics";
import type { NamedRef } from "@/lib/data/public/submissions";
import { visibleWhere } from "@/lib/data/public/visibility";
import { emptyResultCounts, type ResultCounts } from "@/lib/stats/replies";

// One session at a glance (the home page for the latest, /sessions/[year] for any), with the same
// figures for the session before it so a reader sees what changed.

export interface SessionFigures {
  counts: BodyCounts;
  total: number;
  /** Submissions with at least one published referral / with at least one published reply. */
  referred: number;
  replied: number;
  /** The first published reply to each referral, by result class. */
  results: ResultCounts;
  angles: Record<AngleStrength, number>;
}

export interface LatestReply {
  id: string;
  repliedOn: Date;
  result: ReplyResult | null;
  ministry: NamedRef;
  submission: { slug: string; body: Body; titleEn: string | null; titleZh: string | null; officialNumber: string | null };
}

export interface NotableAngle {
  id: string;
  kind: AngleKind;
  strength: AngleStrength;
  rationaleEn: string;
  rationaleZh: string | null;
  submission: { slug: string; body: Body; titleEn: string | null; titleZh: string | null; officialNumber: string | null };
}

export interface SessionOverviewData {
  session: PublicSession;
  figures: SessionFigures;
  previous: { session: PublicSession; figures: SessionFigures } | null;
  topics: Array<NamedRef & { count: number }>;
  latestReplies: LatestReply[];
  notableAngles: NotableAngle[];
}

const submissionRefSelect = { slug: true, body: true, titleEn: true, titleZh: true, officialNumber: true } as const;

/** The counts of one session's published submissions, in one query. */
export async function getSessionFigures(sessionId: string): Promise<SessionFigures> {
  const rows = await db.submission.findMany({
    where: { ...visibleWhere, sessionId, session: visibleWhere },
    select: {
      body: true,
      angles: { where: visibleWhere, select: { strength: true } },
      referrals: {
        where: visibleWhere,
        // All replies, not `take: 1`: a nested take costs one statement per referral.
        select: { replies: { where: visibleWhere, orderBy: [{ repliedOn: "asc" }, { id: "asc" }], select: { result: true } } },
      },
    },
  });
  const figures: SessionFigures = {
    counts: { NPC: 0, CPPCC: 0 },
    total: rows.length,
    referred: 0,
    replied: 0,
    results: emptyResultCounts(),
    angles: { NONE: 0, INDIRECT: 0, DIRECT: 0 },
  };
  for (const row of rows) {
    figures.counts[row.body] += 1;
    if (row.referrals.length > 0) figures.referred += 1;
    if (row.referrals.some((referral) => referral.replies.length > 0)) figures.replied += 1;
    for (const referral of row.referrals) {
      const first = referral.replies[0];
      if (first) figures.results[first.result ?? "unclassed"] += 1;
    }
    for (const angle of row.angles) figures.angles[angle.strength] += 1;
  }
  return figures;
}

async function listLatestReplies(sessionId: string, take: number): Promise<LatestReply[]> {
  const rows = await db.reply.findMany({
    where: {
      ...visibleWhere,
      referral: { ...visibleWhere, ministry: visibleWhere, submission: { ...visibleWhere, sessionId, session: visibleWhere } },
    },
    orderBy: [{ repliedOn: "desc" }, { id: "asc" }],
    take,
    select: {
      id: true,
      repliedOn: true,
      result: true,
      referral: { select: { ministry: { select: { slug: true, nameEn: true, nameZh: true } }, submission: { select: submissionRefSelect } } },
    },
  });
  return rows.map(({ referral, ...reply }) => ({ ...reply, ministry: referral.ministry, submission: referral.submission }));
}

async function listNotableAngles(sessionId: string, take: number): Promise<NotableAngle[]> {
  const rows = await db.angle.findMany({
    where: { ...visibleWhere, strength: "DIRECT", submission: { ...visibleWhere, sessionId, session: visibleWhere } },
    orderBy: [{ kind: "asc" }, { publishedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    take,
    select: {
      id: true,
      kind: true,
      strength: true,
      rationaleEn: true,
      rationaleZh: true,
      submission: { select: submissionRefSelect },
    },
  });
  return rows;
}

/** A published session by year with its figures and the previous published session's, or null. */
export const getSessionOverview = cachedPublic("session-overview", async (year: number): Promise<SessionOverviewData | null> => {
  const [session, previousSession] = await Promise.all([
    db.session.findFirst({ where: { ...visibleWhere, year }, select: sessionSelect }),
    db.session.findFirst({ where: { ...visibleWhere, year: { lt: year } }, orderBy: { year: "desc" }, select: sessionSelect }),
  ]);
  if (!session) return null;
  const [figures, previousFigures, topics, latestReplies, notableAngles] = await Promise.all([
    getSessionFigures(session.id),
    previousSession ? getSessionFigures(previousSession.id) : Promise.resolve(null),
    listTopicsWithCounts(session.id),
    listLatestReplies(session.id, 5),
    listNotableAngles(session.id, 6),
  ]);
  return {
    session,
    figures,
    previous: previousSession && previousFigures ? { session: previousSession, figures: previousFigures } : null,
    topics,
    latestReplies,
    notableAngles,
  };
});


