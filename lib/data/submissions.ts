import "server-only";
import { canDraft, canEditRecord, canSetStatus } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/roles";
import { requirePermission } from "@/lib/auth/session";
import { recordAudit } from "@/lib/data/audit";
import { db } from "@/lib/db";
import { AppError, ForbiddenError, type FieldErrors } from "@/lib/errors";
import { BODY_LABELS } from "@/lib/format/labels";
import { Prisma } from "@/lib/generated/prisma/client";
import { reindexSubmission } from "@/lib/search/reindex";
import type { Body, PublicationStatus } from "@/lib/generated/prisma/enums";
import { submissionSlug, uniqueSlug } from "@/lib/slug";
import {
  partyRef,
  submissionConflictMessage,
  type CreateSubmissionInput,
  type SubmissionFormValues,
  type SubmissionInput,
} from "@/lib/validation/submission";

// Staff reads and writes of submissions. Every function learns who is acting from the session
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

const snapshotSelect = {
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

function toJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

/** The refusal a reporter gets for choosing Published or Unpublished (also used by the actions). */
export function publishRefused(): AppError {
  return new AppError(
    "Only editors can publish or unpublish. Save it as a draft or send it for review; nothing was saved.",
    { status: ["Reporters can choose Draft or In review."] },
    "forbidden",
  );
}

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

/** Reuses a source with the same title and publisher (they are unique), filling in what is new. */
async function sourceIdFor(tx: Tx, source: CreateSubmissionInput["sources"][number]): Promise<string> {
  const publishedOn = source.publishedOn ? new Date(`${source.publishedOn}T00:00:00Z`) : null;
  const existing = await tx.source.findFirst({
    where: { title: source.title, publisher: source.publisher },
    select: { id: true, url: true, publishedOn: true },
  });
  if (!existing) {
    const created = await tx.source.create({
      data: { title: source.title, publisher: source.publisher, url: source.url, publishedOn },
      select: { id: true },
    });
    return created.id;
  }
  // Other records may cite this source too: correct its address or date, never blank them.
  const changed =
    (source.url && source.url !== existing.url) ||
    (publishedOn && publishedOn.getTime() !== existing.publishedOn?.getTime());
  if (changed) {
    await tx.source.update({
      where: { id: existing.id },
      data: { url: source.url ?? existing.url, publishedOn: publishedOn ?? existing.publishedOn, version: { increment: 1 } },
    });
  }
  return existing.id;
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
    status: input.status,
  };
}

/** Revision and audit entry for a save, in the caller's transaction. */
async function recordSave(tx: Tx, user: CurrentUser, id: string, action: string, before: SubmissionSnapshot | null) {
  const after = await tx.submission.findUniqueOrThrow({ where: { id }, select: snapshotSelect });
  await tx.revision.create({
    data: { entityType: "Submission", entityId: id, version: after.version, data: toJson(after), authorId: user.id },
  });
  await recordAudit({ actor: user, action, entityType: "Submission", entityId: id, before, after }, tx);
  return { id, slug: after.slug, version: after.version, status: after.status };
}

function auditAction(before: PublicationStatus | null, after: PublicationStatus): string {
  if (before === null) return "submission.create";
  if (before !== after && after === "PUBLISHED") return "submission.publish";
  if (before !== after && after === "UNPUBLISHED") return "submission.unpublish";
  return "submission.update";
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
        data: { ...scalars(input), slug, publishedAt: input.status === "PUBLISHED" ? new Date() : null },
        select: { id: true },
      });
      await writeRelations(tx, row.id, input);
      await reindexSubmission(tx, row.id);
      return recordSave(tx, user, row.id, auditAction(null, input.status), null);
    }, txOptions);
  } catch (error) {
    throw mapWriteError(error, input);
  }
}

export async function updateSubmission(id: string, input: SubmissionInput): Promise<SavedSubmission> {
  const user = await requirePermission(canDraft);
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.submission.findFirst({ where: { id, deletedAt: null }, select: snapshotSelect });
      if (!before) throw new AppError("This submission no longer exists; it may have been deleted.", {}, "not_found");
      if (!canEditRecord(user, before.status)) {
        throw new ForbiddenError("This submission is published: only an editor can change it. Nothing was saved.");
      }
      assertStatusAllowed(user, input.status);
      if (before.version !== input.version) throw new AppError(conflictMessage, {}, "conflict");
      await checkReferences(tx, input, id);
      // Compare-and-set on the version, so two saves racing past the check above cannot both win.
      const { count } = await tx.submission.updateMany({
        where: { id, version: input.version },
        data: {
          ...scalars(input),
          publishedAt: before.publishedAt ?? (input.status === "PUBLISHED" ? new Date() : null),
          version: { increment: 1 },
        },
      });
      if (count !== 1) throw new AppError(conflictMessage, {}, "conflict");
      await tx.submissionParty.deleteMany({ where: { submissionId: id } });
      await tx.submissionTopic.deleteMany({ where: { submissionId: id } });
      await tx.citation.deleteMany({ where: { submissionId: id } });
      await writeRelations(tx, id, input);
      // Same transaction: a published edit is searchable the moment it commits, an unpublished one gone.
      await reindexSubmission(tx, id);
      return recordSave(tx, user, id, auditAction(before.status, input.status), before);
    }, txOptions);
  } catch (error) {
    throw mapWriteError(error, input);
  }
}

// ---------------------------------------------------------------- reads for the staff pages

export interface SubmissionForEdit {
  id: string;
  slug: string;
  status: PublicationStatus;
  version: number;
  publishedAt: Date | null;
  updatedAt: Date;
  /** False for a reporter looking at a published record: the page shows it read-only. */
  canEdit: boolean;
  values: SubmissionFormValues;
}

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");

export async function getSubmissionForEdit(id: string): Promise<SubmissionForEdit | null> {
  const user = await requirePermission(canDraft);
  const row = await db.submission.findFirst({ where: { id, deletedAt: null }, select: snapshotSelect });
  if (!row) return null;
  const parties = (role: "SUBMITTER" | "COSIGNER") =>
    row.parties
      .filter((party) => party.role === role)
      .map((party) => ({
        party: party.personId ? partyRef("person", party.personId) : partyRef("organization", party.organizationId ?? ""),
      }));
  return {
    id: row.id,
    slug: row.slug,
    status: row.status,
    version: row.version,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    canEdit: canEditRecord(user, row.status),
    values: {
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
      sources: row.citations.map(({ source }) => ({
        title: source.title,
        publisher: source.publisher ?? "",
        url: source.url ?? "",
        publishedOn: day(source.publishedOn),
      })),
      status: row.status,
      version: row.version,
    },
  };
}

export interface AdminSubmissionRow {
  id: string;
  slug: string;
  status: PublicationStatus;
  year: number;
  body: Body;
  officialNumber: string | null;
  titleEn: string | null;
  titleZh: string | null;
  firstSubmitter: string | null;
  updatedAt: Date;
}

/** Every submission not in the trash, newest change first; optionally one status only. */
export async function listSubmissionsForAdmin(filter: { status?: PublicationStatus } = {}): Promise<AdminSubmissionRow[]> {
  await requirePermission(canDraft);
  const rows = await db.submission.findMany({
    where: { deletedAt: null, ...(filter.status ? { status: filter.status } : {}) },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    // Enough for the first slice; the list gets paging and filters with the back-office work.
    take: 500,
    select: {
      id: true, slug: true, status: true, body: true, officialNumber: true, titleEn: true, titleZh: true, updatedAt: true,
      session: { select: { year: true } },
      parties: {
        where: { role: "SUBMITTER" },
        orderBy: { position: "asc" },
        take: 1,
        select: { person: { select: { nameEn: true } }, organization: { select: { nameEn: true } } },
      },
    },
  });
  return rows.map(({ session, parties, ...row }) => ({
    ...row,
    year: session.year,
    firstSubmitter: parties[0]?.person?.nameEn ?? parties[0]?.organization?.nameEn ?? null,
  }));
}
