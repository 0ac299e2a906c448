import { describe, expect, it, vi } from "vitest";
import { createSubmissionAction, updateSubmissionAction } from "@/lib/actions/submissions";
import { conflictMessage } from "@/lib/data/submissions";
import { db } from "@/lib/db";
import { partyRef, type CreateSubmissionFormValues } from "@/lib/validation/submission";
import { actAs } from "@/tests/support/acting-user";
import { createPerson, createSession, createStaffUser, createTopic } from "@/tests/support/factories";

// The submission actions end to end against a real database: who may do what, what a refusal
// leaves behind (nothing), and what a save writes (row, revision, audit entry).

// Outside a Next request there is no cache to revalidate; the actions' own logic is under test.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

async function world() {
  const session = await createSession();
  const person = await createPerson();
  return { session, person };
}

function values(
  ctx: { session: { id: string }; person: { id: string } },
  overrides: Partial<CreateSubmissionFormValues> = {},
): CreateSubmissionFormValues {
  return {
    sessionId: ctx.session.id,
    body: "CPPCC",
    officialNumber: "",
    titleEn: "Speed up the digital economy",
    titleZh: "",
    titleIsQuote: false,
    summaryEn: "",
    summaryZh: "",
    fullTextEn: "",
    fullTextZh: "",
    textProvenance: "MEDIA_REPORT",
    isComplex: false,
    submitters: [{ party: partyRef("person", ctx.person.id) }],
    cosigners: [],
    topicIds: [],
    sources: [],
    status: "DRAFT",
    ...overrides,
  };
}

// Other files write to the same database at the same time, so "nothing was written" is checked on
// rows only this test could have made: its own session, its own user, its own source title.
const countIn = (sessionId: string) => db.submission.count({ where: { sessionId } });
const sourceNamed = (title: string) => ({ title, publisher: "Synthetic wire", url: "https://example.org/s", publishedOn: "" });
/** Revisions and audit entries by `userId`, and sources/citations with the test's own title. */
async function writesBy(userId: string, sourceTitle: string) {
  return Promise.all([
    db.revision.count({ where: { authorId: userId } }),
    db.auditEntry.count({ where: { actorId: userId } }),
    db.source.count({ where: { title: sourceTitle } }),
    db.citation.count({ where: { source: { title: sourceTitle } } }),
  ]);
}

describe("createSubmissionAction", () => {
  it("refuses an anonymous caller and writes nothing", async () => {
    const ctx = await world();
    const title = `Anonymous source ${ctx.session.id}`;
    const result = await createSubmissionAction(values(ctx, { sources: [sourceNamed(title)] }));
    expect(result).toMatchObject({ ok: false, formError: expect.stringMatching(/sign in/i) });
    // No submission in the session means no revision or audit entry about one either.
    expect(await countIn(ctx.session.id)).toBe(0);
    expect(await db.source.count({ where: { title } })).toBe(0);
  });

  it("refuses a reporter who tries to publish, with a clear error, and writes nothing", async () => {
    const ctx = await world();
    const reporter = await createStaffUser("REPORTER");
    actAs(reporter);
    const title = `Reporter source ${ctx.session.id}`;
    const result = await createSubmissionAction(values(ctx, { status: "PUBLISHED", sources: [sourceNamed(title)] }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.formError).toMatch(/only editors can publish/i);
    expect(result.fieldErrors?.status).toBeDefined();
    expect(await countIn(ctx.session.id)).toBe(0);
    expect(await writesBy(reporter.id, title)).toEqual([0, 0, 0, 0]);
  });

  it("lets a reporter save a draft", async () => {
    const ctx = await world();
    const reporter = await createStaffUser("REPORTER");
    actAs(reporter);
    const result = await createSubmissionAction(values(ctx, { status: "IN_REVIEW" }));
    expect(result).toMatchObject({ ok: true, data: { status: "IN_REVIEW", version: 1 } });
    const row = await db.submission.findFirstOrThrow({ where: { sessionId: ctx.session.id } });
    expect(row.publishedAt).toBeNull();
    expect(row.slug).toMatch(new RegExp(`^${ctx.session.year}-synthetic-person-`));
  });

  it("lets an editor publish: status, publishedAt, parties, topics, sources, revision and audit entry", async () => {
    const ctx = await world();
    const editor = await createStaffUser("EDITOR");
    const cosigner = await createPerson();
    const topic = await createTopic();
    actAs(editor);
    const result = await createSubmissionAction(
      values(ctx, {
        status: "PUBLISHED",
        cosigners: [{ party: partyRef("person", cosigner.id) }],
        topicIds: [topic.id],
        sources: [{ title: `Report ${ctx.session.id}`, publisher: "Caixin", url: "https://example.org/a", publishedOn: "2022-03-05" }],
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const row = await db.submission.findUniqueOrThrow({
      where: { id: result.data.id },
      include: { parties: true, topics: true, citations: { include: { source: true } } },
    });
    expect(row.status).toBe("PUBLISHED");
    expect(row.publishedAt).toBeInstanceOf(Date);
    expect(row.parties.map((p) => [p.role, p.personId])).toEqual(
      expect.arrayContaining([["SUBMITTER", ctx.person.id], ["COSIGNER", cosigner.id]]),
    );
    expect(row.topics.map((t) => t.topicId)).toEqual([topic.id]);
    expect(row.citations[0].source).toMatchObject({ publisher: "Caixin", url: "https://example.org/a" });
    const revision = await db.revision.findUniqueOrThrow({
      where: { entityType_entityId_version: { entityType: "Submission", entityId: row.id, version: 1 } },
    });
    expect(revision.authorId).toBe(editor.id);
    expect(revision.data).toMatchObject({ titleEn: "Speed up the digital economy", status: "PUBLISHED" });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityType: "Submission", entityId: row.id } });
    expect(audit).toMatchObject({ actorId: editor.id, action: "submission.create" });
  });

  it("returns field errors for a missing title, a bad URL and no submitter, and writes nothing", async () => {
    const ctx = await world();
    const editor = await createStaffUser("EDITOR");
    actAs(editor);
    const title = `Invalid source ${ctx.session.id}`;
    const result = await createSubmissionAction(
      values(ctx, {
        titleEn: "   ",
        titleZh: "",
        submitters: [],
        sources: [{ ...sourceNamed(title), url: "javascript:alert(1)" }],
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {})).toEqual(
      expect.arrayContaining(["titleEn", "sources.0.url", "submitters"]),
    );
    expect(await countIn(ctx.session.id)).toBe(0);
    expect(await writesBy(editor.id, title)).toEqual([0, 0, 0, 0]);
  });

  it("reports a duplicate official number in the same session and body on officialNumber", async () => {
    const ctx = await world();
    actAs(await createStaffUser("EDITOR"));
    expect((await createSubmissionAction(values(ctx, { officialNumber: "0042" }))).ok).toBe(true);
    const clash = await createSubmissionAction(values(ctx, { officialNumber: " 0042 ", titleEn: "Another one" }));
    expect(clash.ok).toBe(false);
    if (clash.ok) return;
    expect(clash.fieldErrors?.officialNumber?.[0]).toMatch(/0042 is already recorded/);
    // The same number in the other body is a different item.
    expect((await createSubmissionAction(values(ctx, { officialNumber: "0042", body: "NPC" }))).ok).toBe(true);
    expect(await countIn(ctx.session.id)).toBe(2);
  });
});

describe("updateSubmissionAction", () => {
  it("refuses a stale version with the conflict message and leaves the row unchanged", async () => {
    const ctx = await world();
    actAs(await createStaffUser("EDITOR"));
    const created = await createSubmissionAction(values(ctx));
    if (!created.ok) throw new Error("create failed");
    const id = created.data.id;
    const first = await updateSubmissionAction({ ...values(ctx, { titleEn: "First editor's title" }), id, version: 1 });
    expect(first).toMatchObject({ ok: true, data: { version: 2 } });

    const stale = await updateSubmissionAction({ ...values(ctx, { titleEn: "Second editor's title" }), id, version: 1 });
    expect(stale).toEqual({ ok: false, formError: conflictMessage, fieldErrors: {}, code: "conflict" });
    const row = await db.submission.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ titleEn: "First editor's title", version: 2 });
    expect(await db.revision.count({ where: { entityId: id } })).toBe(2);
  });

  it("keeps reporters off published records and from publishing their drafts", async () => {
    const ctx = await world();
    actAs(await createStaffUser("EDITOR"));
    const published = await createSubmissionAction(values(ctx, { status: "PUBLISHED" }));
    const draft = await createSubmissionAction(values(ctx, { titleEn: "A draft" }));
    if (!published.ok || !draft.ok) throw new Error("create failed");

    actAs(await createStaffUser("REPORTER"));
    const edit = await updateSubmissionAction({ ...values(ctx, { titleEn: "Changed" }), id: published.data.id, version: 1 });
    expect(edit).toMatchObject({ ok: false, formError: expect.stringMatching(/only an editor/i) });
    const publish = await updateSubmissionAction({ ...values(ctx, { status: "PUBLISHED" }), id: draft.data.id, version: 1 });
    expect(publish).toMatchObject({ ok: false, fieldErrors: { status: expect.any(Array) } });
    const rows = await db.submission.findMany({ where: { sessionId: ctx.session.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.titleEn, r.status, r.version])).toEqual([
      ["Speed up the digital economy", "PUBLISHED", 1],
      ["A draft", "DRAFT", 1],
    ]);
  });

  it("sets publishedAt when first published and keeps it on later saves", async () => {
    const ctx = await world();
    actAs(await createStaffUser("EDITOR"));
    const created = await createSubmissionAction(values(ctx));
    if (!created.ok) throw new Error("create failed");
    const id = created.data.id;
    await updateSubmissionAction({ ...values(ctx, { status: "PUBLISHED" }), id, version: 1 });
    const firstPublished = (await db.submission.findUniqueOrThrow({ where: { id } })).publishedAt;
    expect(firstPublished).toBeInstanceOf(Date);
    await updateSubmissionAction({ ...values(ctx, { status: "PUBLISHED", isComplex: true }), id, version: 2 });
    const row = await db.submission.findUniqueOrThrow({ where: { id } });
    expect(row.publishedAt?.getTime()).toBe(firstPublished?.getTime());
    const actions = await db.auditEntry.findMany({ where: { entityId: id }, orderBy: [{ at: "asc" }, { id: "asc" }], select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["submission.create", "submission.publish", "submission.update"]);
  });
});
