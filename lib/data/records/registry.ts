import "server-only";
import type { z } from "zod";
import { angleRecord } from "@/lib/data/angles";
import { organizationRecord } from "@/lib/data/organizations";
import { personRecord } from "@/lib/data/people";
import { affiliationRecord, membershipRecord } from "@/lib/data/memberships";
import { referralRecord } from "@/lib/data/referrals";
import { replyRecord } from "@/lib/data/replies";
import { sessionRecord } from "@/lib/data/sessions";
import { snapshotSelect, submissionValues, type SubmissionSnapshot } from "@/lib/data/submission-snapshot";
import { updateSubmission } from "@/lib/data/submissions";
import { topicRecord } from "@/lib/data/topics";
import type { RecordType } from "@/lib/records/types";
import { updateSubmissionSchema, type SubmissionInput } from "@/lib/validation/submission";
import type { Delegate, Row, SavedRecord } from "./define-record";
import type { Tx } from "./versioning";

// Every record type in one table, for the code that works across types: history and restore,
// trash, scheduled publication, the lists.

export interface RegisteredRecord {
  type: RecordType;
  delegate(tx: Tx): Delegate;
  select: object;
  /** The update schema (with id and version): a restored revision is re-checked with it. */
  schema: z.ZodType;
  toValues(snapshot: Row): unknown;
  title(snapshot: Row): string;
  update(id: string, input: unknown, options?: { action?: string }): Promise<SavedRecord>;
}

function fromApi(api: {
  definition: { type: RecordType; delegate(tx: Tx): Delegate; select: object; schema: z.ZodType; toValues(s: never): unknown; title(s: never): string };
  update(id: string, input: never, options?: { action?: string }): Promise<SavedRecord>;
}): RegisteredRecord {
  const { definition } = api;
  return {
    type: definition.type,
    delegate: definition.delegate,
    select: definition.select,
    schema: definition.schema,
    toValues: (snapshot) => definition.toValues(snapshot as never),
    title: (snapshot) => definition.title(snapshot as never),
    update: (id, input, options) => api.update(id, input as never, options),
  };
}

const submission: RegisteredRecord = {
  type: "Submission",
  delegate: (tx) => tx.submission as unknown as Delegate,
  select: snapshotSelect,
  schema: updateSubmissionSchema,
  toValues: (snapshot) => submissionValues(snapshot as unknown as SubmissionSnapshot),
  title: (snapshot) => String(snapshot.titleEn ?? snapshot.titleZh ?? "Untitled submission"),
  update: (id, input, options) => updateSubmission(id, input as SubmissionInput, options),
};

export const registry: Record<RecordType, RegisteredRecord> = {
  Session: fromApi(sessionRecord),
  Person: fromApi(personRecord),
  Organization: fromApi(organizationRecord),
  Topic: fromApi(topicRecord),
  Submission: submission,
  Referral: fromApi(referralRecord),
  Reply: fromApi(replyRecord),
  Membership: fromApi(membershipRecord),
  Affiliation: fromApi(affiliationRecord),
  Angle: fromApi(angleRecord),
};

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** A revision's JSON with its timestamps turned back into Dates, as a fresh read would give. */
export function reviveDates(value: unknown): unknown {
  if (typeof value === "string" && isoInstant.test(value)) return new Date(value);
  if (Array.isArray(value)) return value.map(reviveDates);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, reviveDates(inner)]));
  }
  return value;
}
