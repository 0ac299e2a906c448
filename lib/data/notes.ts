import "server-only";
import { canReadNote, canChangeNote, canApproveNotes, canWriteNotes } from "@/lib/auth/note-permissions";
import type { CurrentUser } from "@/lib/auth/roles";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PublicationStatus } from "@/lib/generated/prisma/enums";
import { FIELD_LABELS } from "@/lib/notes/targets";
import { noteFields, type NoteField, type NoteTarget, type NoteVisibilityValue } from "@/lib/validation/note";

// Staff reads of notes: one record's texts with the notes the acting user may read (private notes
// of others are filtered in the query, not after it), and the colleagues one can mention.

export interface NoteView {
  id: string;
  version: number;
  body: string;
  visibility: NoteVisibilityValue;
  field: NoteField | null;
  start: number | null;
  end: number | null;
  quote: string | null;
  detached: boolean;
  author: { id: string; name: string };
  approvedBy: string | null;
  approvedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  mentions: Array<{ id: string; name: string }>;
  canChange: boolean;
  canApprove: boolean;
  /** An approval can be withdrawn even from a detached note (it is hidden from readers anyway). */
  canWithdraw: boolean;
  replies: NoteView[];
}

export interface NoteWorkspace {
  target: NoteTarget;
  id: string;
  title: string;
  status: PublicationStatus;
  editHref: string;
  publicHref: string | null;
  texts: Array<{ field: NoteField; label: string; lang: "en" | "zh"; text: string }>;
  notes: NoteView[];
  staff: Array<{ id: string; name: string; role: string }>;
}

/** Private notes only for their author: the rule of canReadNote, as a query. */
export function readableNotesWhere(user: CurrentUser): Prisma.NoteWhereInput {
  return { deletedAt: null, OR: [{ visibility: { not: "PRIVATE" } }, { authorId: user.id }] };
}

const noteSelect = {
  id: true, version: true, body: true, visibility: true, field: true, anchorStart: true, anchorEnd: true, quote: true,
  detached: true, authorId: true, approvedAt: true, createdAt: true, updatedAt: true, parentId: true,
  author: { select: { id: true, name: true } },
  approvedBy: { select: { name: true } },
  mentions: { orderBy: { user: { name: "asc" } }, select: { user: { select: { id: true, name: true } } } },
} satisfies Prisma.NoteSelect;

type NoteRow = Prisma.NoteGetPayload<{ select: typeof noteSelect }>;

function toView(user: CurrentUser, row: NoteRow, replies: NoteView[]): NoteView {
  const access = { authorId: row.authorId, visibility: row.visibility };
  return {
    id: row.id,
    version: row.version,
    body: row.body,
    visibility: row.visibility,
    field: row.field as NoteField | null,
    start: row.anchorStart,
    end: row.anchorEnd,
    quote: row.quote,
    detached: row.detached,
    author: row.author,
    approvedBy: row.approvedBy?.name ?? null,
    approvedAt: row.approvedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    mentions: row.mentions.map((mention) => mention.user),
    canChange: canChangeNote(user, access),
    canApprove: !row.parentId && row.visibility === "PUBLIC" && !row.detached && canApproveNotes(user),
    canWithdraw: !row.parentId && row.visibility === "PUBLIC" && Boolean(row.approvedAt) && canApproveNotes(user),
    replies,
  };
}

async function loadTarget(target: NoteTarget, id: string) {
  if (target === "Submission") {
    const row = await db.submission.findFirst({
      where: { id, deletedAt: null },
      select: { id: true, slug: true, status: true, titleEn: true, titleZh: true, fullTextEn: true, fullTextZh: true },
    });
    if (!row) return null;
    return {
      title: row.titleEn || row.titleZh || row.slug,
      status: row.status,
      editHref: `/admin/submissions/${row.id}/edit`,
      publicHref: row.status === "PUBLISHED" ? `/submissions/${row.slug}` : null,
      values: { fullTextEn: row.fullTextEn, fullTextZh: row.fullTextZh } as Record<string, string | null>,
    };
  }
  const row = await db.reply.findFirst({
    where: { id, deletedAt: null },
    select: {
      id: true, status: true, repliedOn: true, textEn: true, textZh: true,
      referral: { select: { ministry: { select: { nameEn: true } }, submission: { select: { slug: true, status: true, titleEn: true, titleZh: true } } } },
    },
  });
  if (!row) return null;
  const submission = row.referral.submission;
  return {
    title: `Reply of ${row.referral.ministry.nameEn}, ${row.repliedOn.toISOString().slice(0, 10)}, to “${submission.titleEn || submission.titleZh || submission.slug}”`,
    status: row.status,
    editHref: `/admin/replies/${row.id}/edit`,
    publicHref: row.status === "PUBLISHED" && submission.status === "PUBLISHED" ? `/submissions/${submission.slug}#reply-${row.id}` : null,
    values: { textEn: row.textEn, textZh: row.textZh } as Record<string, string | null>,
  };
}

export async function getNoteWorkspace(target: NoteTarget, id: string): Promise<NoteWorkspace | null> {
  const user = await requirePermission(canWriteNotes);
  const record = await loadTarget(target, id);
  if (!record) return null;
  const [rows, staff] = await Promise.all([
    db.note.findMany({
      where: { ...(target === "Submission" ? { submissionId: id } : { replyId: id }), ...readableNotesWhere(user), parentId: null },
      orderBy: [{ anchorStart: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      select: { ...noteSelect, replies: { where: readableNotesWhere(user), orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: noteSelect } },
    }),
    listMentionableStaff(),
  ]);
  const notes = rows.filter((row) => canReadNote(user, row)).map((row) => toView(user, row, row.replies.map((reply) => toView(user, reply, []))));
  const texts = noteFields[target].map((field) => ({ field, ...FIELD_LABELS[field], text: record.values[field] ?? "" }));
  return { target, id, title: record.title, status: record.status, editHref: record.editHref, publicHref: record.publicHref, texts, notes, staff };
}

/** Active staff, for the mention picker. */
export async function listMentionableStaff(): Promise<Array<{ id: string; name: string; role: string }>> {
  await requirePermission(canWriteNotes);
  return db.user.findMany({ where: { disabledAt: null }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true, role: true } });
}
