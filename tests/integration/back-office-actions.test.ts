import { describe, expect, it, vi } from "vitest";
import { addCorrectionAction } from "@/lib/actions/corrections";
import { createMembershipAction } from "@/lib/actions/memberships";
import { createPersonAction, updatePersonAction } from "@/lib/actions/people";
import { emptyTrashAction, getLatestRecordAction, restoreRevisionAction } from "@/lib/actions/records";
import { createTopicAction, updateTopicAction } from "@/lib/actions/topics";
import { changeOwnPasswordAction, changeRoleAction, createUserAction, setDisabledAction } from "@/lib/actions/users";
import { verifyPassword } from "@/lib/auth/password";
import { overdueByMinistry } from "@/lib/data/dashboard";
import { claimEditLock, lockTtlMs } from "@/lib/data/records/locks";
import { referralRecord } from "@/lib/data/referrals";
import { replyRecord } from "@/lib/data/replies";
import { db } from "@/lib/db";
import { emptyPerson } from "@/lib/validation/person";
import { emptyTopic } from "@/lib/validation/topic";
import { actAs } from "@/tests/support/acting-user";
import { createOrganization, createPerson, createStaffUser, createSubmission, staffPassword, uniqueTag } from "@/tests/support/factories";

// The back office's server actions as a browser would call them: each permission, the stale-save
// refusal, restore from history, and the audit entries they leave.

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

const { version: _v, ...newTopic } = emptyTopic;
const { version: _w, ...newPerson } = emptyPerson;

describe("back-office actions", () => {
  it("lets a reporter draft but never publish, and leaves nothing behind when refused", async () => {
    actAs(await createStaffUser("REPORTER"));
    const name = `Synthetic refused topic ${uniqueTag()}`;
    const refused = await createTopicAction({ ...newTopic, nameEn: name, status: "PUBLISHED" });
    expect(refused).toMatchObject({ ok: false });
    expect(await db.topic.count({ where: { nameEn: name } })).toBe(0);
    const person = await createPersonAction({ ...newPerson, nameEn: `Synthetic drafted person ${uniqueTag()}`, status: "IN_REVIEW" });
    expect(person).toMatchObject({ ok: true, data: { status: "IN_REVIEW" } });
    // Memberships go live without review, so they are the editors' to write.
    const target = await createPerson();
    expect(await createMembershipAction({ personId: target.id, body: "NPC", fromYear: "2018", toYear: "", endReason: "", note: "" })).toMatchObject({ ok: false });
    expect(await db.membership.count({ where: { personId: target.id } })).toBe(0);
  });

  it("refuses a stale save with a conflict and hands back the saved version to merge", async () => {
    actAs(await createStaffUser("EDITOR"));
    const created = await createTopicAction({ ...newTopic, nameEn: `Synthetic merged topic ${uniqueTag()}` });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const id = created.data.id;
    const values = { ...newTopic, nameEn: "Synthetic first save", version: 1, id };
    expect(await updateTopicAction({ ...values, descriptionEn: "First." })).toMatchObject({ ok: true });
    const stale = await updateTopicAction({ ...values, descriptionEn: "Second, typed at the same time." });
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
    const latest = await getLatestRecordAction({ type: "Topic", id });
    expect(latest).toMatchObject({ ok: true, data: { version: 2, values: { descriptionEn: "First." } } });
    expect(await updateTopicAction({ ...values, descriptionEn: "Second, typed at the same time.", version: 2 })).toMatchObject({ ok: true, data: { version: 3 } });
  });

  it("restores from history only for those who may edit the record", async () => {
    actAs(await createStaffUser("EDITOR"));
    const created = await createPersonAction({ ...newPerson, nameEn: `Synthetic history person ${uniqueTag()}`, bioEn: "Old biography." });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const id = created.data.id;
    await updatePersonAction({ ...newPerson, id, nameEn: "Synthetic history person, renamed", bioEn: "New biography.", status: "PUBLISHED", version: 1 });
    actAs(await createStaffUser("REPORTER"));
    expect(await restoreRevisionAction({ type: "Person", id, revision: 1, expectedVersion: 2 })).toMatchObject({ ok: false });
    actAs(await createStaffUser("EDITOR"));
    expect(await restoreRevisionAction({ type: "Person", id, revision: 1, expectedVersion: 2 })).toMatchObject({ ok: true, data: { version: 3, status: "PUBLISHED" } });
    expect(await db.person.findUniqueOrThrow({ where: { id } })).toMatchObject({ bioEn: "Old biography.", status: "PUBLISHED" });
    expect(await emptyTrashAction({})).toMatchObject({ ok: false, formError: "You do not have permission to do that." });
  });

  it("lets only admins manage accounts, keeps hashes out of the audit log, and never locks out the last admin", async () => {
    actAs(await createStaffUser("EDITOR"));
    const email = `synthetic-new-${uniqueTag()}@example.test`;
    expect(await createUserAction({ email, name: "Synthetic newcomer", role: "REPORTER", password: staffPassword })).toMatchObject({ ok: false });
    const admin = await createStaffUser("ADMIN");
    actAs(admin);
    expect(await createUserAction({ email, name: "Synthetic newcomer", role: "REPORTER", password: "short" })).toMatchObject({ ok: false, fieldErrors: { password: [expect.any(String)] } });
    const created = await createUserAction({ email, name: "Synthetic newcomer", role: "REPORTER", password: staffPassword });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const id = created.data.id;
    expect(await createUserAction({ email, name: "Twin", role: "REPORTER", password: staffPassword })).toMatchObject({ ok: false, fieldErrors: { email: [expect.any(String)] } });
    expect(await changeRoleAction({ id, role: "EDITOR" })).toMatchObject({ ok: true });
    expect(await setDisabledAction({ id, disabled: true })).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id } })).disabledAt).not.toBeNull();
    expect(await setDisabledAction({ id: admin.id, disabled: true })).toMatchObject({ ok: false });
    const entries = await db.auditEntry.findMany({ where: { entityId: id }, orderBy: { at: "asc" } });
    expect(entries.map((e) => e.action)).toEqual(["user.create", "user.change_role", "user.disable"]);
    expect(JSON.stringify(entries)).not.toContain("passwordHash");
  });

  it("changes one's own password only with the current one", async () => {
    const user = await createStaffUser("REPORTER");
    actAs(user);
    const next = "Another-synthetic-pass-9!";
    expect(await changeOwnPasswordAction({ currentPassword: "wrong", newPassword: next, confirmPassword: next })).toMatchObject({
      ok: false, fieldErrors: { currentPassword: [expect.any(String)] },
    });
    expect(await changeOwnPasswordAction({ currentPassword: staffPassword, newPassword: next, confirmPassword: next })).toMatchObject({ ok: true });
    expect(await verifyPassword(next, (await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash)).toBe(true);
  });

  it("shows who holds an edit lock, allows a logged take-over, and lets an expired lock go", async () => {
    const first = await createStaffUser("EDITOR");
    const second = await createStaffUser("EDITOR");
    const id = `synthetic-${uniqueTag()}`;
    actAs(first);
    expect(await claimEditLock("Topic", id)).toMatchObject({ held: true });
    actAs(second);
    expect(await claimEditLock("Topic", id)).toMatchObject({ held: false, holderName: first.name });
    expect(await claimEditLock("Topic", id, false, new Date(Date.now() + lockTtlMs + 1000))).toMatchObject({ held: true });
    actAs(first);
    expect(await claimEditLock("Topic", id, true)).toMatchObject({ held: true });
    expect(await db.auditEntry.count({ where: { entityId: id, action: "lock.take_over", actorId: first.id } })).toBe(1);
  });

  it("counts a referral as overdue by its ministry until a reply arrives", async () => {
    actAs(await createStaffUser("EDITOR"));
    const ministry = await createOrganization("MINISTRY");
    const submission = await createSubmission();
    const referral = await referralRecord.create({ submissionId: submission.id, ministryId: ministry.id, role: "LEAD", referredOn: "2001-01-10", status: "DRAFT" });
    const overdue = (await overdueByMinistry()).find((m) => m.ministryId === ministry.id);
    expect(overdue?.items.map((i) => [i.referralId, i.dueOn.toISOString().slice(0, 10)])).toEqual([[referral.id, "2001-04-10"]]);
    await replyRecord.create({
      referralId: referral.id, repliedOn: "2001-05-01", referenceNumber: null, result: "B", summaryEn: null, summaryZh: null,
      textEn: null, textZh: null, signalEn: null, signalZh: null, sources: [], status: "DRAFT",
    });
    expect((await overdueByMinistry()).find((m) => m.ministryId === ministry.id)).toBeUndefined();
  });

  it("adds dated public corrections to published records only, by editors", async () => {
    const draft = await createPerson();
    const published = await createPerson({ status: "PUBLISHED" });
    const note = { correctedOn: "2022-04-01", note: "An earlier version misspelled the name. 更正：姓名拼写。" };
    actAs(await createStaffUser("REPORTER"));
    expect(await addCorrectionAction({ type: "Person", id: published.id, ...note })).toMatchObject({ ok: false });
    actAs(await createStaffUser("EDITOR"));
    expect(await addCorrectionAction({ type: "Person", id: draft.id, ...note })).toMatchObject({ ok: false });
    expect(await addCorrectionAction({ type: "Person", id: published.id, ...note })).toMatchObject({ ok: true });
    expect(await db.correction.findMany({ where: { entityId: published.id } })).toMatchObject([{ note: note.note }]);
    expect(await db.auditEntry.count({ where: { entityId: published.id, action: "correction.create" } })).toBe(1);
  });
});
