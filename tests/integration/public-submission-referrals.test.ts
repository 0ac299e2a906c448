import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getPublishedSubmissionBySlug } from "@/lib/data/public/submission-detail";
import { createOrganization, createSession, createSubmission, uniqueTag } from "@/tests/support/factories";
import { createReferral, createReply } from "@/tests/support/referral-factories";

// The submission page's referral table, replies and corrections, on synthetic rows.

const published = { status: "PUBLISHED" } as const;

describe("getPublishedSubmissionBySlug: referrals, replies, corrections", () => {
  it("shows published referrals to published ministries with days late, and published replies only", async () => {
    const submission = await createSubmission({ ...published, session: await createSession(published) });
    const lead = await createOrganization("MINISTRY", { ...published, nameZh: "合成部" });
    const joint = await createOrganization("MINISTRY", published);
    const hiddenMinistry = await createOrganization("MINISTRY", { status: "DRAFT" });
    const late = await createReferral({ submissionId: submission.id, ministryId: lead.id, role: "LEAD" });
    const source = await db.source.create({ data: { title: `Synthetic reply source ${uniqueTag()}`, publisher: "Synthetic" } });
    await createReply({
      referralId: late.id,
      repliedOn: "2022-06-25",
      result: "B",
      signalEn: "Synthetic signal",
      citations: { create: [{ sourceId: source.id }] },
    });
    await createReply({ referralId: late.id, repliedOn: "2022-06-20", result: "A", summaryEn: "SYNTHETIC-DRAFT-REPLY", status: "DRAFT" });
    const overdue = await createReferral({ submissionId: submission.id, ministryId: joint.id, role: "JOINT", dueOn: "2022-12-01" });
    await createReferral({ submissionId: submission.id, ministryId: hiddenMinistry.id });
    await createReferral({ submissionId: submission.id, ministryId: lead.id, role: "REFERENCE", status: "DRAFT" });

    const detail = await getPublishedSubmissionBySlug(submission.slug, new Date("2022-12-31T00:00:00Z"));
    expect(detail?.referrals.map((r) => [r.id, r.role, r.state, r.daysLate])).toEqual([
      [late.id, "LEAD", "replied-late", 10],
      [overdue.id, "JOINT", "overdue", 30],
    ]);
    expect(detail?.referrals[0].replies).toMatchObject([{ result: "B", signalEn: "Synthetic signal" }]);
    expect(detail?.referrals[0].ministry).toEqual({ slug: lead.slug, nameEn: lead.nameEn, nameZh: "合成部" });
    expect(detail?.sources.map((s) => s.id)).toContain(source.id);
    expect(JSON.stringify(detail)).not.toContain("SYNTHETIC-DRAFT-REPLY");
  });

  it("lists corrections newest first and counts them in the last-updated date", async () => {
    const submission = await createSubmission({ ...published, session: await createSession(published) });
    await db.submission.update({ where: { id: submission.id }, data: { updatedAt: new Date("2022-03-10T00:00:00Z") } });
    await db.correction.createMany({
      data: [
        { entityType: "Submission", entityId: submission.id, note: "Synthetic first correction", correctedOn: new Date("2022-04-01") },
        { entityType: "Submission", entityId: submission.id, note: "Synthetic second correction", correctedOn: new Date("2022-05-01") },
        { entityType: "Person", entityId: submission.id, note: "Synthetic correction of something else", correctedOn: new Date("2022-05-02") },
      ],
    });
    const detail = await getPublishedSubmissionBySlug(submission.slug);
    expect(detail?.corrections.map((c) => c.note)).toEqual(["Synthetic second correction", "Synthetic first correction"]);
    expect(detail!.lastUpdated.getTime()).toBeGreaterThan(new Date("2022-03-10T00:00:00Z").getTime());
  });
});
