import { beforeEach, describe, expect, it } from "vitest";
import { mergeRecordsAction } from "@/lib/actions/merge";
import { previewMerge } from "@/lib/data/merge/merge";
import { relationMovers } from "@/lib/data/merge/moves";
import { redirectFromOldSlugOrNotFound } from "@/lib/data/public/redirects";
import { db } from "@/lib/db";
import { personHref } from "@/lib/format/links";
import { actAs } from "@/tests/support/acting-user";
import { createOrganization, createPerson, createStaffUser, createSubmission, createTopic, uniqueTag } from "@/tests/support/factories";
import { createReferral } from "@/tests/support/referral-factories";

// Merging duplicates (issue 7, item 4): every reference moves, collisions fold into one row, the
// old address answers 308 with the kept record, the search index and the audit log follow, and
// only editors and admins may do it.

const published = { status: "PUBLISHED" } as const;

async function source(tag: string) {
  return db.source.create({ data: { title: `Synthetic source ${tag}`, publisher: "Synthetic publisher" } });
}

describe("the merge handles every relation of Person and Organization", { timeout: 60_000 }, () => {
  it("has a mover for each relation field the Prisma schema gives them", () => {
    // The generated client's own data model (from schema.prisma): a relation added to Person or
    // Organization without a mover in lib/data/merge/moves.ts fails here, before it can be lost
    // (a citation would otherwise be cascade-deleted with the duplicate).
    const model = (db as unknown as { _runtimeDataModel?: { models: Record<string, { fields: Array<{ name: string; kind: string }> }> } })._runtimeDataModel;
    expect(model, "Prisma's runtime data model is not where this test looks for it").toBeDefined();
    for (const type of ["Person", "Organization"] as const) {
      const relations = model!.models[type].fields.filter((field) => field.kind === "object").map((field) => field.name).sort();
      expect(relations.length).toBeGreaterThan(0);
      expect(Object.keys(relationMovers[type]).sort(), `relations of ${type}`).toEqual(relations);
    }
  });
});

describe("merging two people", { timeout: 60_000 }, () => {
  beforeEach(() => actAs(null));

  it("moves every reference, folds collisions, keeps the names as aliases, redirects, reindexes and audits", async () => {
    const tag = uniqueTag();
    const keep = await createPerson({ ...published, nameEn: `Synthetic Keeper ${tag}`, nameZh: "合成保留", aliases: ["Keeper"] });
    const duplicate = await createPerson({ ...published, nameEn: `Synthetic Duplicate ${tag}`, nameZh: "合成重复", pinyin: "Hecheng Chongfu", aliases: ["Dupe", "Keeper"] });
    const company = await createOrganization("COMPANY", published);
    const shared = await createSubmission(published);
    const onlyDuplicate = await createSubmission(published);
    const src = await source(tag);
    await db.submissionParty.createMany({
      data: [
        { submissionId: shared.id, personId: keep.id, role: "COSIGNER", position: 1 },
        { submissionId: shared.id, personId: duplicate.id, role: "SUBMITTER", position: 0 },
        { submissionId: onlyDuplicate.id, personId: duplicate.id, role: "SUBMITTER" },
      ],
    });
    const keptSeat = await db.membership.create({ data: { personId: keep.id, body: "CPPCC", fromYear: 2018, toYear: 2022 } });
    const sameSeat = await db.membership.create({ data: { personId: duplicate.id, body: "CPPCC", fromYear: 2018, toYear: 2022 } });
    const otherSeat = await db.membership.create({ data: { personId: duplicate.id, body: "NPC", fromYear: 2013, toYear: 2017 } });
    const role = await db.affiliation.create({ data: { personId: duplicate.id, organizationId: company.id, title: "Founder" } });
    await db.citation.createMany({
      data: [
        { sourceId: src.id, personId: keep.id },
        { sourceId: src.id, personId: duplicate.id },
        { sourceId: src.id, personId: duplicate.id, locator: "p. 2" },
        { sourceId: src.id, membershipId: sameSeat.id },
      ],
    });
    await db.correction.create({ data: { entityType: "Person", entityId: duplicate.id, note: "Synthetic correction", correctedOn: new Date() } });
    await db.slugRedirect.create({ data: { entityType: "Person", oldSlug: `${duplicate.slug}-older`, entityId: duplicate.id } });

    const editor = await createStaffUser("EDITOR");
    actAs(editor);
    const preview = await previewMerge({ type: "Person", keepId: keep.id, duplicateId: duplicate.id });
    const count = (relation: string) => preview.relations.find((r) => r.relation === relation)!;
    expect(count("parties")).toMatchObject({ moved: expect.any(Array), merged: expect.any(Array) });
    expect([count("parties").moved.length, count("parties").merged.length]).toEqual([1, 1]);
    expect([count("memberships").moved.length, count("memberships").merged.length]).toEqual([1, 1]);
    expect(preview.newAliases).toEqual([`Synthetic Duplicate ${tag}`, "合成重复", "Hecheng Chongfu", "Dupe"]);
    // The preview changed nothing.
    expect(await db.person.findUnique({ where: { id: duplicate.id } })).not.toBeNull();
    expect(await db.submissionParty.count({ where: { personId: duplicate.id } })).toBe(2);

    const result = await mergeRecordsAction({ type: "Person", keepId: keep.id, duplicateId: duplicate.id, keepVersion: keep.version, duplicateVersion: duplicate.version });
    if (!result.ok) throw new Error(JSON.stringify(result));

    expect(await db.person.findUnique({ where: { id: duplicate.id } })).toBeNull();
    const kept = await db.person.findUniqueOrThrow({ where: { id: keep.id } });
    expect(kept.aliases).toEqual(["Keeper", `Synthetic Duplicate ${tag}`, "合成重复", "Hecheng Chongfu", "Dupe"]);
    expect(kept.version).toBe(keep.version + 1);
    // One party per submission, the stronger role kept.
    const parties = await db.submissionParty.findMany({ where: { submissionId: { in: [shared.id, onlyDuplicate.id] } }, select: { submissionId: true, personId: true, role: true } });
    expect(parties).toHaveLength(2);
    expect(parties.every((party) => party.personId === keep.id)).toBe(true);
    expect(parties.find((party) => party.submissionId === shared.id)?.role).toBe("SUBMITTER");
    const seats = await db.membership.findMany({ where: { personId: keep.id }, select: { id: true } });
    expect(seats.map((seat) => seat.id).sort()).toEqual([keptSeat.id, otherSeat.id].sort());
    expect(await db.citation.count({ where: { membershipId: keptSeat.id } })).toBe(1);
    expect((await db.affiliation.findUniqueOrThrow({ where: { id: role.id } })).personId).toBe(keep.id);
    expect(await db.citation.count({ where: { personId: keep.id } })).toBe(2);
    expect(await db.correction.count({ where: { entityType: "Person", entityId: keep.id } })).toBe(1);

    // Both of the duplicate's addresses now lead to the kept person with a 308.
    for (const old of [duplicate.slug, `${duplicate.slug}-older`]) {
      const redirect = await redirectFromOldSlugOrNotFound("Person", old, personHref).catch((error: { digest?: string; message?: string }) => error.digest ?? String(error));
      expect(redirect).toContain(`;${personHref(keep.slug)};308`);
    }

    // The search index: the duplicate is gone, the kept person found by the duplicate's name.
    expect(await db.searchDocument.count({ where: { kind: "person", entityId: duplicate.id } })).toBe(0);
    const doc = await db.searchDocument.findFirstOrThrow({ where: { kind: "person", entityId: keep.id } });
    expect(doc.haystack).toContain(`synthetic duplicate ${tag}`.toLowerCase());

    // The audit entry holds both records as they were and what moved.
    const audit = await db.auditEntry.findUniqueOrThrow({ where: { id: result.data.auditId } });
    expect(audit).toMatchObject({ action: "person.merge", entityType: "Person", entityId: keep.id, actorId: editor.id });
    const before = audit.before as { duplicate: { nameEn: string }; keep: { nameEn: string } };
    expect(before.duplicate.nameEn).toBe(`Synthetic Duplicate ${tag}`);
    const after = audit.after as { merge: { relations: Array<{ relation: string; moved: string[] }> } };
    expect(after.merge.relations.find((r) => r.relation === "affiliations")?.moved).toEqual([role.id]);
  });

  it("refuses reporters and anonymous visitors, and changes nothing", async () => {
    const keep = await createPerson(published);
    const duplicate = await createPerson(published);
    const input = { type: "Person" as const, keepId: keep.id, duplicateId: duplicate.id, keepVersion: 1, duplicateVersion: 1 };
    for (const who of [null, await createStaffUser("REPORTER")]) {
      actAs(who);
      const result = await mergeRecordsAction(input);
      expect(result.ok).toBe(false);
      await expect(previewMerge(input)).rejects.toThrow();
    }
    expect(await db.person.count({ where: { id: { in: [keep.id, duplicate.id] } } })).toBe(2);
    expect(await db.auditEntry.count({ where: { action: "person.merge", entityId: keep.id } })).toBe(0);
  });

  it("refuses a record merged into itself, across types, and from a stale preview", async () => {
    actAs(await createStaffUser("ADMIN"));
    const person = await createPerson(published);
    const organization = await createOrganization("COMPANY", published);
    const itself = await mergeRecordsAction({ type: "Person", keepId: person.id, duplicateId: person.id, keepVersion: 1, duplicateVersion: 1 });
    expect(itself).toMatchObject({ ok: false, formError: expect.stringContaining("cannot be merged into itself") });
    const across = await mergeRecordsAction({ type: "Person", keepId: person.id, duplicateId: organization.id, keepVersion: 1, duplicateVersion: 1 });
    expect(across).toMatchObject({ ok: false, code: "not_found" });
    const other = await createPerson(published);
    const stale = await mergeRecordsAction({ type: "Person", keepId: person.id, duplicateId: other.id, keepVersion: 1, duplicateVersion: 7 });
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
    expect(await db.person.count({ where: { id: { in: [person.id, other.id] } } })).toBe(2);
    expect(await db.organization.count({ where: { id: organization.id } })).toBe(1);
  });
});

describe("merging two organizations", { timeout: 60_000 }, () => {
  it("moves interests (folding twins and repointing angles), referrals, angles, parties, material topics", async () => {
    const tag = uniqueTag();
    const keep = await createOrganization("MINISTRY", { ...published, nameEn: `Synthetic Ministry ${tag}` });
    const duplicate = await createOrganization("MINISTRY", { ...published, nameEn: `Synthetic Ministry duplicate ${tag}`, nameZh: "合成部" });
    const keptInterest = await db.interest.create({ data: { organizationId: keep.id, kind: "PRODUCT", labelEn: "Batteries" } });
    const twinInterest = await db.interest.create({ data: { organizationId: duplicate.id, kind: "PRODUCT", labelEn: "batteries " } });
    const ownInterest = await db.interest.create({ data: { organizationId: duplicate.id, kind: "MARKET", labelEn: "Rural markets" } });
    const submission = await createSubmission(published);
    const angle = await db.angle.create({ data: { submissionId: submission.id, organizationId: duplicate.id, interestId: twinInterest.id, kind: "BUSINESS_INTEREST", strength: "DIRECT", rationaleEn: "Synthetic" } });
    const referral = await createReferral({ submissionId: submission.id, ministryId: duplicate.id });
    await db.submissionParty.create({ data: { submissionId: submission.id, organizationId: duplicate.id } });
    const [topicA, topicB] = [await createTopic(), await createTopic()];
    await db.materialTopic.createMany({ data: [{ organizationId: keep.id, topicId: topicA.id }, { organizationId: duplicate.id, topicId: topicA.id }, { organizationId: duplicate.id, topicId: topicB.id }] });

    actAs(await createStaffUser("EDITOR"));
    const result = await mergeRecordsAction({ type: "Organization", keepId: keep.id, duplicateId: duplicate.id, keepVersion: keep.version, duplicateVersion: duplicate.version });
    if (!result.ok) throw new Error(JSON.stringify(result));

    expect(await db.organization.findUnique({ where: { id: duplicate.id } })).toBeNull();
    expect(await db.interest.findUnique({ where: { id: twinInterest.id } })).toBeNull();
    expect((await db.interest.findUniqueOrThrow({ where: { id: ownInterest.id } })).organizationId).toBe(keep.id);
    expect(await db.angle.findUniqueOrThrow({ where: { id: angle.id } })).toMatchObject({ organizationId: keep.id, interestId: keptInterest.id });
    expect((await db.referral.findUniqueOrThrow({ where: { id: referral.id } })).ministryId).toBe(keep.id);
    expect(await db.submissionParty.count({ where: { submissionId: submission.id, organizationId: keep.id } })).toBe(1);
    const topics = await db.materialTopic.findMany({ where: { organizationId: keep.id }, select: { topicId: true } });
    expect(topics.map((row) => row.topicId).sort()).toEqual([topicA.id, topicB.id].sort());
    expect((await db.organization.findUniqueOrThrow({ where: { id: keep.id } })).aliases).toEqual([`Synthetic Ministry duplicate ${tag}`, "合成部"]);
    expect(await db.slugRedirect.findUnique({ where: { entityType_oldSlug: { entityType: "Organization", oldSlug: duplicate.slug } } })).toMatchObject({ entityId: keep.id });
  });
});
