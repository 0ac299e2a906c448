import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { countPublishedSubmissionsByBody } from "@/lib/data/public/sessions";
import { parseSubmissionFilters, submissionsHref } from "@/lib/data/public/submission-filters";
import { countSubmissionFacets, listPublishedSubmissions } from "@/lib/data/public/submissions";
import { createOrganization, createPerson, createSession, createSubmission, createTopic } from "@/tests/support/factories";
import { createReferral, createReply } from "@/tests/support/referral-factories";

// The list's filters beyond year and body, on synthetic rows: each looks only at published rows.

const published = { status: "PUBLISHED" } as const;

describe("listPublishedSubmissions filters", () => {
  it("filters by topic, ministry, result class, reply, angle strength and provenance", async () => {
    const session = await createSession(published);
    const year = session.year;
    const topic = await createTopic(published);
    const ministry = await createOrganization("MINISTRY", published);
    const a = await createSubmission({ ...published, session, textProvenance: "OFFICIAL_RELEASE", topics: { create: [{ topicId: topic.id }] } });
    const b = await createSubmission({ ...published, session, body: "CPPCC" });
    const c = await createSubmission({ ...published, session });
    const ra = await createReferral({ submissionId: a.id, ministryId: ministry.id });
    await createReply({ referralId: ra.id, repliedOn: "2022-05-01", result: "A" });
    const rb = await createReferral({ submissionId: b.id, ministryId: ministry.id });
    await createReply({ referralId: rb.id, repliedOn: "2022-05-01", result: "D", status: "DRAFT" });
    await db.angle.create({ data: { submissionId: b.id, kind: "POLICY_ECHO", strength: "DIRECT", rationaleEn: "Synthetic", status: "PUBLISHED" } });
    await db.angle.create({ data: { submissionId: c.id, kind: "POLICY_ECHO", strength: "DIRECT", rationaleEn: "Synthetic", status: "DRAFT" } });

    const ids = async (filters: Parameters<typeof listPublishedSubmissions>[0]) =>
      (await listPublishedSubmissions({ year, ...filters })).items.map((item) => item.id).sort();
    expect(await ids({ topic: topic.slug })).toEqual([a.id]);
    expect(await ids({ ministry: ministry.slug })).toEqual([a.id, b.id].sort());
    expect(await ids({ result: "A" })).toEqual([a.id]);
    expect(await ids({ result: "D" })).toEqual([]); // the only D reply is a draft
    expect(await ids({ hasReply: "yes" })).toEqual([a.id]);
    expect(await ids({ hasReply: "no" })).toEqual([b.id, c.id].sort());
    expect(await ids({ strength: "DIRECT" })).toEqual([b.id]); // c's direct angle is a draft
    expect(await ids({ provenance: "OFFICIAL_RELEASE" })).toEqual([a.id]);
    expect(await ids({ ministry: ministry.slug, hasReply: "no" })).toEqual([b.id]);
    expect(await countPublishedSubmissionsByBody({ year, ministry: ministry.slug })).toEqual({ NPC: 1, CPPCC: 1 });
  });

  it("counts every filter value with the other filters applied, published rows only", async () => {
    const session = await createSession(published);
    const year = session.year;
    const topic = await createTopic(published);
    const draftTopic = await createTopic();
    const ministry = await createOrganization("MINISTRY", published);
    const a = await createSubmission({ ...published, session, textProvenance: "MEDIA_REPORT", topics: { create: [{ topicId: topic.id }, { topicId: draftTopic.id }] } });
    const b = await createSubmission({ ...published, session, body: "CPPCC", topics: { create: [{ topicId: topic.id }] } });
    await createSubmission({ ...published, session, body: "CPPCC" });
    await createSubmission({ session, topics: { create: [{ topicId: topic.id }] } }); // a draft counts nowhere
    const ra = await createReferral({ submissionId: a.id, ministryId: ministry.id });
    await createReply({ referralId: ra.id, repliedOn: "2022-05-01", result: "B" });
    // Two referrals to one ministry still count the submission once.
    await createReferral({ submissionId: b.id, ministryId: ministry.id });
    await createReferral({ submissionId: b.id, ministryId: ministry.id, role: "JOINT" });
    await db.angle.create({ data: { submissionId: b.id, kind: "POLICY_ECHO", strength: "INDIRECT", rationaleEn: "Synthetic", status: "PUBLISHED" } });

    const all = await countSubmissionFacets({ year });
    expect(all.year[String(year)]).toBe(3);
    expect(all.body).toEqual({ NPC: 1, CPPCC: 2 });
    expect(all.topic).toEqual({ [topic.slug]: 2 }); // the draft topic is not a choice
    expect(all.ministry).toEqual({ [ministry.slug]: 2 });
    expect(all.result).toEqual({ B: 1 });
    expect(all.strength).toEqual({ INDIRECT: 1 });
    expect(all.hasReply).toEqual({ yes: 1, no: 2 });
    expect(all.provenance).toEqual({ MEDIA_REPORT: 1, UNKNOWN: 2 });

    // With body=CPPCC, the body counts stay as they were (they are the body choices) and the rest narrow.
    const cppcc = await countSubmissionFacets({ year, body: "CPPCC" });
    expect(cppcc.body).toEqual({ NPC: 1, CPPCC: 2 });
    expect(cppcc.topic).toEqual({ [topic.slug]: 1 });
    expect(cppcc.hasReply).toEqual({ no: 2 });
    expect(cppcc.year[String(year)]).toBe(2);
    // Each count is what the list shows when that value is picked.
    expect((await listPublishedSubmissions({ year, body: "CPPCC", topic: topic.slug })).total).toBe(cppcc.topic[topic.slug]);
  });

  it("sorts newest, oldest, by public co-signers and by title, stably across pages", async () => {
    const session = await createSession(published);
    const year = session.year;
    const shown = await createPerson(published);
    const hidden = await createPerson();
    const at = (day: number) => new Date(Date.UTC(2022, 2, day));
    const first = await createSubmission({ ...published, session, publishedAt: at(1), titleEn: "Zebra crossings" });
    const second = await createSubmission({
      ...published, session, publishedAt: at(2), titleEn: "apple orchards",
      parties: { create: [{ personId: shown.id, role: "COSIGNER" }] },
    });
    const third = await createSubmission({
      ...published, session, publishedAt: at(3), titleEn: "Mango trade",
      // A draft co-signer is not public and does not count.
      parties: { create: [{ personId: hidden.id, role: "COSIGNER" }, { personId: hidden.id, role: "COSIGNER", position: 1 }] },
    });
    const order = async (sort?: "newest" | "oldest" | "cosigners" | "title") =>
      (await listPublishedSubmissions({ year, sort })).items.map((item) => item.id);
    expect(await order()).toEqual([third.id, second.id, first.id]);
    expect(await order("newest")).toEqual([third.id, second.id, first.id]);
    expect(await order("oldest")).toEqual([first.id, second.id, third.id]);
    expect(await order("cosigners")).toEqual([second.id, third.id, first.id]);
    expect(await order("title")).toEqual([second.id, third.id, first.id]);
    expect(parseSubmissionFilters({ sort: "COSIGNERS" }).sort).toBe("cosigners");
    expect(parseSubmissionFilters({ sort: "newest" }).sort).toBeUndefined(); // the default is never written
    expect(parseSubmissionFilters({ sort: "random" }).sort).toBeUndefined();
    expect(submissionsHref({ year: 2022, sort: "oldest" }, 2)).toBe("/submissions?year=2022&sort=oldest&page=2");
  });

  it("parses the query string forgivingly and writes it back in a stable order", () => {
    const filters = parseSubmissionFilters({ hasReply: "YES", result: "b", strength: "direct", topic: "Climate", ministry: "../x", provenance: "nope" });
    expect(filters).toEqual({ hasReply: "yes", result: "B", strength: "DIRECT", topic: "climate", page: 1 });
    expect(submissionsHref({ year: 2022, topic: "climate", result: "B" }, 2)).toBe("/submissions?year=2022&topic=climate&result=B&page=2");
  });
});
