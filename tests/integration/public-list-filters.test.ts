import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { countPublishedSubmissionsByBody } from "@/lib/data/public/sessions";
import { parseSubmissionFilters, submissionsHref } from "@/lib/data/public/submission-filters";
import { listPublishedSubmissions } from "@/lib/data/public/submissions";
import { createOrganization, createSession, createSubmission, createTopic } from "@/tests/support/factories";
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

  it("parses the query string forgivingly and writes it back in a stable order", () => {
    const filters = parseSubmissionFilters({ hasReply: "YES", result: "b", strength: "direct", topic: "Climate", ministry: "../x", provenance: "nope" });
    expect(filters).toEqual({ hasReply: "yes", result: "B", strength: "DIRECT", topic: "climate", page: 1 });
    expect(submissionsHref({ year: 2022, topic: "climate", result: "B" }, 2)).toBe("/submissions?year=2022&topic=climate&result=B&page=2");
  });
});
