import "server-only";
import { canDraft, canEditRecord, canSetStatus } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/roles";
import { requirePermission } from "@/lib/auth/session";
import { recordSave } from "@/lib/data/records/versioning";
import { auditAction, publishRefused, workflowData } from "@/lib/data/records/workflow";
import { db } from "@/lib/db";
import { AppError, ForbiddenError, type FieldErrors } from "@/lib/errors";
import { BODY_LABELS } from "@/lib/format/labels";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Body, PublicationStatus } from "@/lib/generated/prisma/enums";
import { sourceIdFor } from "@/lib/data/records/sources";
import { snapshotSelect, type SubmissionSnapshot } from "@/lib/data/submission-snapshot";
import { submissionSlug, uniqueSlug } from "@/lib/slug";
import {
  submissionConflictMessage,
  type CreateSubmissionInput,
  type SubmissionInput,
} from "@/lib/validation/submission";

// Staff writes of submissions (reads: submission-reads.ts). Every function learns who is acting from the session
// (never from an argument), checks the named permissions itself, and writes the row, its parties,
// topics, sources, a revision and an audit entry in one transaction: all of it or none of it.

type Tx = Prisma.TransactionClient;

export interface SavedSubmission {
  id: string;
  slug: string;
  version: number;
  status: PublicationStatus;
}

const invalid = "Some fields need attention.";
export const conflictMessage = submissionConflictMessage;

export { publishRefused };

function assertStatusAllowed(user: CurrentUser, status: PublicationStatus): void {
  if (!canSetStatus(user, status)) throw publishRefused();
}

function clashMessage(body: Body, officialNumber: string): string {
  return `${BODY_LABELS[body].kindEn} No. ${officialNumber} is already recorded for this session.`;
}

/** Field errors for references that do not exist (or are in the trash); also the session's year. */
async function checkReferences(tx: Tx, input: CreateSubmissionInput, excludeId?: string): Promise<number> {
  const errors: FieldErrors = {};
  const session = await tx.session.findFirst({ where: { id: input.sessionId, deletedAt: null }, select: { year: true } });
  if (!session) errors.sessionId = ["That session no longer exists. Choose another."];

  const parties = (["submitters", "cosigners"] as const).flatMap((role) =>
    input[role].map((entry, index) => ({ ...entry.party, path: `${role}.${index}.party` })),
  );
  const ids = (kind: string) => parties.filter((p) => p.kind === kind).map((p) => p.id);
  // One after another: queries inside a transaction share one connection anyway.
  const people = await tx.person.findMany({ where: { id: { in: ids("person") }, deletedAt: null }, select: { id: true } });
  const organizations = await tx.organization.findMany({
    where: { id: { in: ids("organization") }, deletedAt: null },
    select: { id: true },
  });
  const topics = await tx.topic.findMany({ where: { id: { in: input.topicIds }, deletedAt: null }, select: { id: true } });
  const found = new Set([...people, ...organizations].map((row) => row.id));
  for (const party of parties) {
    if (!found.has(party.id)) errors[party.path] = ["Not found: it may have been deleted. Choose again."];
  }
  if (topics.length !== input.topicIds.length) errors.topicIds = ["A chosen topic no longer exists. Check the topics."];

  if (input.officialNumber && session) {
    const clash = await tx.submission.findFirst({
      where: {
        sessionId: input.sessionId,
        body: input.body,
        officialNumber: input.officialNumber,
        ...(excludeId ? { id: { not: excludeId } } : {}),
      },
      select: { id: true },
    });
    if (clash) errors.officialNumber = [clashMessage(input.body, input.officialNumber)];
  }
  if (Object.keys(errors).length > 0 || !session) throw new AppError(invalid, errors);
  return session.year;
}

async function writeRelations(tx: Tx, submissionId: string, input: CreateSubmissionInput): Promise<void> {
  const parties = (["submitters", "cosigners"] as const).flatMap((key) =>
    input[key].map(({ party }, position) => ({
      submissionId,
      role: key === "submitters" ? ("SUBMITTER" as const) : ("COSIGNER" as const),
      position,
      personId: party.kind === "person" ? party.id : null,
      organizationId: party.kind === "organization" ? party.id : null,
    })),
  );
  await tx.submissionParty.createMany({ data: parties });
  if (input.topicIds.length > 0) {
    await tx.submissionTopic.createMany({ data: input.topicIds.map((topicId) => ({ submissionId, topicId })) });
  }
  for (const source of input.sources) {
    await tx.citation.create({ data: { submissionId, sourceId: await sourceIdFor(tx, source) } });
  }
}

function scalars(input: CreateSubmissionInput) {
  return {
    sessionId: input.sessionId,
    body: input.body,
    officialNumber: input.officialNumber,
    titleEn: input.titleEn,
    titleZh: input.titleZh,
    titleIsQuote: input.titleIsQuote,
    summaryEn: input.summaryEn,
    summaryZh: input.summaryZh,
    fullTextEn: input.fullTextEn,
    fullTextZh: input.fullTextZh,
    textProvenance: input.textProvenance,
    isComplex: input.isComplex,
  };
}

/** Revision and audit entry for a save (the shared building blocks), in the caller's transaction. */
async function recordSubmissionSave(tx: Tx, user: CurrentUser, id: string, action: string, before: SubmissionSnapshot | null) {
  const after = await tx.submission.findUniqueOrThrow({ where: { id }, select: snapshotSelect });
  await recordSave(tx, user, { type: "Submission", id, action, before, after });
  return { id, slug: after.slug, version: after.version, status: after.status };
}

/** The unique index is the last guard against a race the in-transaction check cannot see. */
function mapWriteError(error: unknown, input: CreateSubmissionInput): unknown {
  const isUnique = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
  if (isUnique && input.officialNumber && JSON.stringify(error.meta ?? {}).includes("officialNumber")) {
    return new AppError(invalid, { officialNumber: [clashMessage(input.body, input.officialNumber)] });
  }
  return error;
}

const txOptions = { timeout: 20_000, maxWait: 10_000 };

export async function createSubmission(input: CreateSubmissionInput): Promise<SavedSubmission> {
  const user = await requirePermission(canDraft);
  assertStatusAllowed(user, input.status);
  try {
    return await db.$transaction(async (tx) => {
      const year = await checkReferences(tx, input);
      const first = input.submitters[0].party;
      const submitter =
        first.kind === "person"
          ? await tx.person.findUnique({ where: { id: first.id }, select: { slug: true } })
          : await tx.organization.findUnique({ where: { id: first.id }, select: { slug: true } });
      const base = submissionSlug({ year, submitterSlug: submitter?.slug, title: input.titleEn });
      const slug = await uniqueSlug(base, async (candidate) =>
        Boolean(await tx.submission.findUnique({ where: { slug: candidate }, select: { id: true } })),
      );
      const row = await tx.submission.create({
        data: { ...scalars(input), slug, ...workflowData("Submission", user, null, { status: input.status, publishAt: input.publishAt }) },
        select: { id: true },
      });
      await writeRelations(tx, row.id, input);
      return recordSubmissionSave(tx, user, row.id, auditAction("Submission", null, input.status), null);
    }, txOptions);
  } catch (error) {
    throw mapWriteError(error, input);
  }
}

export async function updateSubmission(id: string, input: SubmissionInput, options: { action?: string } = {}): Promise<SavedSubmission> {
  const user = await requirePermission(canDraft);
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.submission.findFirst({ where: { id, deletedAt: null }, select: snapshotSelect });
      if (!before) throw new AppError("This submission no longer exists; it may have been deleted.", {}, "not_found");
      if (!canEditRecord(user, before.status, Boolean(before.publishAt))) {
        throw new ForbiddenError("This submission is published: only an editor can change it. Nothing was saved.");
      }
      assertStatusAllowed(user, input.status);
      if (before.version !== input.version) throw new AppError(conflictMessage, {}, "conflict");
      await checkReferences(tx, input, id);
      // Compare-and-set on the version, so two saves racing past the check above cannot both win.
      const { count } = await tx.submission.updateMany({
        where: { id, version: input.version },
        data: { ...scalars(input), ...workflowData("Submission", user, before, { status: input.status, publishAt: input.publishAt }), version: { increment: 1 } },
      });
      if (count !== 1) throw new AppError(conflictMessage, {}, "conflict");
      await tx.submissionParty.deleteMany({ where: { submissionId: id } });
      await tx.submissionTopic.deleteMany({ where: { submissionId: id } });
      await tx.citation.deleteMany({ where: { submissionId: id } });
      await writeRelations(tx, id, input);
      const scheduled = Boolean(input.publishAt) && !before.publishAt;
      return recordSubmissionSave(tx, user, id, options.action ?? auditAction("Submission", before.status, input.status, scheduled), before);
    }, txOptions);
  } catch (error) {
    throw mapWriteError(error, input);
  }
}
