import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

// The full record of a submission as a revision stores it and the edit page reads it: scalars,
// parties in order, topics and cited sources.

export const snapshotSelect = {
  id: true, slug: true, sessionId: true, body: true, officialNumber: true, titleEn: true, titleZh: true,
  titleIsQuote: true, summaryEn: true, summaryZh: true, fullTextEn: true, fullTextZh: true,
  textProvenance: true, isComplex: true, status: true, publishedAt: true, version: true,
  createdAt: true, updatedAt: true,
  parties: {
    orderBy: [{ role: "asc" }, { position: "asc" }],
    select: { role: true, position: true, personId: true, organizationId: true },
  },
  topics: { orderBy: { topicId: "asc" }, select: { topicId: true } },
  citations: {
    orderBy: { id: "asc" },
    select: { source: { select: { id: true, title: true, publisher: true, url: true, publishedOn: true } } },
  },
} satisfies Prisma.SubmissionSelect;

export type SubmissionSnapshot = Prisma.SubmissionGetPayload<{ select: typeof snapshotSelect }>;

