import "server-only";
import { db } from "@/lib/db";
import { cachedPublic } from "@/lib/data/public/cached";
import type { Body } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SubmissionFilters } from "@/lib/data/public/submission-filters";
import { submissionWhere } from "@/lib/data/public/submissions";
import { visibleWhere } from "@/lib/data/public/visibility";

export const sessionSelect = {
  id: true,
  year: true,
  startsOn: true,
  endsOn: true,
  npcTerm: true,
  npcSession: true,
  cppccTerm: true,
  cppccSession: true,
  officialNpcHandled: true,
  officialCppccHandled: true,
  notesEn: true,
  notesZh: true,
} satisfies Prisma.SessionSelect;

export type PublicSession = Prisma.SessionGetPayload<{ select: typeof sessionSelect }>;
export type PublicSessionYear = Pick<PublicSession, "id" | "year">;
export type BodyCounts = Record<Body, number>;

/** The most recent session readers may see; null while nothing is published yet. */
export async function getLatestSession(): Promise<PublicSession | null> {
  return db.session.findFirst({ where: visibleWhere, orderBy: { year: "desc" }, select: sessionSelect });
}

/** Every published session, newest first: the year filter and the "earlier sessions" list. */
export const listPublishedSessionYears = cachedPublic("session-years", async (): Promise<PublicSessionYear[]> =>
  db.session.findMany({ where: visibleWhere, orderBy: { year: "desc" }, select: { id: true, year: true } }),
);

async function countByBody(where: Prisma.SubmissionWhereInput): Promise<BodyCounts> {
  const rows = await db.submission.groupBy({ by: ["body"], where, _count: { _all: true } });
  const counts: BodyCounts = { NPC: 0, CPPCC: 0 };
  for (const row of rows) counts[row.body] = row._count._all;
  return counts;
}

/** Published submissions of one session, by body (NPC suggestions, CPPCC proposals). */
export async function countSubmissionsByBody(sessionId: string): Promise<BodyCounts> {
  return countByBody({ ...visibleWhere, sessionId, session: visibleWhere });
}

/** The same counts across published sessions, optionally for one year (the list page's filter). */
/** The list's other filters applied, so "12 NPC suggestions" agrees with the rows shown. */
export const countPublishedSubmissionsByBody = cachedPublic(
  "body-counts",
  async (filter: Omit<SubmissionFilters, "page" | "body">): Promise<BodyCounts> => countByBody(submissionWhere(filter)),
);

export interface SessionCoverage {
  year: number;
  officialNpcHandled: number | null;
  officialCppccHandled: number | null;
  counts: BodyCounts;
}

/** Per published session: what we publish against what State Council departments handled. */
export const listSessionCoverage = cachedPublic("session-coverage", async (): Promise<SessionCoverage[]> => {
  const [sessions, rows] = await Promise.all([
    db.session.findMany({
      where: visibleWhere,
      orderBy: { year: "desc" },
      select: { id: true, year: true, officialNpcHandled: true, officialCppccHandled: true },
    }),
    db.submission.groupBy({ by: ["sessionId", "body"], where: { ...visibleWhere, session: visibleWhere }, _count: { _all: true } }),
  ]);
  return sessions.map(({ id, ...session }) => {
    const counts: BodyCounts = { NPC: 0, CPPCC: 0 };
    for (const row of rows) if (row.sessionId === id) counts[row.body] = row._count._all;
    return { ...session, counts };
  });
});
