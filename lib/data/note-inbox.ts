import "server-only";
import { canWriteNotes } from "@/lib/auth/note-permissions";
import { requirePermission } from "@/lib/auth/session";
import { recordAudit } from "@/lib/data/audit";
import { readableNotesWhere } from "@/lib/data/notes";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notesHref } from "@/lib/notes/targets";

// The acting user's mentions: the admin inbox and the unread count in the admin header. Only
// mentions in notes the user may still read (not deleted, thread not deleted, not private).

export interface InboxItem {
  noteId: string;
  body: string;
  author: string;
  createdAt: Date;
  readAt: Date | null;
  where: string;
  href: string;
  quote: string | null;
}

function mentionWhere(userId: string, user: Parameters<typeof readableNotesWhere>[0]): Prisma.NoteMentionWhereInput {
  return {
    userId,
    note: { ...readableNotesWhere(user), OR: [{ parentId: null }, { parent: { deletedAt: null } }] },
  };
}

export async function listMyMentions(): Promise<InboxItem[]> {
  const user = await requirePermission(canWriteNotes);
  const rows = await db.noteMention.findMany({
    where: mentionWhere(user.id, user),
    orderBy: [{ note: { createdAt: "desc" } }, { noteId: "asc" }],
    take: 200,
    select: {
      readAt: true,
      note: {
        select: {
          id: true, body: true, createdAt: true, submissionId: true, replyId: true, quote: true, parentId: true,
          author: { select: { name: true } },
          parent: { select: { id: true, quote: true } },
          submission: { select: { slug: true, titleEn: true, titleZh: true } },
          reply: { select: { repliedOn: true, referral: { select: { ministry: { select: { nameEn: true } } } } } },
        },
      },
    },
  });
  return rows.map(({ readAt, note }) => {
    const thread = note.parent?.id ?? note.id;
    const where = note.submission
      ? `Submission: ${note.submission.titleEn || note.submission.titleZh || note.submission.slug}`
      : note.reply
        ? `Reply of ${note.reply.referral.ministry.nameEn}, ${note.reply.repliedOn.toISOString().slice(0, 10)}`
        : "A note";
    const href = note.submissionId ? notesHref("Submission", note.submissionId, thread) : notesHref("Reply", note.replyId ?? "", thread);
    return { noteId: note.id, body: note.body, author: note.author.name, createdAt: note.createdAt, readAt, where, href, quote: note.parent?.quote ?? note.quote };
  });
}

export async function countMyUnreadMentions(): Promise<number> {
  const user = await requirePermission(canWriteNotes);
  return db.noteMention.count({ where: { ...mentionWhere(user.id, user), readAt: null } });
}

/** Marks one of the acting user's own mentions read or unread; someone else's is not found. */
export async function setMentionRead(noteId: string, read: boolean): Promise<{ noteId: string; read: boolean }> {
  const user = await requirePermission(canWriteNotes);
  const { count } = await db.noteMention.updateMany({ where: { noteId, userId: user.id }, data: { readAt: read ? new Date() : null } });
  if (count !== 1) throw new AppError("This mention is no longer in your inbox.", {}, "not_found");
  await recordAudit({ actor: user, action: read ? "note.mention_read" : "note.mention_unread", entityType: "Note", entityId: noteId });
  return { noteId, read };
}
