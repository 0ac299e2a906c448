import "server-only";
import { db } from "@/lib/db";
import { cachedPublic } from "@/lib/data/public/cached";
import type { OrganizationKind } from "@/lib/generated/prisma/enums";
import { visibleWhere } from "@/lib/data/public/visibility";

export interface SitemapRecords {
  sessions: Array<{ year: number; updatedAt: Date }>;
  submissions: Array<{ slug: string; updatedAt: Date }>;
  people: Array<{ slug: string; updatedAt: Date }>;
  organizations: Array<{ slug: string; kind: OrganizationKind; updatedAt: Date }>;
  topics: Array<{ slug: string; updatedAt: Date }>;
}

/** Every published record with a public page: five queries, whatever the size. */
export const listSitemapRecords = cachedPublic("sitemap", async (): Promise<SitemapRecords> => {
  const select = { slug: true, updatedAt: true } as const;
  const [sessions, submissions, people, organizations, topics] = await Promise.all([
    db.session.findMany({ where: visibleWhere, orderBy: { year: "desc" }, select: { year: true, updatedAt: true } }),
    db.submission.findMany({ where: { ...visibleWhere, session: visibleWhere }, orderBy: { slug: "asc" }, select }),
    db.person.findMany({ where: visibleWhere, orderBy: { slug: "asc" }, select }),
    db.organization.findMany({ where: visibleWhere, orderBy: { slug: "asc" }, select: { ...select, kind: true } }),
    db.topic.findMany({ where: visibleWhere, orderBy: { slug: "asc" }, select }),
  ]);
  return { sessions, submissions, people, organizations, topics };
});
