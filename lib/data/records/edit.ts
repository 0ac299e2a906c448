import "server-only";
import { angleRecord } from "@/lib/data/angles";
import { organizationRecord } from "@/lib/data/organizations";
import { personRecord } from "@/lib/data/people";
import { affiliationRecord, membershipRecord } from "@/lib/data/memberships";
import { referralRecord } from "@/lib/data/referrals";
import { replyRecord } from "@/lib/data/replies";
import { sessionRecord } from "@/lib/data/sessions";
import { getSubmissionForEdit } from "@/lib/data/submission-reads";
import { topicRecord } from "@/lib/data/topics";
import type { RecordType } from "@/lib/records/types";
import type { RecordForEdit } from "./define-record";

// Any record as its edit form loads it. Used by the generic edit pages and, after a refused
// stale save, to show the saved version beside the editor's own.

export async function getRecordForEdit(type: RecordType, id: string): Promise<RecordForEdit<Record<string, unknown>> | null> {
  const apis = {
    Session: sessionRecord, Person: personRecord, Organization: organizationRecord, Topic: topicRecord,
    Referral: referralRecord, Reply: replyRecord, Membership: membershipRecord, Affiliation: affiliationRecord,
    Angle: angleRecord,
  } as const;
  if (type === "Submission") {
    const row = await getSubmissionForEdit(id);
    if (!row) return null;
    return {
      id, type, title: row.values.titleEn || row.values.titleZh || "Untitled", version: row.version, status: row.status,
      publishAt: null, publishedAt: row.publishedAt, updatedAt: row.updatedAt, deletedAt: null, canEdit: row.canEdit,
      publicHref: row.status === "PUBLISHED" ? `/submissions/${row.slug}` : null, values: row.values as Record<string, unknown>,
    };
  }
  return (await apis[type].getForEdit(id)) as RecordForEdit<Record<string, unknown>> | null;
}
