import "server-only";
import { canApproveNotes, canChangeNote, canReadNote, canWriteNotes } from "@/lib/auth/note-permissions";
import type { CurrentUser } from "@/lib/auth/roles";
import { requirePermission } from "@/lib/auth/session";
import { recordAudit } from "@/lib/data/audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { describeRange } from "@/lib/notes/anchor";
import { reindexSubmission } from "@/lib/search/reindex";
import type { CreateNoteInput, EditNoteInput, NoteRefInput, ReplyNoteInput } from "@/lib/validation/note";
import type { createNoteSchema, editNoteSchema, noteRefSchema, replyNoteSchema } from "@/lib/validation/note";
import type { z } from "zod";

// Writing notes. Each function takes the acting user from the session and checks the note rules
// (lib/auth/note-permissions.ts) again, whatever the action did; each write is one transaction
// with its audit entry and the search index of the submission the note hangs from, so an approved
// public note is searchable the moment it commits and a withdrawn or deleted one is gone.

type Tx = Prisma.TransactionClient;
export type { CreateNoteInput, EditNoteInput, NoteRefInput, ReplyNoteInput };

const notFound = () => new AppError("This note no longer exists; it may have been deleted.", {}, "not_found");
const conflict = () => new AppError("Someone changed this note while you were reading it. Reload to see the new version; nothing was saved.", {}, "conflict");

async function submissionIdOf(tx: Tx, note: { submissionId: string | null; replyId: string | null }): Promise<string | null> {
  if (note.submissionId) return note.submissionId;
  if (!note.replyId) return null;
  const reply = await tx.reply.findUnique({ where: { id: note.replyId }, select: { referral: { select: { submissionId: true } } } });
  return reply?.referral.submissionId ?? null;
}

async function reindexFor(tx: Tx, note: { submissionId: string | null; replyId: string | null }): Promise<void> {
  const submissionId = await submissionIdOf(tx, note);
  if (submissionId) await reindexSubmission(tx, submissionId);
}

/** Mentioned colleagues must be active staff; private notes mention no one (no one else sees them). */
async function checkMentions(tx: Tx, mentionIds: string[], visibility: string): Promise<string[]> {
  const ids = [...new Set(mentionIds)];
  if (ids.length === 0) return ids;
  if (visibility === "PRIVATE") {
    throw new AppError("A private note is seen by you alone, so it cannot mention colleagues. Make it a desk note to mention them.", {
      mentionIds: ["Private notes cannot mention colleagues."],
    });
  }
  const found = await tx.user.count({ where: { id: { in: ids }, disabledAt: null } });
  if (found !== ids.length) throw new AppError("Some fields need attention.", { mentionIds: ["Mention only active staff members."] });
  return ids;
}

async function loadText(tx: Tx, target: "Submission" | "Reply", id: string, field: string): Promise<string | null> {
  if (target === "Submission") {
    const row = await tx.submission.findFirst({ where: { id, deletedAt: null }, select: { fullTextEn: true, fullTextZh: true } });
    return row ? ((row as Record<string, string | null>)[field] ?? "") : null;
  }
  const row = await tx.reply.findFirst({ where: { id, deletedAt: null }, select: { textEn: true, textZh: true } });
  return row ? ((row as Record<string, string | null>)[field] ?? "") : null;
}

const auditSelect = {
  id: true, version: true, authorId: true, submissionId: true, replyId: true, parentId: true, field: true, anchorStart: true,
  anchorEnd: true, quote: true, detached: true, body: true, visibility: true, approvedById: true, approvedAt: true, deletedAt: true,
} satisfies Prisma.NoteSelect;

export async function createNote(input: z.output<typeof createNoteSchema>): Promise<{ id: string }> {
  const user = await requirePermission(canWriteNotes);
  return db.$transaction(async (tx) => {
    const text = await loadText(tx, input.target, input.targetId, input.field);
    if (text === null) throw new AppError(`This ${input.target === "Submission" ? "submission" : "reply"} no longer exists.`, {}, "not_found");
    const anchor = describeRange(text, input.start, input.end);
    if (!anchor || anchor.quote !== input.quote) {
      throw new AppError("The text changed since you opened this page, so the passage you selected is not where it was. Reload and select it again; your note is still in the form.", {
        quote: ["Select the passage again."],
      });
    }
    const mentionIds = await checkMentions(tx, input.mentionIds, input.visibility);
    const note = await tx.note.create({
      data: {
        authorId: user.id,
        ...(input.target === "Submission" ? { submissionId: input.targetId } : { replyId: input.targetId }),
        field: input.field,
        anchorStart: anchor.start,
        anchorEnd: anchor.end,
        quote: anchor.quote,
        prefix: anchor.prefix,
        suffix: anchor.suffix,
        body: input.body,
        visibility: input.visibility,
        mentions: { create: mentionIds.map((userId) => ({ userId })) },
      },
      select: auditSelect,
    });
    await recordAudit({ actor: user, action: "note.create", entityType: "Note", entityId: note.id, after: note }, tx);
    return { id: note.id };
  });
}

async function loadReadable(tx: Tx, user: CurrentUser, id: string) {
  const note = await tx.note.findFirst({ where: { id, deletedAt: null }, select: { ...auditSelect, parent: { select: { deletedAt: true } } } });
  if (!note || note.parent?.deletedAt || !canReadNote(user, note)) throw notFound();
  return note;
}

export async function replyToNote(input: z.output<typeof replyNoteSchema>): Promise<{ id: string }> {
  const user = await requirePermission(canWriteNotes);
  return db.$transaction(async (tx) => {
    const parent = await loadReadable(tx, user, input.parentId);
    if (parent.parentId) throw new AppError("Reply to the note that starts the thread.");
    // The thread is staff talk: under a public note it is desk-only, never published.
    const visibility = parent.visibility === "PRIVATE" ? "PRIVATE" : "DESK";
    const mentionIds = await checkMentions(tx, input.mentionIds, visibility);
    const note = await tx.note.create({
      data: {
        authorId: user.id, submissionId: parent.submissionId, replyId: parent.replyId, parentId: parent.id, body: input.body, visibility,
        mentions: { create: mentionIds.map((userId) => ({ userId })) },
      },
      select: auditSelect,
    });
    await recordAudit({ actor: user, action: "note.reply", entityType: "Note", entityId: note.id, after: note }, tx);
    return { id: note.id };
  });
}

export async function editNote(input: z.output<typeof editNoteSchema>): Promise<{ id: string; version: number }> {
  const user = await requirePermission(canWriteNotes);
  return db.$transaction(async (tx) => {
    const before = await loadReadable(tx, user, input.id);
    if (!canChangeNote(user, before)) throw new AppError("Only the note's author (or an admin) can change it.", {}, "forbidden");
    if (before.version !== input.version) throw conflict();
    const visibility = before.parentId ? before.visibility : (input.visibility ?? before.visibility);
    if (visibility === "PRIVATE" && before.visibility !== "PRIVATE") {
      const seen = await tx.note.count({ where: { parentId: before.id, deletedAt: null, authorId: { not: before.authorId } } });
      const mentioned = await tx.noteMention.count({ where: { noteId: before.id } });
      if (seen + mentioned > 0) {
        throw new AppError("Colleagues have already replied or been mentioned, so this note cannot become private again.", {
          visibility: ["Keep it on the desk, or delete it."],
        });
      }
    }
    // A changed text or visibility needs a new approval before it is public again.
    const keepsApproval = before.approvedAt && visibility === "PUBLIC" && input.body === before.body;
    const { count } = await tx.note.updateMany({
      where: { id: before.id, version: input.version },
      data: {
        body: input.body,
        visibility,
        version: { increment: 1 },
        ...(keepsApproval ? {} : { approvedAt: null, approvedById: null }),
      },
    });
    if (count !== 1) throw conflict();
    if (visibility !== before.visibility && !before.parentId) {
      await tx.note.updateMany({ where: { parentId: before.id }, data: { visibility: visibility === "PRIVATE" ? "PRIVATE" : "DESK" } });
    }
    const after = await tx.note.findUniqueOrThrow({ where: { id: before.id }, select: auditSelect });
    await recordAudit({ actor: user, action: "note.update", entityType: "Note", entityId: before.id, before, after }, tx);
    await reindexFor(tx, after);
    return { id: after.id, version: after.version };
  });
}

export async function deleteNote(input: z.output<typeof noteRefSchema>): Promise<{ id: string }> {
  const user = await requirePermission(canWriteNotes);
  return db.$transaction(async (tx) => {
    const before = await loadReadable(tx, user, input.id);
    if (!canChangeNote(user, before)) throw new AppError("Only the note's author (or an admin) can delete it.", {}, "forbidden");
    const { count } = await tx.note.updateMany({
      where: { id: before.id, version: input.version },
      data: { deletedAt: new Date(), version: { increment: 1 }, approvedAt: null, approvedById: null },
    });
    if (count !== 1) throw conflict();
    await recordAudit({ actor: user, action: before.authorId === user.id ? "note.delete" : "note.moderate_delete", entityType: "Note", entityId: before.id, before }, tx);
    await reindexFor(tx, before);
    return { id: before.id };
  });
}

/** An editor's approval makes a public note public; withdrawing it takes it back to the desk's eyes only. */
export async function setNoteApproval(input: z.output<typeof noteRefSchema>, approve: boolean): Promise<{ id: string; version: number }> {
  const user = await requirePermission(canApproveNotes);
  return db.$transaction(async (tx) => {
    const before = await loadReadable(tx, user, input.id);
    if (before.parentId || before.visibility !== "PUBLIC") throw new AppError("Only a note marked public can be approved for readers.");
    if (approve && before.detached) {
      throw new AppError("This note is detached: its passage is no longer in the text. It cannot be published until it points at the text again.");
    }
    if (approve === Boolean(before.approvedAt)) {
      throw new AppError(approve ? "This note is already approved." : "This note is not approved, so there is nothing to withdraw.", {}, "conflict");
    }
    const { count } = await tx.note.updateMany({
      where: { id: before.id, version: input.version },
      data: { approvedAt: approve ? new Date() : null, approvedById: approve ? user.id : null, version: { increment: 1 } },
    });
    if (count !== 1) throw conflict();
    const after = await tx.note.findUniqueOrThrow({ where: { id: before.id }, select: auditSelect });
    await recordAudit({ actor: user, action: approve ? "note.approve" : "note.withdraw", entityType: "Note", entityId: before.id, before, after }, tx);
    await reindexFor(tx, after);
    return { id: after.id, version: after.version };
  });
}
