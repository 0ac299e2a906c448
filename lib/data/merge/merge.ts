import "server-only";
import { canMerge } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/roles";
import { requirePermission } from "@/lib/auth/session";
import { recordAudit } from "@/lib/data/audit";
import { registry } from "@/lib/data/records/registry";
import { conflictError, notFoundError, toJson, type Tx } from "@/lib/data/records/versioning";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordLabel } from "@/lib/records/types";
import { documentId } from "@/lib/search/document";
import { reindexOrganization, reindexPerson } from "@/lib/search/reindex";
import { moveLooseReferences, relationMovers, type MergeType, type MovedRelation } from "./moves";

// Merging two people or two organizations that turn out to be the same (issue 7, item 4). In one
// transaction: every reference moves to the record kept, the duplicate's names become aliases of
// it, its address redirects there for good (308), the search index follows, and one audit entry
// holds enough to review the merge: both records as they were and every row that moved.
// The preview runs the very same steps in a transaction that is then rolled back, so what the
// editor is shown is what the merge does.

export interface MergeSide {
  id: string;
  slug: string;
  title: string;
  status: string;
  version: number;
  deleted: boolean;
  /** Organizations: ministries live at /ministries. */
  kind: string | null;
}

export interface MergeReport {
  type: MergeType;
  keep: MergeSide;
  duplicate: MergeSide;
  relations: MovedRelation[];
  /** Names of the duplicate added to the kept record's aliases. */
  newAliases: string[];
  warnings: string[];
}

export interface MergeInput {
  type: MergeType;
  keepId: string;
  duplicateId: string;
  /** The versions the preview showed: a save in between makes the merge stop. */
  keepVersion?: number;
  duplicateVersion?: number;
}

type NamedRow = {
  id: string; slug: string; nameEn: string; nameZh: string | null; aliases: string[]; status: string; version: number;
  deletedAt: Date | null; pinyin?: string | null; kind?: string;
};

async function load(tx: Tx, type: MergeType, id: string): Promise<NamedRow> {
  const select = { id: true, slug: true, nameEn: true, nameZh: true, aliases: true, status: true, version: true, deletedAt: true } as const;
  const row = type === "Person"
    ? await tx.person.findUnique({ where: { id }, select: { ...select, pinyin: true } })
    : await tx.organization.findUnique({ where: { id }, select: { ...select, kind: true } });
  if (!row) throw notFoundError(type);
  return row;
}

const side = (row: NamedRow): MergeSide => ({
  id: row.id, slug: row.slug, title: [row.nameEn, row.nameZh].filter(Boolean).join(" "), status: row.status, version: row.version, deleted: Boolean(row.deletedAt), kind: row.kind ?? null,
});

/** The duplicate's names the kept record does not already go by. */
function aliasesFrom(keep: NamedRow, duplicate: NamedRow): string[] {
  const taken = new Set([keep.nameEn, keep.nameZh, keep.pinyin, ...keep.aliases].filter(Boolean).map((name) => name!.trim().toLowerCase()));
  const added: string[] = [];
  for (const name of [duplicate.nameEn, duplicate.nameZh, duplicate.pinyin, ...duplicate.aliases]) {
    const clean = name?.trim();
    if (!clean || taken.has(clean.toLowerCase())) continue;
    taken.add(clean.toLowerCase());
    added.push(clean);
  }
  return added;
}

function validate(input: MergeInput): void {
  if (input.keepId === input.duplicateId) {
    throw new AppError(`A ${recordLabel(input.type)} cannot be merged into itself. Choose two different records.`, { duplicateId: ["Choose a different record."] });
  }
}

async function apply(tx: Tx, input: MergeInput): Promise<{ report: MergeReport; keepBefore: unknown; duplicateBefore: unknown }> {
  validate(input);
  const { type } = input;
  const keep = await load(tx, type, input.keepId);
  const duplicate = await load(tx, type, input.duplicateId);
  if (keep.deletedAt) throw new AppError(`The ${recordLabel(type)} to keep is in the trash. Restore it first.`);
  if ((input.keepVersion !== undefined && input.keepVersion !== keep.version) || (input.duplicateVersion !== undefined && input.duplicateVersion !== duplicate.version)) {
    throw conflictError(type);
  }
  const record = registry[type];
  const keepBefore = await record.delegate(tx).findFirst({ where: { id: keep.id }, select: record.select });
  const duplicateBefore = await record.delegate(tx).findFirst({ where: { id: duplicate.id }, select: record.select });

  const warnings: string[] = [];
  if (keep.status !== "PUBLISHED" && duplicate.status === "PUBLISHED" && !duplicate.deletedAt) {
    warnings.push(`The ${recordLabel(type)} kept is not published: the duplicate's public page will answer "not found" until it is.`);
  }
  if (type === "Organization" && keep.kind !== duplicate.kind) {
    warnings.push(`The two are of different kinds (${keep.kind?.toLowerCase()} and ${duplicate.kind?.toLowerCase()}): the kept one stays a ${keep.kind?.toLowerCase()}.`);
  }

  const relations: MovedRelation[] = [];
  for (const mover of Object.values(relationMovers[type])) relations.push(await mover(tx, duplicate.id, keep.id));
  relations.push(...(await moveLooseReferences(tx, type, duplicate.id, keep.id, duplicate.slug)));

  const newAliases = aliasesFrom(keep, duplicate);
  const data = { aliases: [...keep.aliases, ...newAliases], version: { increment: 1 } };
  if (type === "Person") await tx.person.update({ where: { id: keep.id }, data });
  else await tx.organization.update({ where: { id: keep.id }, data });
  // Everything pointing at it has moved: a reference a mover missed makes this delete fail
  // (foreign keys restrict) and the whole merge roll back.
  if (type === "Person") await tx.person.delete({ where: { id: duplicate.id } });
  else await tx.organization.delete({ where: { id: duplicate.id } });

  const report: MergeReport = { type, keep: side(keep), duplicate: side(duplicate), relations, newAliases, warnings };
  return { report, keepBefore, duplicateBefore };
}

class PreviewDone extends Error {
  constructor(readonly report: MergeReport) {
    super("preview rolled back");
  }
}

const txOptions = { timeout: 30_000, maxWait: 10_000 };

/** What a merge would do, computed by doing it in a transaction that is rolled back. */
export async function previewMerge(input: MergeInput): Promise<MergeReport> {
  await requirePermission(canMerge);
  try {
    await db.$transaction(async (tx) => {
      throw new PreviewDone((await apply(tx, input)).report);
    }, txOptions);
  } catch (error) {
    if (error instanceof PreviewDone) return error.report;
    throw error;
  }
  throw new Error("unreachable");
}

export const mergeAction = (type: MergeType) => `${type.toLowerCase()}.merge`;

/** Merges the duplicate into the kept record; returns the audit entry's id (the review page). */
export async function mergeRecords(input: MergeInput): Promise<{ auditId: string; report: MergeReport }> {
  const user: CurrentUser = await requirePermission(canMerge);
  return db.$transaction(async (tx) => {
    const { report, keepBefore, duplicateBefore } = await apply(tx, input);
    const record = registry[input.type];
    const keepAfter = (await record.delegate(tx).findFirst({ where: { id: input.keepId }, select: record.select })) as { version: number };
    await tx.revision.create({ data: { entityType: input.type, entityId: input.keepId, version: keepAfter.version, data: toJson(keepAfter), authorId: user.id } });
    await recordAudit({
      actor: user,
      action: mergeAction(input.type),
      entityType: input.type,
      entityId: input.keepId,
      before: { keep: keepBefore, duplicate: duplicateBefore },
      after: { keep: keepAfter, merge: report },
    }, tx);
    const entry = await tx.auditEntry.findFirst({
      where: { action: mergeAction(input.type), entityId: input.keepId, actorId: user.id },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    // The duplicate leaves the index; the kept record and every submission naming it are redone.
    await tx.searchDocument.deleteMany({
      where: { id: { in: input.type === "Person" ? [documentId("person", input.duplicateId)] : [documentId("organization", input.duplicateId), documentId("ministry", input.duplicateId)] } },
    });
    if (input.type === "Person") await reindexPerson(tx, input.keepId);
    else await reindexOrganization(tx, input.keepId);
    return { auditId: entry!.id, report };
  }, txOptions);
}
