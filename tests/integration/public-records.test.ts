import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getPublishedMinistryBySlug } from "@/lib/data/public/ministries";
import { getPublishedOrganizationBySlug } from "@/lib/data/public/organizations";
import { getPublishedPersonBySlug } from "@/lib/data/public/people";
import { findCurrentSlug } from "@/lib/data/public/redirects";
import { getSessionOverview } from "@/lib/data/public/session-overview";
import { getPublishedTopicBySlug } from "@/lib/data/public/topics";
import { createOrganization, createPerson, createSession, createSubmission, createTopic } from "@/tests/support/factories";
import { createReferral, createReply } from "@/tests/support/referral-factories";

// Person, organization, ministry, topic and session pages' data on synthetic rows: only published
// rows count, and the statistics are computed right.

const published = { status: "PUBLISHED" } as const;
const angleOf = (submissionId: string, strength: "DIRECT" | "INDIRECT" | "NONE", extra: object = {}) =>
  db.angle.create({
    data: { submissionId, kind: "BUSINESS_INTEREST", strength, rationaleEn: "Synthetic angle", reviewerComment: "SYNTHETIC-INTERNAL", status: "PUBLISHED", ...extra },
  });

describe("getPublishedPersonBySlug", () => {
  it("returns seats, roles, submissions by year, angle strengths and topics, published only", async () => {
    const [older, newer] = [await createSession(published), await createSession(published)];
    const [early, late] = older.year < newer.year ? [older, newer] : [newer, older];
    const person = await createPerson({ ...published, nameZh: "测试人", pinyin: "Ce Shiren" });
    const company = await createOrganization("COMPANY", published);
    const draftCompany = await createOrganization("COMPANY", { status: "DRAFT" });
    await db.affiliation.createMany({
      data: [
        { personId: person.id, organizationId: company.id, title: "Synthetic founder", fromYear: 2000 },
        { personId: person.id, organizationId: draftCompany.id, title: "Synthetic hidden role" },
      ],
    });
    await db.membership.create({ data: { personId: person.id, body: "NPC", fromYear: 2013, endReason: "Synthetic end" } });
    const topic = await createTopic(published);
    const draftTopic = await createTopic({ status: "DRAFT" });
    const party = { parties: { create: [{ personId: person.id }] } };
    const a = await createSubmission({ ...published, session: early, ...party, topics: { create: [{ topicId: topic.id }] } });
    const b = await createSubmission({ ...published, session: late, body: "CPPCC", ...party, topics: { create: [{ topicId: topic.id }, { topicId: draftTopic.id }] } });
    await createSubmission({ status: "DRAFT", session: late, ...party });
    await createSubmission({ ...published, session: await createSession({ status: "DRAFT" }), ...party });
    await angleOf(a.id, "DIRECT");
    await angleOf(b.id, "INDIRECT");
    await angleOf(b.id, "DIRECT", { status: "DRAFT" });

    const page = await getPublishedPersonBySlug(person.slug);
    expect(page?.submissions.map((item) => item.id)).toEqual([b.id, a.id]);
    expect(page?.byYear).toEqual([
      { year: early.year, counts: { NPC: 1, CPPCC: 0 } },
      { year: late.year, counts: { NPC: 0, CPPCC: 1 } },
    ]);
    expect(page?.angleStrengths).toEqual({ DIRECT: 1, INDIRECT: 1, NONE: 0 });
    expect(page?.submissions[0].strongestAngle).toBe("INDIRECT");
    expect(page?.topics).toEqual([{ slug: topic.slug, nameEn: topic.nameEn, nameZh: null, count: 2 }]);
    expect(page?.affiliations.map((affiliation) => affiliation.organization.slug)).toEqual([company.slug]);
    expect(page?.memberships).toMatchObject([{ body: "NPC", fromYear: 2013, endReason: "Synthetic end" }]);
    expect(JSON.stringify(page)).not.toContain("SYNTHETIC-INTERNAL");
  });

  it("hides drafts and deleted people", async () => {
    const draft = await createPerson({ status: "DRAFT" });
    const deleted = await createPerson({ ...published, deletedAt: new Date() });
    expect(await getPublishedPersonBySlug(draft.slug)).toBeNull();
    expect(await getPublishedPersonBySlug(deleted.slug)).toBeNull();
  });
});

describe("getPublishedOrganizationBySlug", () => {
  it("lists its people, interests and the submissions touching it, saying why", async () => {
    const session = await createSession(published);
    const company = await createOrganization("COMPANY", published);
    const person = await createPerson(published);
    const hiddenPerson = await createPerson({ status: "DRAFT" });
    await db.affiliation.createMany({
      data: [
        { personId: person.id, organizationId: company.id, title: "Synthetic CEO" },
        { personId: hiddenPerson.id, organizationId: company.id, title: "Synthetic hidden" },
      ],
    });
    const interest = await db.interest.create({ data: { organizationId: company.id, labelEn: "Synthetic product", kind: "PRODUCT" } });
    const byPerson = await createSubmission({ ...published, session, parties: { create: [{ personId: person.id }] } });
    const byAngle = await createSubmission({ ...published, session });
    await angleOf(byAngle.id, "DIRECT", { organizationId: company.id, interestId: interest.id });
    const draftAngleOnly = await createSubmission({ ...published, session });
    await angleOf(draftAngleOnly.id, "DIRECT", { organizationId: company.id, status: "DRAFT" });
    await createSubmission({ ...published, session });

    const page = await getPublishedOrganizationBySlug(company.slug);
    expect(page?.people.map((p) => p.person.slug)).toEqual([person.slug]);
    expect(page?.interests.map((i) => i.labelEn)).toEqual(["Synthetic product"]);
    const ids = page?.submissions.map((item) => item.id).sort();
    expect(ids).toEqual([byPerson.id, byAngle.id].sort());
    const angleRow = page?.submissions.find((item) => item.id === byAngle.id);
    expect(angleRow).toMatchObject({ via: ["angle"], strongestAngle: "DIRECT", angles: [{ interest: "Synthetic product" }] });
    expect(page?.submissions.find((item) => item.id === byPerson.id)?.via).toEqual(["person"]);
  });
});

describe("getPublishedMinistryBySlug", () => {
  it("computes reply rate, median, p90, overdue and days late over published referrals only", async () => {
    const session = await createSession({ ...published });
    const ministry = await createOrganization("MINISTRY", published);
    const today = new Date("2022-12-31T00:00:00Z");
    const submission = () => createSubmission({ ...published, session });
    const replied = async (repliedOn: string, result: "A" | "B" | "C" | "D") => {
      const referral = await createReferral({ submissionId: (await submission()).id, ministryId: ministry.id });
      await createReply({ referralId: referral.id, repliedOn, result });
      return referral;
    };
    await replied("2022-04-14", "A"); // 30 days
    await replied("2022-05-14", "B"); // 60 days
    await replied("2022-06-13", "B"); // 90 days
    const late = await replied("2022-07-13", "C"); // 120 days, 28 late
    const overdue = await createReferral({ submissionId: (await submission()).id, ministryId: ministry.id, role: "JOINT" });
    // A draft reply does not answer; a draft referral and one on a draft submission do not count.
    const draftReplied = await createReferral({ submissionId: (await submission()).id, ministryId: ministry.id, role: "REFERENCE", dueOn: "2022-10-31" });
    await createReply({ referralId: draftReplied.id, repliedOn: "2022-05-01", result: "A", status: "DRAFT" });
    await createReferral({ submissionId: (await submission()).id, ministryId: ministry.id, status: "DRAFT" });
    await createReferral({ submissionId: (await createSubmission({ status: "DRAFT", session })).id, ministryId: ministry.id });

    const page = await getPublishedMinistryBySlug(ministry.slug, today);
    expect(page?.statistics).toMatchObject({ received: 6, replied: 4, repliedLate: 1, overdue: 2, pending: 0, medianReplyDays: 75, p90ReplyDays: 120 });
    expect(page?.statistics.replyRate).toBeCloseTo(4 / 6);
    expect(page?.byRole).toEqual({ LEAD: 4, JOINT: 1, REFERENCE: 1 });
    expect(page?.overdue.map((r) => [r.id, r.daysLate])).toEqual([
      [overdue.id, 199],
      [draftReplied.id, 61],
    ]);
    expect(page?.referrals.find((r) => r.id === late.id)).toMatchObject({ state: "replied-late", daysLate: 28, result: "C" });
    expect(page?.resultMix).toEqual([{ year: session.year, counts: { A: 1, B: 2, C: 1, D: 0, unclassed: 0 } }]);
    expect(page?.replyBins.slice(0, 4).map((bin) => bin.count)).toEqual([1, 1, 1, 1]);
  });

  it("is null for a company slug and for a draft ministry", async () => {
    expect(await getPublishedMinistryBySlug((await createOrganization("COMPANY", published)).slug)).toBeNull();
    expect(await getPublishedMinistryBySlug((await createOrganization("MINISTRY", { status: "DRAFT" })).slug)).toBeNull();
  });
});

describe("getPublishedTopicBySlug", () => {
  it("gives submissions over time and who raised them most", async () => {
    const session = await createSession(published);
    const topic = await createTopic(published);
    const [p1, p2] = [await createPerson(published), await createPerson(published)];
    const withTopic = (personId: string, status: "PUBLISHED" | "DRAFT" = "PUBLISHED") =>
      createSubmission({ status, session, parties: { create: [{ personId }] }, topics: { create: [{ topicId: topic.id }] } });
    await withTopic(p1.id);
    await withTopic(p1.id);
    await withTopic(p2.id);
    await withTopic(p2.id, "DRAFT");

    const page = await getPublishedTopicBySlug(topic.slug);
    expect(page?.submissions).toHaveLength(3);
    expect(page?.byYear).toEqual([{ year: session.year, counts: { NPC: 3, CPPCC: 0 } }]);
    expect(page?.submitters.map((s) => [s.slug, s.count])).toEqual([
      [p1.slug, 2],
      [p2.slug, 1],
    ]);
    expect(await getPublishedTopicBySlug((await createTopic({ status: "DRAFT" })).slug)).toBeNull();
  });
});

describe("getSessionOverview", () => {
  it("counts a session's figures and compares them with the previous published session", async () => {
    const previous = await createSession(published);
    const current = await createSession({ ...published, year: previous.year + 1 }).catch(() => null);
    if (!current) return; // the next year was taken by a parallel test: nothing to compare
    const ministry = await createOrganization("MINISTRY", published);
    const s1 = await createSubmission({ ...published, session: current, body: "NPC" });
    await createSubmission({ ...published, session: current, body: "CPPCC" });
    await createSubmission({ status: "DRAFT", session: current });
    await createSubmission({ ...published, session: previous });
    const referral = await createReferral({ submissionId: s1.id, ministryId: ministry.id });
    await createReply({ referralId: referral.id, repliedOn: "2022-05-01", result: "B" });
    await angleOf(s1.id, "DIRECT");

    const overview = await getSessionOverview(current.year);
    expect(overview?.figures).toMatchObject({ counts: { NPC: 1, CPPCC: 1 }, total: 2, referred: 1, replied: 1 });
    expect(overview?.figures.results).toEqual({ A: 0, B: 1, C: 0, D: 0, unclassed: 0 });
    expect(overview?.figures.angles.DIRECT).toBe(1);
    expect(overview?.previous?.session.year).toBe(previous.year);
    expect(overview?.previous?.figures.total).toBe(1);
    expect(overview?.latestReplies.map((reply) => reply.ministry.slug)).toEqual([ministry.slug]);
    expect(overview?.notableAngles).toHaveLength(1);
    expect(await getSessionOverview((await createSession({ status: "DRAFT" })).year)).toBeNull();
  });
});

describe("findCurrentSlug", () => {
  it("follows an old slug to the current one of a published record only", async () => {
    const person = await createPerson(published);
    const draft = await createPerson({ status: "DRAFT" });
    await db.slugRedirect.createMany({
      data: [
        { entityType: "Person", oldSlug: `${person.slug}-old`, entityId: person.id },
        { entityType: "Person", oldSlug: `${draft.slug}-old`, entityId: draft.id },
      ],
    });
    expect(await findCurrentSlug("Person", `${person.slug}-old`)).toBe(person.slug);
    expect(await findCurrentSlug("Person", `${draft.slug}-old`)).toBeNull();
    expect(await findCurrentSlug("Topic", `${person.slug}-old`)).toBeNull();
  });
});
