import { describe, expect, it } from "vitest";
import { createAngleAction, updateAngleAction } from "@/lib/actions/angles";
import { deleteRecordAction } from "@/lib/actions/records";
import { angleRecord } from "@/lib/data/angles";
import { db } from "@/lib/db";
import { emptyAngle, sourcesNeededMessage, type AngleFormValues } from "@/lib/validation/angle";
import { actAs } from "@/tests/support/acting-user";
import { createOrganization, createStaffUser, createSubmission, uniqueTag } from "@/tests/support/factories";

// Who may do what with an angle: reporters draft and send to review, editors publish; a reporter
// changes only their own angles; the reviewer's part is the editor's. Every refusal leaves the
// database as it was. All data is synthetic.

const source = { title: `Synthetic source ${uniqueTag()}`, publisher: "Synthetic Daily", url: "https://example.org/synthetic", publishedOn: "2022-03-04" };

async function world() {
  const submission = await createSubmission({ status: "PUBLISHED" });
  const organization = await createOrganization("COMPANY", { status: "PUBLISHED" });
  const interest = await db.interest.create({ data: { organizationId: organization.id, kind: "PRODUCT", labelEn: `Synthetic product ${uniqueTag()}` } });
  const { version: _version, ...values } = emptyAngle;
  const input: Omit<AngleFormValues, "version"> = {
    ...values,
    submissionId: submission.id,
    organizationId: organization.id,
    interestId: interest.id,
    rationaleEn: `Synthetic rationale ${uniqueTag()}`,
    sources: [source],
  };
  return { submission, organization, interest, input };
}

function ok<T>(result: { ok: true; data: T } | { ok: false }): T {
  if (!result.ok) throw new Error(`Expected success: ${JSON.stringify(result)}`);
  return result.data;
}

describe("angle permissions", () => {
  it("refuses anonymous visitors and creates nothing", async () => {
    const { input } = await world();
    actAs(null);
    expect(await createAngleAction(input)).toMatchObject({ ok: false });
    expect(await db.angle.count({ where: { rationaleEn: input.rationaleEn } })).toBe(0);
    await expect(angleRecord.create(input as never)).rejects.toThrow();
  });

  it("lets a reporter draft and send to review as the author, but never publish", async () => {
    const { input } = await world();
    const reporter = await createStaffUser("REPORTER");
    actAs(reporter);
    const refused = await createAngleAction({ ...input, status: "PUBLISHED" });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { status: expect.any(Array) } });
    expect(await db.angle.count({ where: { rationaleEn: input.rationaleEn } })).toBe(0);

    const draft = ok(await createAngleAction(input));
    const row = await db.angle.findUniqueOrThrow({ where: { id: draft.id }, select: { authorId: true, status: true, citations: { select: { source: { select: { title: true } } } } } });
    expect(row).toMatchObject({ authorId: reporter.id, status: "DRAFT", citations: [{ source: { title: source.title } }] });

    const review = ok(await updateAngleAction({ ...input, id: draft.id, version: draft.version, status: "IN_REVIEW" }));
    expect(review.status).toBe("IN_REVIEW");
    const publish = await updateAngleAction({ ...input, id: draft.id, version: review.version, status: "PUBLISHED" });
    expect(publish).toMatchObject({ ok: false });
    expect((await db.angle.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("IN_REVIEW");
  });

  it("refuses review or publication without a source, as a field error, in the action and the data layer", async () => {
    const { input } = await world();
    actAs(await createStaffUser("EDITOR"));
    const noSource = { ...input, sources: [], status: "IN_REVIEW" as const };
    expect(await createAngleAction(noSource)).toMatchObject({ ok: false, fieldErrors: { sources: [sourcesNeededMessage] } });
    await expect(angleRecord.create({ ...noSource, status: "PUBLISHED", reviewerComment: null } as never)).rejects.toMatchObject({
      fieldErrors: { sources: [sourcesNeededMessage] },
    });
    expect(await db.angle.count({ where: { rationaleEn: input.rationaleEn } })).toBe(0);
    // A draft may wait for its source.
    expect(await createAngleAction({ ...input, sources: [] })).toMatchObject({ ok: true });
  });

  it("keeps a reporter's hands off another reporter's draft, and off the reviewer's comment", async () => {
    const { input } = await world();
    const author = await createStaffUser("REPORTER");
    actAs(author);
    const draft = ok(await createAngleAction(input));
    actAs(await createStaffUser("REPORTER"));
    const other = await updateAngleAction({ ...input, id: draft.id, version: draft.version, rationaleEn: "Synthetic hijack" });
    expect(other).toMatchObject({ ok: false, code: "forbidden" });
    expect(await deleteRecordAction({ type: "Angle", id: draft.id, version: draft.version })).toMatchObject({ ok: false });
    const untouched = await db.angle.findUniqueOrThrow({ where: { id: draft.id } });
    expect(untouched).toMatchObject({ rationaleEn: input.rationaleEn, deletedAt: null, version: draft.version });

    actAs(author);
    const comment = await updateAngleAction({ ...input, id: draft.id, version: draft.version, reviewerComment: "Synthetic self-review" });
    expect(comment).toMatchObject({ ok: false, fieldErrors: { reviewerComment: expect.any(Array) } });
    expect((await db.angle.findUniqueOrThrow({ where: { id: draft.id } })).reviewerComment).toBeNull();
  });

  it("lets an editor comment and publish, becoming the reviewer; then the reporter can no longer edit it", async () => {
    const { input } = await world();
    const reporter = await createStaffUser("REPORTER");
    actAs(reporter);
    const draft = ok(await createAngleAction({ ...input, status: "IN_REVIEW" }));
    const editor = await createStaffUser("EDITOR");
    actAs(editor);
    const published = ok(await updateAngleAction({ ...input, id: draft.id, version: draft.version, status: "PUBLISHED", reviewerComment: "Synthetic: checked the filing." }));
    expect(published.status).toBe("PUBLISHED");
    const row = await db.angle.findUniqueOrThrow({ where: { id: draft.id } });
    expect(row).toMatchObject({ authorId: reporter.id, reviewerId: editor.id, reviewerComment: "Synthetic: checked the filing.", status: "PUBLISHED" });
    expect(row.publishedAt).toBeInstanceOf(Date);
    const audit = await db.auditEntry.findMany({ where: { entityType: "Angle", entityId: draft.id }, select: { action: true, actorId: true } });
    expect(audit.map((entry) => entry.action)).toEqual(expect.arrayContaining(["angle.create", "angle.publish"]));

    actAs(reporter);
    const late = await updateAngleAction({ ...input, id: draft.id, version: published.version, status: "IN_REVIEW", reviewerComment: "Synthetic: checked the filing." });
    expect(late).toMatchObject({ ok: false, code: "forbidden" });

    const admin = await createStaffUser("ADMIN");
    actAs(admin);
    const fixed = ok(await updateAngleAction({ ...input, id: draft.id, version: published.version, status: "PUBLISHED", strength: "DIRECT", reviewerComment: "Synthetic: checked the filing." }));
    expect(fixed.version).toBe(published.version + 1);
    expect((await db.angle.findUniqueOrThrow({ where: { id: draft.id } })).reviewerId).toBe(editor.id);
  });

  it("refuses an interest of another organization and a business angle without an organization", async () => {
    const { input } = await world();
    const stranger = await createOrganization("COMPANY");
    actAs(await createStaffUser("EDITOR"));
    expect(await createAngleAction({ ...input, organizationId: stranger.id })).toMatchObject({ ok: false, fieldErrors: { interestId: expect.any(Array) } });
    expect(await createAngleAction({ ...input, organizationId: "", interestId: "" })).toMatchObject({ ok: false, fieldErrors: { organizationId: expect.any(Array) } });
    expect(await db.angle.count({ where: { rationaleEn: input.rationaleEn } })).toBe(0);
    expect(await createAngleAction({ ...input, kind: "POLICY_ECHO", organizationId: "", interestId: "" })).toMatchObject({ ok: true });
  });
});
