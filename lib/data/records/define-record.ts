import "server-only";
import type { z } from "zod";
import { canDraft, canEditAuthoredRecord, canEditRecord, canPublish } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/roles";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError, ForbiddenError, type FieldErrors } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PublicationStatus } from "@/lib/generated/prisma/enums";
import { RECORDS, publicHref, type RecordType } from "@/lib/records/types";
import { freeSlug, renameSlug } from "./slugs";
import { assertVersion, compareAndSet, notFoundError, recordSave, type Tx } from "./versioning";
import { auditAction, workflowData } from "./workflow";

// The building block behind every record type of the back office except submissions (which have
// their own richer write path built on the same pieces). A definition says how a record's form
// input maps to columns and back; defineRecord turns it into create / update / read-for-edit, each
// checking permissions, versions and workflow and writing revision + audit in one transaction.

export type Row = Record<string, unknown>;

/** The part of a Prisma model delegate the generic code uses (cast once, in each definition). */
export interface Delegate {
  create(args: { data: Row; select: { id: true } }): Promise<{ id: string }>;
  findFirst(args: { where: Row; select?: object; orderBy?: object }): Promise<Row | null>;
  findMany(args: { where?: Row; select?: object; orderBy?: object | object[]; skip?: number; take?: number }): Promise<Row[]>;
  count(args: { where?: Row }): Promise<number>;
  updateMany(args: { where: Row; data: Row }): Promise<{ count: number }>;
  deleteMany(args: { where: Row }): Promise<{ count: number }>;
}

export interface BaseInput {
  version?: number;
  status?: PublicationStatus;
  publishAt?: Date | null;
  slug?: string | null;
}

export interface RecordDefinition<I extends BaseInput, V, S extends Row & { id: string; version: number }> {
  type: RecordType;
  delegate: (tx: Tx) => Delegate;
  /** What a revision stores: the full record, including child rows the form edits. */
  select: object;
  /** The form's schema for updates (with version), used to re-check a restored revision. */
  schema: z.ZodType<I & { version: number }, V>;
  /** Scalar columns from parsed input (may read related rows, e.g. a derived due date). */
  toData(input: I, tx: Tx, context: SaveContext<S>): Row | Promise<Row>;
  /** Form values from a snapshot (a current row or an old revision). */
  toValues(snapshot: S): V;
  /** Field errors for references, uniqueness and cross-record rules. */
  check?(tx: Tx, input: I, id: string | null, context: SaveContext<S>): Promise<FieldErrors>;
  /** Child rows (sources, interests...), rewritten on every save. */
  writeRelations?(tx: Tx, id: string, input: I): Promise<void>;
  /** The text a new slug is made from; records without a slug leave it out. */
  slugBase?(input: I): string;
  /** One line naming the record in lists, history and the dashboard. */
  title(snapshot: S): string;
  /** Maps a unique-index violation to the field it concerns. */
  uniqueField?: { field: string; message: string };
}

/** Who saves, and the record as it was (null when creating). */
export interface SaveContext<S> {
  user: CurrentUser;
  before: S | null;
}

export interface RecordForEdit<V> {
  id: string;
  type: RecordType;
  title: string;
  version: number;
  status: PublicationStatus | null;
  publishAt: Date | null;
  publishedAt: Date | null;
  updatedAt: Date;
  deletedAt: Date | null;
  canEdit: boolean;
  publicHref: string | null;
  values: V;
}

export interface SavedRecord {
  id: string;
  version: number;
  status: PublicationStatus | null;
}

export interface RecordApi<I extends BaseInput, V, S extends Row & { id: string; version: number }> {
  definition: RecordDefinition<I, V, S>;
  /** A new record has no version yet: its input is the update input without it. */
  create(input: Omit<I, "version">): Promise<SavedRecord>;
  update(id: string, input: I & { version: number }, options?: { action?: string }): Promise<SavedRecord>;
  getForEdit(id: string): Promise<RecordForEdit<V> | null>;
  snapshot(tx: Tx, id: string): Promise<S>;
}

const txOptions = { timeout: 20_000, maxWait: 10_000 };
const invalid = "Some fields need attention.";

/** Who may write a record type at all: unreviewed types (memberships...) go live at once, so editors only. */
export function writePermission(type: RecordType) {
  return RECORDS[type].publishable ? canDraft : canPublish;
}

/** Whether `user` may change (or trash) this row, from its status, schedule and author. */
export function mayEdit(type: RecordType, user: CurrentUser, row: Row): boolean {
  const status = (row.status as PublicationStatus | undefined) ?? null;
  if (!RECORDS[type].publishable || status === null) return canPublish(user);
  if (RECORDS[type].authorOwned) return canEditAuthoredRecord(user, status, (row.authorId as string | null | undefined) ?? null);
  return canEditRecord(user, status, Boolean(row.publishAt));
}

export function defineRecord<I extends BaseInput, V, S extends Row & { id: string; version: number }>(
  definition: RecordDefinition<I, V, S>,
): RecordApi<I, V, S> {
  const { type } = definition;
  const info = RECORDS[type];
  const live = info.trashable ? { deletedAt: null } : {};

  async function snapshot(tx: Tx, id: string): Promise<S> {
    const row = await definition.delegate(tx).findFirst({ where: { id }, select: definition.select });
    if (!row) throw notFoundError(type);
    return row as S;
  }

  async function checkInput(tx: Tx, input: I, id: string | null, context: SaveContext<S>): Promise<void> {
    const errors = definition.check ? await definition.check(tx, input, id, context) : {};
    if (Object.keys(errors).length > 0) throw new AppError(invalid, errors);
  }

  function mapWriteError(error: unknown): unknown {
    const unique = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
    if (unique && definition.uniqueField) {
      return new AppError(invalid, { [definition.uniqueField.field]: [definition.uniqueField.message] });
    }
    return error;
  }

  async function create(fields: Omit<I, "version">): Promise<SavedRecord> {
    const input = fields as I;
    const user = await requirePermission(writePermission(type));
    try {
      return await db.$transaction(async (tx) => {
        const context = { user, before: null };
        await checkInput(tx, input, null, context);
        const delegate = definition.delegate(tx);
        const workflow = info.publishable ? workflowData(type, user, null, { status: input.status ?? "DRAFT", publishAt: input.publishAt }) : {};
        const slug = definition.slugBase
          ? input.slug
            ? await requireFreeSlug(tx, delegate, input.slug)
            : await freeSlug(tx, type, delegate, definition.slugBase(input), null)
          : undefined;
        const { id } = await delegate.create({
          data: {
            ...(await definition.toData(input, tx, context)),
            ...workflow,
            ...(slug ? { slug } : {}),
            // The creating user is the author, whatever the form sent.
            ...(info.authorOwned ? { authorId: user.id } : {}),
          },
          select: { id: true },
        });
        await definition.writeRelations?.(tx, id, input);
        const after = await snapshot(tx, id);
        const status = (after.status as PublicationStatus | undefined) ?? null;
        await recordSave(tx, user, { type, id, action: auditAction(type, null, status), before: null, after });
        return { id, version: after.version, status };
      }, txOptions);
    } catch (error) {
      throw mapWriteError(error);
    }
  }

  async function requireFreeSlug(tx: Tx, delegate: Delegate, slug: string): Promise<string> {
    const free = await freeSlug(tx, type, delegate, slug, null);
    if (free !== slug) throw new AppError(invalid, { slug: ["Another record uses or used this address. Choose another."] });
    return slug;
  }

  async function update(id: string, input: I & { version: number }, options: { action?: string } = {}): Promise<SavedRecord> {
    const user = await requirePermission(writePermission(type));
    try {
      return await db.$transaction(async (tx) => {
        const delegate = definition.delegate(tx);
        const exists = await delegate.findFirst({ where: { id, ...live }, select: { id: true } });
        if (!exists) throw notFoundError(type);
        const before = await snapshot(tx, id);
        const beforeStatus = (before.status as PublicationStatus | undefined) ?? null;
        if (!mayEdit(type, user, before)) {
          throw new ForbiddenError(
            info.authorOwned && beforeStatus !== "PUBLISHED" && beforeStatus !== "UNPUBLISHED"
              ? `Reporters change only the ${info.plural.toLowerCase()} they wrote; an editor can change this one. Nothing was saved.`
              : `This ${info.label} is published or scheduled: only an editor can change it. Nothing was saved.`,
          );
        }
        assertVersion(type, before.version, input.version);
        const context = { user, before };
        await checkInput(tx, input, id, context);
        const workflow = info.publishable
          ? workflowData(
              type,
              user,
              { status: beforeStatus ?? "DRAFT", publishedAt: (before.publishedAt as Date | null) ?? null },
              { status: input.status ?? beforeStatus ?? "DRAFT", publishAt: input.publishAt },
            )
          : {};
        let slugData = {};
        if (definition.slugBase && input.slug && typeof before.slug === "string") {
          await renameSlug(tx, type, delegate, id, before.slug, input.slug);
          slugData = { slug: input.slug };
        }
        await compareAndSet(type, delegate, id, input.version, { ...(await definition.toData(input, tx, context)), ...workflow, ...slugData });
        await definition.writeRelations?.(tx, id, input);
        const after = await snapshot(tx, id);
        const status = (after.status as PublicationStatus | undefined) ?? null;
        const action = options.action ?? auditAction(type, beforeStatus, status, Boolean(after.publishAt) && !before.publishAt);
        await recordSave(tx, user, { type, id, action, before, after });
        return { id, version: after.version, status };
      }, txOptions);
    } catch (error) {
      throw mapWriteError(error);
    }
  }

  async function getForEdit(id: string): Promise<RecordForEdit<V> | null> {
    const user = await requirePermission(canDraft);
    const row = (await definition.delegate(db).findFirst({ where: { id }, select: definition.select })) as S | null;
    if (!row) return null;
    const status = (row.status as PublicationStatus | undefined) ?? null;
    return {
      id,
      type,
      title: definition.title(row),
      version: row.version,
      status,
      publishAt: (row.publishAt as Date | null | undefined) ?? null,
      publishedAt: (row.publishedAt as Date | null | undefined) ?? null,
      updatedAt: row.updatedAt as Date,
      deletedAt: (row.deletedAt as Date | null | undefined) ?? null,
      canEdit: mayEdit(type, user, row) && !row.deletedAt,
      publicHref: status === "PUBLISHED" && !row.deletedAt ? publicHref(type, row as Parameters<typeof publicHref>[1]) : null,
      values: definition.toValues(row),
    };
  }

  return { definition, create, update, getForEdit, snapshot };
}
