import { describe, expect, it } from "vitest";
import { referralRecord } from "@/lib/data/referrals";
import { replyRecord } from "@/lib/data/replies";
import { getRecordHistory, getRevisionValues, restoreRevision } from "@/lib/data/records/history";
import { publishDueRecords } from "@/lib/data/records/scheduled";
import { deleteRecord, emptyTrash, listTrash, restoreFromTrash } from "@/lib/data/records/trash";
import { sessionRecord } from "@/lib/data/sessions";
import { topicRecord } from "@/lib/data/topics";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createTopicSchema, updateTopicSchema, type TopicFormValues } from "@/lib/validation/topic";
import { actAs } from "@/tests/support/acting-user";
import {
  actAsNewStaffUser,
  createOrganization,
  createSession,
  createStaffUser,
  createSubmission,
  uniqueTag,
} from "@/tests/support/factories";

// The generic building blocks every record type uses: versions, revisions, audit, workflow,
// scheduling, trash and slug redirects. Topics stand in for the simple record types.

function topicValues(overrides: Partial<TopicFormValues> = {}) {
  const tag = uniqueTag();
  return { slug: "", nameEn: `Synthetic topic ${tag}`, nameZh: "合成话题 🧪", descriptionEn: "", descriptionZh: "", publishAt: "", status: "DRAFT" as const, ...overrides };
}
const create = (values: ReturnType<typeof topicValues>) => topicRecord.create(createTopicSchema.parse(values));
const update = (id: string, values: ReturnType<typeof topicValues> & { version: number }) =>
  topicRecord.update(id, updateTopicSchema.parse({ ...values, id }));

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("record building blocks", () => {
  it("refuses anonymous callers and writes nothing", async () => {
    actAs(null);
    const values = topicValues();
    expect((await refusal(create(values))).code).toBe("unauthenticated");
    expect(await db.topic.count({ where: { nameEn: values.nameEn } })).toBe(0);
  });

  it("lets a reporter draft and send to review, but not publish or schedule", async () => {
    const reporter = await actAsNewStaffUser("REPORTER");
    const values = topicValues();
    const saved = await create(values);
    expect(saved.status).toBe("DRAFT");
    const refused = await refusal(update(saved.id, { ...values, status: "PUBLISHED", version: saved.version }));
    expect(refused.code).toBe("forbidden");
    const future = new Date(Date.now() + 86_400_000).toISOString().slice(0, 16);
    await refusal(update(saved.id, { ...values, status: "PUBLISHED", publishAt: future, version: saved.version }));
    const row = await db.topic.findUniqueOrThrow({ where: { id: saved.id } });
    expect(row).toMatchObject({ status: "DRAFT", version: 1, publishAt: null, nameZh: "合成话题 🧪" });
    const reviewed = await update(saved.id, { ...values, status: "IN_REVIEW", version: 1 });
    expect(reviewed).toMatchObject({ status: "IN_REVIEW", version: 2 });
    const audit = await db.auditEntry.findMany({ where: { entityId: saved.id }, orderBy: { at: "asc" } });
    expect(audit.map((entry) => [entry.action, entry.actorId])).toEqual([
      ["topic.create", reporter.id],
      ["topic.submit_for_review", reporter.id],
    ]);
  });

  it("refuses a stale save, keeps the newer version and writes no revision for it", async () => {
    actAs(await createStaffUser("EDITOR"));
    const values = topicValues();
    const saved = await create(values);
    await update(saved.id, { ...values, nameEn: `${values.nameEn} (first editor)`, version: 1 });
    const stale = await refusal(update(saved.id, { ...values, nameEn: `${values.nameEn} (second editor)`, version: 1 }));
    expect(stale.code).toBe("conflict");
    const row = await db.topic.findUniqueOrThrow({ where: { id: saved.id } });
    expect(row).toMatchObject({ nameEn: `${values.nameEn} (first editor)`, version: 2 });
    expect(await db.revision.count({ where: { entityId: saved.id } })).toBe(2);
  });

  it("restores an old revision as a new one, keeping today's status", async () => {
    actAs(await createStaffUser("EDITOR"));
    const values = topicValues({ descriptionEn: "Original words." });
    const saved = await create(values);
    await update(saved.id, { ...values, descriptionEn: "Rewritten words.", status: "PUBLISHED", version: 1 });
    expect((await getRevisionValues("Topic", saved.id, 1))?.descriptionEn).toBe("Original words.");
    await expect(restoreRevision("Topic", saved.id, 1, 1)).rejects.toMatchObject({ code: "conflict" });
    const restored = await restoreRevision("Topic", saved.id, 1, 2);
    expect(restored).toMatchObject({ version: 3, status: "PUBLISHED" });
    expect(await db.topic.findUniqueOrThrow({ where: { id: saved.id } })).toMatchObject({ descriptionEn: "Original words.", status: "PUBLISHED" });
    const history = await getRecordHistory("Topic", saved.id);
    expect(history?.revisions.map((revision) => [revision.version, revision.action])).toEqual([
      [3, "topic.restore_revision"], [2, "topic.publish"], [1, "topic.create"],
    ]);
    const actions = (await db.auditEntry.findMany({ where: { entityId: saved.id }, orderBy: { at: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["topic.create", "topic.publish", "topic.restore_revision"]);
  });

  it("keeps a published record public until it is unpublished", async () => {
    actAs(await createStaffUser("EDITOR"));
    const values = topicValues({ status: "PUBLISHED" });
    const saved = await create(values);
    await expect(update(saved.id, { ...values, status: "DRAFT", version: 1 })).rejects.toThrow(/unpublished/);
    expect(await update(saved.id, { ...values, status: "UNPUBLISHED", version: 1 })).toMatchObject({ status: "UNPUBLISHED" });
  });

  it("schedules publication for a future time and publishes it once due", async () => {
    const editor = await createStaffUser("EDITOR");
    actAs(editor);
    const at = new Date(Date.now() + 3_600_000);
    const values = topicValues({ status: "PUBLISHED", publishAt: at.toISOString().slice(0, 16) });
    const saved = await create(values);
    const waiting = await db.topic.findUniqueOrThrow({ where: { id: saved.id } });
    expect(waiting).toMatchObject({ status: "IN_REVIEW", publishedAt: null });
    expect(waiting.publishAt?.toISOString().slice(0, 16)).toBe(at.toISOString().slice(0, 16));
    await publishDueRecords(new Date());
    expect((await db.topic.findUniqueOrThrow({ where: { id: saved.id } })).status).toBe("IN_REVIEW");
    // Scheduling is an editor's decision: a reporter cannot change (or quietly unschedule) it.
    actAs(await createStaffUser("REPORTER"));
    expect((await refusal(update(saved.id, { ...values, status: "IN_REVIEW", publishAt: "", version: 1 }))).code).toBe("forbidden");
    actAs(editor);
    await publishDueRecords(new Date(at.getTime() + 120_000));
    const published = await db.topic.findUniqueOrThrow({ where: { id: saved.id } });
    expect(published).toMatchObject({ status: "PUBLISHED", publishAt: null, version: 2 });
    const last = await db.auditEntry.findFirstOrThrow({ where: { entityId: saved.id }, orderBy: { at: "desc" } });
    expect(last).toMatchObject({ action: "topic.publish_scheduled", actorId: null });
    await expect(create(topicValues({ status: "PUBLISHED", publishAt: "2001-01-01T00:00" }))).rejects.toMatchObject({
      fieldErrors: { publishAt: [expect.stringMatching(/future/)] },
    });
  });

  it("keeps an old address answering after a rename", async () => {
    actAs(await createStaffUser("EDITOR"));
    const values = topicValues();
    const saved = await create(values);
    const oldSlug = (await db.topic.findUniqueOrThrow({ where: { id: saved.id } })).slug;
    await update(saved.id, { ...values, slug: `${oldSlug}-renamed`, version: 1 });
    expect(await db.slugRedirect.findUnique({ where: { entityType_oldSlug: { entityType: "Topic", oldSlug } } })).toMatchObject({ entityId: saved.id });
    // Another topic may not take the old address: it is still cited for this one.
    await expect(create(topicValues({ slug: oldSlug }))).rejects.toMatchObject({ fieldErrors: { slug: [expect.any(String)] } });
  });

  it("trashes, says where a record is still used, restores, and only admins empty the trash", async () => {
    const editor = await createStaffUser("EDITOR");
    actAs(editor);
    const session = await createSession();
    await createSubmission({ session, titleEn: "Synthetic submission that uses the session" });
    const used = await refusal(deleteRecord("Session", session.id, 1));
    expect(used.message).toMatch(/Synthetic submission that uses the session/);

    const saved = await create(topicValues());
    await deleteRecord("Topic", saved.id, 1);
    expect((await listTrash()).some((item) => item.id === saved.id)).toBe(true);
    await restoreFromTrash("Topic", saved.id);
    expect((await db.topic.findUniqueOrThrow({ where: { id: saved.id } })).deletedAt).toBeNull();
    await deleteRecord("Topic", saved.id, 3);
    expect((await refusal(emptyTrash())).code).toBe("forbidden");
    actAs(await createStaffUser("ADMIN"));
    await emptyTrash();
    expect(await db.topic.findUnique({ where: { id: saved.id } })).toBeNull();
    const actions = (await db.auditEntry.findMany({ where: { entityId: saved.id }, orderBy: { at: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["topic.create", "topic.trash", "topic.restore", "topic.trash", "topic.purge"]);
  });

  it("derives a referral's due date and refuses a reply that predates it", async () => {
    actAs(await createStaffUser("EDITOR"));
    const ministry = await createOrganization("MINISTRY");
    const plain = await createSubmission();
    const complex = await createSubmission({ isComplex: true });
    const base = { ministryId: ministry.id, role: "LEAD" as const, referredOn: "2022-03-31", status: "DRAFT" as const };
    const first = await referralRecord.create({ ...base, submissionId: plain.id });
    const second = await referralRecord.create({ ...base, submissionId: complex.id });
    expect((await db.referral.findUniqueOrThrow({ where: { id: first.id } })).dueOn.toISOString().slice(0, 10)).toBe("2022-06-30");
    expect((await db.referral.findUniqueOrThrow({ where: { id: second.id } })).dueOn.toISOString().slice(0, 10)).toBe("2022-09-30");
    await expect(referralRecord.create({ ...base, submissionId: plain.id })).rejects.toMatchObject({ fieldErrors: { ministryId: [expect.any(String)] } });

    const reply = { referralId: first.id, referenceNumber: "合成-1", result: null, summaryEn: null, summaryZh: "答复摘要", textEn: null, textZh: null, signalEn: null, signalZh: null, sources: [], status: "DRAFT" as const };
    await expect(replyRecord.create({ ...reply, repliedOn: "2022-03-30" })).rejects.toMatchObject({
      fieldErrors: { repliedOn: [expect.stringMatching(/predate/)] },
    });
    const saved = await replyRecord.create({ ...reply, repliedOn: "2022-03-31" });
    expect(await db.reply.findUniqueOrThrow({ where: { id: saved.id } })).toMatchObject({ summaryZh: "答复摘要", referenceNumber: "合成-1" });
  });

  it("refuses a second session for the same year", async () => {
    actAs(await createStaffUser("EDITOR"));
    const existing = await createSession();
    const values = { year: existing.year, startsOn: `${existing.year}-03-05`, endsOn: `${existing.year}-03-11`, npcTerm: 1, npcSession: 1, cppccTerm: 1, cppccSession: 1, officialNpcHandled: null, officialCppccHandled: null, notesEn: null, notesZh: null, publishAt: null, status: "DRAFT" as const };
    await expect(sessionRecord.create(values)).rejects.toMatchObject({ fieldErrors: { year: [expect.any(String)] } });
  });
});

describe("trash for submissions", () => {
  it("moves a submission to the trash and back", async () => {
    actAs(await createStaffUser("EDITOR"));
    const submission = await createSubmission();
    await deleteRecord("Submission", submission.id, 1);
    expect((await db.submission.findUniqueOrThrow({ where: { id: submission.id } })).deletedAt).not.toBeNull();
    await expect(deleteRecord("Submission", submission.id, 2)).rejects.toThrow(/already in the trash/);
    await restoreFromTrash("Submission", submission.id);
    expect(await db.submission.findUniqueOrThrow({ where: { id: submission.id } })).toMatchObject({ deletedAt: null, version: 3 });
  });
});

describe("admin lists", () => {
  it("search by pinyin and alias, filter by status, and link public records to their pages", async () => {
    const { listRecords } = await import("@/lib/data/records/list");
    actAs(await createStaffUser("REPORTER"));
    const tag = uniqueTag();
    const { createPerson } = await import("@/tests/support/factories");
    const published = await createPerson({ pinyin: `Hecheng ${tag}`, aliases: [`Alias-${tag}`], status: "PUBLISHED" });
    await createPerson({ pinyin: `Hecheng ${tag} two` });
    const byPinyin = await listRecords("Person", { q: `hecheng ${tag}` });
    expect(byPinyin.total).toBe(2);
    const byAlias = await listRecords("Person", { q: `Alias-${tag}` });
    expect(byAlias.rows.map((row) => [row.id, row.publicHref])).toEqual([[published.id, `/people/${published.slug}`]]);
    const drafts = await listRecords("Person", { q: `hecheng ${tag}`, status: "DRAFT" });
    expect(drafts.rows.map((row) => row.publicHref)).toEqual([null]);
  });
});

describe("history of seeded records", () => {
  it("keeps the state before the first save of a record that had no revision", async () => {
    const { personRecord } = await import("@/lib/data/people");
    const { updatePersonSchema } = await import("@/lib/validation/person");
    const { createPerson } = await import("@/tests/support/factories");
    actAs(await createStaffUser("EDITOR"));
    const person = await createPerson({ bioEn: "Seeded biography." });
    const values = personRecord.definition.toValues(await personRecord.snapshot(db, person.id));
    await personRecord.update(person.id, updatePersonSchema.parse({ ...values, id: person.id, bioEn: "Edited biography." }));
    const history = await getRecordHistory("Person", person.id);
    expect(history?.revisions.map((r) => [r.version, r.authorName === null])).toEqual([[2, false], [1, true]]);
    expect((await getRevisionValues("Person", person.id, 1))?.bioEn).toBe("Seeded biography.");
  });
});
