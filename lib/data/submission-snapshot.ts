import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sourceValues } from "@/lib/data/records/sources";
import { partyRef, type SubmissionFormValues } from "@/lib/validation/submission";

// The full record of a submission as a revision stores it and the edit page reads it: scalars,
// parties in order, topics and cited sources.

export const snapshotSelect = {
  id: true, slug: true, sessionId: true, body: true, officialNumber: true, titleEn: true, titleZh: true,
  titleIsQuote: true, summaryEn: true, summaryZh: true, fullTextEn: true, fullTextZh: true,
  textProvenance: true, isComplex: true, status: true, publishedAt: true, publishAt: true, deletedAt: true, version: true,
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


/** The form's values for a snapshot: the current row, or an old revision being restored. */
export function submissionValues(row: SubmissionSnapshot): SubmissionFormValues {
  const parties = (role: "SUBMITTER" | "COSIGNER") =>
    row.parties
      .filter((party) => party.role === role)
      .map((party) => ({
        party: party.personId ? partyRef("person", party.personId) : partyRef("organization", party.organizationId ?? ""),
      }));
  return {
    sessionId: row.sessionId,
    body: row.body,
    officialNumber: row.officialNumber ?? "",
    titleEn: row.titleEn ?? "",
    titleZh: row.titleZh ?? "",
    titleIsQuote: row.titleIsQuote,
    summaryEn: row.summaryEn ?? "",
    summaryZh: row.summaryZh ?? "",
    fullTextEn: row.fullTextEn ?? "",
    fullTextZh: row.fullTextZh ?? "",
    textProvenance: row.textProvenance,
    isComplex: row.isComplex,
    submitters: parties("SUBMITTER"),
    cosigners: parties("COSIGNER"),
    topicIds: row.topics.map((topic) => topic.topicId),
    sources: sourceValues(row.citations),
    // A scheduled submission waits in review; the form shows it as "Published" at its time.
    status: row.publishAt ? "PUBLISHED" : row.status,
    publishAt: row.publishAt ? row.publishAt.toISOString().slice(0, 16) : "",
    version: row.version,
  };
}
