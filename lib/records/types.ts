import type { PublicationStatus } from "@/lib/generated/prisma/enums";

// The record types of the back office, and where each one lives. No server imports: the admin
// pages, the forms and the data layer all name records the same way.

export const recordTypes = [
  "Session",
  "Person",
  "Organization",
  "Topic",
  "Submission",
  "Referral",
  "Reply",
  "Membership",
  "Affiliation",
  "Angle",
] as const;
export type RecordType = (typeof recordTypes)[number];

export function isRecordType(value: unknown): value is RecordType {
  return typeof value === "string" && (recordTypes as readonly string[]).includes(value);
}

interface RecordInfo {
  label: string;
  plural: string;
  /** Admin path segment: /admin/<segment>. */
  segment: string;
  /** Has status / publishedAt: goes through review. */
  publishable: boolean;
  /** Has publishAt: can be scheduled. */
  schedulable: boolean;
  /** Has deletedAt: deleting moves it to the trash. */
  trashable: boolean;
  /** Has authorId: a reporter may change only the ones they wrote (editors and admins any). */
  authorOwned?: boolean;
}

export const RECORDS: Record<RecordType, RecordInfo> = {
  Session: { label: "session", plural: "Sessions", segment: "sessions", publishable: true, schedulable: true, trashable: true },
  Person: { label: "person", plural: "People", segment: "people", publishable: true, schedulable: true, trashable: true },
  Organization: { label: "organization", plural: "Organizations", segment: "organizations", publishable: true, schedulable: true, trashable: true },
  Topic: { label: "topic", plural: "Topics", segment: "topics", publishable: true, schedulable: true, trashable: true },
  Submission: { label: "submission", plural: "Submissions", segment: "submissions", publishable: true, schedulable: true, trashable: true },
  Referral: { label: "referral", plural: "Referrals", segment: "referrals", publishable: true, schedulable: false, trashable: true },
  Reply: { label: "reply", plural: "Replies", segment: "replies", publishable: true, schedulable: false, trashable: true },
  Membership: { label: "membership", plural: "Memberships", segment: "memberships", publishable: false, schedulable: false, trashable: false },
  Affiliation: { label: "affiliation", plural: "Affiliations", segment: "affiliations", publishable: false, schedulable: false, trashable: false },
  Angle: { label: "angle", plural: "Angles", segment: "angles", publishable: true, schedulable: false, trashable: true, authorOwned: true },
};

export function recordLabel(type: RecordType): string {
  return RECORDS[type].label;
}

export function editHref(type: RecordType, id: string): string {
  return `/admin/${RECORDS[type].segment}/${id}/edit`;
}

export function historyHref(type: RecordType, id: string): string {
  return `/admin/history/${type}/${id}`;
}

/** The public address of a published record, when it has one. */
export function publicHref(
  type: RecordType,
  row: { slug?: string | null; year?: number | null; kind?: string | null; submission?: { slug?: string | null; status?: string | null } | null },
): string | null {
  switch (type) {
    case "Session":
      return row.year ? `/sessions/${row.year}` : null;
    case "Person":
      return row.slug ? `/people/${row.slug}` : null;
    case "Organization":
      return row.slug ? `/${row.kind === "MINISTRY" ? "ministries" : "organizations"}/${row.slug}` : null;
    case "Topic":
      return row.slug ? `/topics/${row.slug}` : null;
    case "Submission":
      return row.slug ? `/submissions/${row.slug}` : null;
    case "Angle":
      // An angle is read on its submission's page, when that page is public too.
      return row.submission?.slug && row.submission.status === "PUBLISHED" ? `/submissions/${row.submission.slug}` : null;
    default:
      return null;
  }
}

export const statusLabels: Record<PublicationStatus, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  PUBLISHED: "Published",
  UNPUBLISHED: "Unpublished",
};

/** The record type an admin path segment names ("people" -> Person); submissions have their own pages. */
export type GenericRecordType = Exclude<RecordType, "Submission">;

export function typeForSegment(segment: string): GenericRecordType | null {
  const match = (Object.keys(RECORDS) as RecordType[]).find((type) => RECORDS[type].segment === segment);
  return match && match !== "Submission" ? match : null;
}
