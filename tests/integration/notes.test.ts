import { describe, expect, it, vi } from "vitest";
import {
  approveNoteAction,
  createNoteAction,
  deleteNoteAction,
  editNoteAction,
  markMentionReadAction,
  replyToNoteAction,
  withdrawNoteAction,
} from "@/lib/actions/notes";
import { updateReplyAction } from "@/lib/actions/replies";
import { updateSubmissionAction } from "@/lib/actions/submissions";
import { getRecordForEdit } from "@/lib/data/records/edit";
import { getSubmissionForEdit } from "@/lib/data/submission-reads";
import { countMyUnreadMentions, listMyMentions } from "@/lib/data/note-inbox";
import { getNoteWorkspace } from "@/lib/data/notes";
import { createNote, setNoteApproval } from "@/lib/data/note-writes";
import { db } from "@/lib/db";
import type { CreateNoteInput } from "@/lib/validation/note";
import type { ReplyFormValues } from "@/lib/validation/reply";
import { actAs } from "@/tests/support/acting-user";
import { createOrganization, createPerson, createSession, createStaffUser, createSubmission, uniqueTag } from "@/tests/support/factories";
import { createReferral, createReply } from "@/tests/support/referral-factories";

// Who may see and do what with notes (reporter, editor, admin), and how a note follows its text
// through every save of the submission or reply.

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

const fullText = "Cities should open more test roads for robotaxis. Insurers need accident data.";

async function world(status: "PUBLISHED" | "DRAFT" = "PUBLISHED") {
  const [session, person] = await Promise.all([createSession({ status: "PUBLISHED" }), createPerson({ status: "PUBLISHED" })]);
  const submission = await createSubmission({
    status, session, fullTextEn: fullText, fullTextZh: "应在大城市开放更多测试道路。", parties: { create: [{ personId: person.id }] },
  });
  const [reporter, otherReporter, editor, admin] = await Promise.all([
    createStaffUser("REPORTER"), createStaffUser("REPORTER"), createStaffUser("EDITOR"), createStaffUser("ADMIN"),
  ]);
  return { submission, reporter, otherReporter, editor, admin };
}

function noteOn(submissionId: string, quote: string, extra: Partial<CreateNoteInput> = {}): CreateNoteInput {
  const start = fullText.indexOf(quote);
  return { target: "Submission", targetId: submissionId, field: "fullTextEn", start, end: start + quote.length, quote, body: `Note ${uniqueTag()}`, visibility: "DESK", mentionIds: [], ...extra };
}

async function ok<T>(promise: Promise<{ ok: true; data: T } | { ok: false; formError?: string }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result)}`);
  return result.data;
}

const version = async (id: string) => (await db.note.findUniqueOrThrow({ where: { id } })).version;
const indexed = (noteId: string) => db.searchDocument.count({ where: { kind: "note", entityId: noteId } });

describe("notes: visibility and permissions", { timeout: 60_000 }, () => {
  it("keeps a private note from everyone but its author, admins included", async () => {
    const { submission, reporter, editor, admin } = await world();
    actAs(reporter);
    const { id } = await ok(createNoteAction(noteOn(submission.id, "open more test roads", { visibility: "PRIVATE" })));
    expect((await getNoteWorkspace("Submission", submission.id))?.notes.map((note) => note.id)).toContain(id);
    for (const other of [editor, admin]) {
      actAs(other);
      expect((await getNoteWorkspace("Submission", submission.id))?.notes.map((note) => note.id)).not.toContain(id);
      const refused = await deleteNoteAction({ id, version: 1 });
      expect(refused.ok).toBe(false);
    }
    expect(await db.note.findUniqueOrThrow({ where: { id } })).toMatchObject({ deletedAt: null });
  });

  it("shows desk notes to all staff, and stores the passage with its context", async () => {
    const { submission, reporter, otherReporter } = await world();
    actAs(reporter);
    const { id } = await ok(createNoteAction(noteOn(submission.id, "open more test roads")));
    actAs(otherReporter);
    const note = (await getNoteWorkspace("Submission", submission.id))?.notes.find((candidate) => candidate.id === id);
    expect(note).toMatchObject({ quote: "open more test roads", start: 14, end: 34, detached: false, canChange: false, canApprove: false });
    expect(await db.note.findUniqueOrThrow({ where: { id } })).toMatchObject({ prefix: "Cities should ", suffix: " for robotaxis. Insurers need ac" });
  });

  it("refuses a passage that is not where the writer saw it, and writes nothing", async () => {
    const { submission, reporter } = await world();
    actAs(reporter);
    const input = { ...noteOn(submission.id, "open more test roads"), quote: "open fewer test roads" };
    const result = await createNoteAction(input);
    expect(result).toMatchObject({ ok: false, fieldErrors: { quote: ["Select the passage again."] } });
    expect(await db.note.count({ where: { submissionId: submission.id } })).toBe(0);
  });

  it("lets only the author edit or delete, and admins moderate", async () => {
    const { submission, reporter, otherReporter, editor, admin } = await world();
    actAs(reporter);
    const { id } = await ok(createNoteAction(noteOn(submission.id, "Insurers")));
    for (const other of [otherReporter, editor]) {
      actAs(other);
      expect((await editNoteAction({ id, version: 1, body: "hijacked" })).ok).toBe(false);
      expect((await deleteNoteAction({ id, version: 1 })).ok).toBe(false);
    }
    expect(await db.note.findUniqueOrThrow({ where: { id } })).toMatchObject({ deletedAt: null, version: 1 });
    actAs(reporter);
    await ok(editNoteAction({ id, version: 1, body: "Better wording" }));
    expect((await editNoteAction({ id, version: 1, body: "stale" })).ok).toBe(false);
    actAs(admin);
    await ok(deleteNoteAction({ id, version: 2 }));
    expect((await db.note.findUniqueOrThrow({ where: { id } })).deletedAt).not.toBeNull();
    const audit = await db.auditEntry.findFirst({ where: { entityType: "Note", entityId: id, action: "note.moderate_delete" } });
    expect(audit?.actorId).toBe(admin.id);
  });
});

describe("notes: the data layer checks again", { timeout: 60_000 }, () => {
  it("refuses anonymous readers and writers, and a reporter's approval, even without the action", async () => {
    const { submission, reporter } = await world();
    actAs(null);
    await expect(getNoteWorkspace("Submission", submission.id)).rejects.toThrow(/sign in/i);
    await expect(listMyMentions()).rejects.toThrow(/sign in/i);
    const input = { ...noteOn(submission.id, "robotaxis"), mentionIds: [] as string[], visibility: "PUBLIC" as const, target: "Submission" as const, field: "fullTextEn" as const };
    await expect(createNote(input)).rejects.toThrow(/sign in/i);
    actAs(reporter);
    const { id } = await createNote(input);
    await expect(setNoteApproval({ id, version: 1 }, true)).rejects.toThrow(/permission/);
    expect((await db.note.findUniqueOrThrow({ where: { id } })).approvedAt).toBeNull();
  });
});

describe("notes: threads, mentions and the inbox", { timeout: 60_000 }, () => {
  it("puts a mention in the colleague's inbox, unread until they mark it read", async () => {
    const { submission, reporter, editor } = await world();
    actAs(reporter);
    const body = `Editor, look at this ${uniqueTag()}`;
    const { id } = await ok(createNoteAction({ ...noteOn(submission.id, "robotaxis"), body, mentionIds: [editor.id] }));
    actAs(editor);
    expect(await countMyUnreadMentions()).toBe(1);
    const [item] = await listMyMentions();
    expect(item).toMatchObject({ noteId: id, body, author: reporter.name, readAt: null, quote: "robotaxis" });
    expect(item.href).toBe(`/admin/notes/submissions/${submission.id}#note-${id}`);
    const answer = await ok(replyToNoteAction({ parentId: id, body: "Agreed, worth a public note.", mentionIds: [reporter.id] }));
    await ok(markMentionReadAction({ noteId: id, read: true }));
    expect(await countMyUnreadMentions()).toBe(0);
    actAs(reporter);
    expect((await listMyMentions()).map((mention) => mention.noteId)).toEqual([answer.id]);
    const thread = (await getNoteWorkspace("Submission", submission.id))?.notes.find((note) => note.id === id);
    expect(thread?.replies.map((reply) => reply.body)).toEqual(["Agreed, worth a public note."]);
    expect(thread?.mentions.map((mention) => mention.id)).toEqual([editor.id]);
  });

  it("refuses mentions in a private note, and marking someone else's mention read", async () => {
    const { submission, reporter, editor, otherReporter } = await world();
    actAs(reporter);
    const refused = await createNoteAction({ ...noteOn(submission.id, "robotaxis"), visibility: "PRIVATE", mentionIds: [editor.id] });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { mentionIds: ["Private notes cannot mention colleagues."] } });
    expect(await db.note.count({ where: { submissionId: submission.id } })).toBe(0);
    const { id } = await ok(createNoteAction({ ...noteOn(submission.id, "robotaxis"), mentionIds: [editor.id] }));
    actAs(otherReporter);
    expect((await markMentionReadAction({ noteId: id, read: true })).ok).toBe(false);
    expect((await db.noteMention.findUniqueOrThrow({ where: { noteId_userId: { noteId: id, userId: editor.id } } })).readAt).toBeNull();
  });
});

describe("notes: public approval and search", { timeout: 60_000 }, () => {
  it("indexes a public note only once an editor approves it, and drops it on withdrawal", async () => {
    const { submission, reporter, editor } = await world();
    actAs(reporter);
    const { id } = await ok(createNoteAction(noteOn(submission.id, "open more test roads", { visibility: "PUBLIC" })));
    expect(await indexed(id)).toBe(0);
    expect((await approveNoteAction({ id, version: 1 })).ok).toBe(false);
    expect((await db.note.findUniqueOrThrow({ where: { id } })).approvedAt).toBeNull();
    actAs(editor);
    await ok(approveNoteAction({ id, version: 1 }));
    expect(await db.note.findUniqueOrThrow({ where: { id } })).toMatchObject({ approvedById: editor.id });
    expect(await indexed(id)).toBe(1);
    await ok(withdrawNoteAction({ id, version: 2 }));
    expect(await indexed(id)).toBe(0);
  });

  it("needs a new approval after its author changes an approved note", async () => {
    const { submission, reporter, editor } = await world();
    actAs(reporter);
    const { id } = await ok(createNoteAction(noteOn(submission.id, "Insurers", { visibility: "PUBLIC" })));
    actAs(editor);
    await ok(approveNoteAction({ id, version: 1 }));
    actAs(reporter);
    await ok(editNoteAction({ id, version: 2, body: "Changed after approval" }));
    expect(await db.note.findUniqueOrThrow({ where: { id } })).toMatchObject({ approvedAt: null, visibility: "PUBLIC" });
    expect(await indexed(id)).toBe(0);
  });

  it("never indexes a note of a draft submission", async () => {
    const { submission, reporter, editor } = await world("DRAFT");
    actAs(reporter);
    const { id } = await ok(createNoteAction(noteOn(submission.id, "Insurers", { visibility: "PUBLIC" })));
    actAs(editor);
    await ok(approveNoteAction({ id, version: 1 }));
    expect(await indexed(id)).toBe(0);
  });
});

describe("notes: re-anchoring on every save", { timeout: 60_000 }, () => {
  async function saveText(id: string, fullTextEn: string) {
    const current = await getSubmissionForEdit(id);
    if (!current) throw new Error("no submission");
    await ok(updateSubmissionAction({ ...current.values, id, version: current.version, fullTextEn } as Parameters<typeof updateSubmissionAction>[0]));
  }

  it("moves a note when text is added before it, detaches it when its passage is edited, and unpublishes it", async () => {
    const { submission, reporter, editor } = await world();
    actAs(reporter);
    const { id } = await ok(createNoteAction(noteOn(submission.id, "open more test roads", { visibility: "PUBLIC" })));
    actAs(editor);
    await ok(approveNoteAction({ id, version: 1 }));
    await saveText(submission.id, `In short: ${fullText}`);
    expect(await db.note.findUniqueOrThrow({ where: { id } })).toMatchObject({ anchorStart: 24, anchorEnd: 44, detached: false });
    expect(await indexed(id)).toBe(1);
    await saveText(submission.id, `In short: ${fullText.replace("open more test roads", "open test roads")}`);
    expect(await db.note.findUniqueOrThrow({ where: { id } })).toMatchObject({ detached: true, quote: "open more test roads" });
    expect(await indexed(id)).toBe(0);
    const view = (await getNoteWorkspace("Submission", submission.id))?.notes.find((note) => note.id === id);
    expect(view).toMatchObject({ detached: true, canApprove: false });
  });

  it("re-anchors notes on a reply's text when the reply is saved", async () => {
    const { submission } = await world();
    const ministry = await createOrganization("MINISTRY", { status: "PUBLISHED", publishedAt: new Date() });
    const referral = await createReferral({ submissionId: submission.id, ministryId: ministry.id });
    const reply = await createReply({ referralId: referral.id, repliedOn: "2022-05-01", textZh: "我部将研究制定自动驾驶测试规范。" });
    actAs(await createStaffUser("EDITOR"));
    const quote = "自动驾驶测试规范";
    const start = "我部将研究制定自动驾驶测试规范。".indexOf(quote);
    const { id } = await ok(createNoteAction({ target: "Reply", targetId: reply.id, field: "textZh", start, end: start + quote.length, quote, body: "A promise with no date.", visibility: "DESK", mentionIds: [] }));
    const current = await getRecordForEdit("Reply", reply.id);
    if (!current) throw new Error("no reply");
    const values = { ...(current.values as ReplyFormValues), id: reply.id, version: current.version, textZh: "一、我部将研究制定自动驾驶测试规范。" };
    await ok(updateReplyAction(values));
    expect(await db.note.findUniqueOrThrow({ where: { id } })).toMatchObject({ anchorStart: start + 2, detached: false });
  });
});
