import "server-only";
import { db } from "@/lib/db";
import { cachedPublic } from "@/lib/data/public/cached";
import type { Prisma } from "@/lib/generated/prisma/client";
import { countByYear } from "@/lib/data/public/people";
import { sourceSelect, toSources, type PublicSource } from "@/lib/data/public/sources";
import { submissionListSelect, toListItem, type NamedRef, type SubmissionListItem } from "@/lib/data/public/submissions";
import { visibleWhere } from "@/lib/data/public/visibility";

const topicSelect = {
  id: true,
  slug: true,
  nameEn: true,
  nameZh: true,
  descriptionEn: true,
  descriptionZh: true,
  updatedAt: true,
  citations: { select: { source: sourceSelect } },
} satisfies Prisma.TopicSelect;

export interface TopicSubmitter extends NamedRef {
  type: "person" | "organization";
  count: number;
}

export interface PublicTopic {
  id: string;
  slug: string;
  nameEn: string;
  nameZh: string | null;
  descriptionEn: string | null;
  descriptionZh: string | null;
  updatedAt: Date;
  sources: PublicSource[];
  submissions: SubmissionListItem[];
  byYear: ReturnType<typeof countByYear>;
  /** Who raised the topic, most often first. */
  submitters: TopicSubmitter[];
}

/** Submitters across submissions, most frequent first, then by name. */
export function submitterCounts(items: SubmissionListItem[]): TopicSubmitter[] {
  const counts = new Map<string, TopicSubmitter>();
  for (const party of items.flatMap((item) => item.submitters)) {
    const key = `${party.type}:${party.slug}`;
    const entry = counts.get(key) ?? { ...party, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.nameEn.localeCompare(b.nameEn));
}

/** A published topic with its published submissions over time, or null. */
export const getPublishedTopicBySlug = cachedPublic("topic", async (slug: string): Promise<PublicTopic | null> => {
  const row = await db.topic.findFirst({ where: { slug, ...visibleWhere }, select: topicSelect });
  if (!row) return null;
  const rows = await db.submission.findMany({
    where: { ...visibleWhere, session: visibleWhere, topics: { some: { topicId: row.id } } },
    orderBy: [{ session: { year: "desc" } }, { publishedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    select: submissionListSelect,
  });
  const submissions = rows.map(toListItem);
  const { citations, ...topic } = row;
  return { ...topic, sources: toSources(citations), submissions, byYear: countByYear(submissions), submitters: submitterCounts(submissions) };
});

/** Published topics with how many published submissions carry them, for the home page. */
export async function listTopicsWithCounts(sessionId?: string): Promise<Array<NamedRef & { count: number }>> {
  const rows = await db.topic.findMany({
    where: visibleWhere,
    select: {
      slug: true,
      nameEn: true,
      nameZh: true,
      _count: {
        select: {
          submissions: {
            where: { submission: { ...visibleWhere, session: visibleWhere, ...(sessionId ? { sessionId } : {}) } },
          },
        },
      },
    },
  });
  return rows
    .map(({ _count, ...topic }) => ({ ...topic, count: _count.submissions }))
    .filter((topic) => topic.count > 0)
    .sort((a, b) => b.count - a.count || a.nameEn.localeCompare(b.nameEn));
}
