import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { countSubmissionsByBody } from "@/lib/data/public/sessions";
import { getPublishedSubmissionBySlug } from "@/lib/data/public/submission-detail";
import { parseSubmissionFilters, SUBMISSIONS_PAGE_SIZE } from "@/lib/data/public/submission-filters";
import { listPublishedSubmissions } from "@/lib/data/public/submissions";
import {
  createOrganization,
  createPerson,
  createSession,
  createSubmission,
  createTopic,
  uniqueTag,
} from "@/tests/support/factories";

// The public data layer against a real database: what a reader can never see (drafts, deleted
// rows, unpublished angles, internal comments) and how the list filters and pages. Every test makes
// its own synthetic session (a unique year 3000-9999), so filtering by that year isolates it.

const published = { status: "PUBLISHED" } as const;

describe("listPublishedSubmissions", () => {
  it("filters by year and body, and pages 20 at a time without repeats", async () => {
    const session = await createSession(published);
    const other = await createSession(published);
    for (let i = 0; i < 23; i++) await createSubmission({ ...published, session, body: "NPC" });
    for (let i = 0; i < 2; i++) await createSubmission({ ...published, session, body: "CPPCC" });
    await createSubmission({ ...published, session: other, body: "NPC" });

    const first = await listPublishedSubmissions({ year: session.year, body: "NPC", page: 1 });
    const second = await listPublishedSubmissions({ year: session.year, body: "NPC", page: 2 });
    expect(first).toMatchObject({ total: 23, page: 1, pageCount: 2, pageSize: SUBMISSIONS_PAGE_SIZE });
    expect(first.items).toHaveLength(20);
    expect(second.items).toHaveLength(3);
    const ids = [...first.items, ...second.items].map((item) => item.id);
    expect(new Set(ids).size).toBe(23);
    for (const item of [...first.items, ...second.items]) {
      expect(item).toMatchObject({ body: "NPC", year: session.year });
    }

    const proposals = await listPublishedSubmissions({ year: session.year, body: "CPPCC" });
    expect(proposals.total).toBe(2);
    expect(proposals.items.every((item) => item.body === "CPPCC")).toBe(true);

    const bothBodies = await listPublishedSubmissions({ year: session.year });
    expect(bothBodies.total).toBe(25);
  });

  it("keeps the same order on every call, and clamps a page past the end to the last page", async () => {
    const session = await createSession(published);
    // Same publication instant for all: the order must still be total (ties broken by id).
    const publishedAt = new Date(Date.UTC(2022, 2, 4));
    for (let i = 0; i < 22; i++) await createSubmission({ ...published, session, publishedAt });

    const once = await listPublishedSubmissions({ year: session.year, page: 1 });
    const again = await listPublishedSubmissions({ year: session.year, page: 1 });
    expect(again.items.map((item) => item.id)).toEqual(once.items.map((item) => item.id));

    const beyond = await listPublishedSubmissions({ year: session.year, page: 99 });
    expect(beyond.page).toBe(2);
    expect(beyond.items).toHaveLength(2);
    const negative = await listPublishedSubmissions({ year: session.year, page: -3 });
    expect(negative.page).toBe(1);
  });

  it("never lists a draft, a deleted submission, or one from an unpublished session", async () => {
    const session = await createSession(published);
    const visible = await createSubmission({ ...published, session });
    await createSubmission({ status: "DRAFT", session });
    await createSubmission({ status: "IN_REVIEW", session });
    await createSubmission({ ...published, session, deletedAt: new Date() });
    const draftSession = await createSession({ status: "DRAFT" });
    await createSubmission({ ...published, session: draftSession });

    const result = await listPublishedSubmissions({ year: session.year });
    expect(result.items.map((item) => item.id)).toEqual([visible.id]);
    expect(result.total).toBe(1);
    expect((await listPublishedSubmissions({ year: draftSession.year })).total).toBe(0);
    expect(await countSubmissionsByBody(session.id)).toEqual({ NPC: 1, CPPCC: 0 });
  });

  it("shows only published submitters and topics", async () => {
    const session = await createSession(published);
    const shown = await createPerson({ ...published, nameZh: "测试" });
    const hidden = await createPerson({ status: "DRAFT" });
    const topic = await createTopic(published);
    const draftTopic = await createTopic({ status: "DRAFT" });
    const submission = await createSubmission({
      ...published,
      session,
      parties: { create: [{ personId: shown.id, position: 0 }, { personId: hidden.id, position: 1 }] },
      topics: { create: [{ topicId: topic.id }, { topicId: draftTopic.id }] },
    });

    const [item] = (await listPublishedSubmissions({ year: session.year })).items;
    expect(item.id).toBe(submission.id);
    expect(item.submitters.map((party) => party.slug)).toEqual([shown.slug]);
    expect(item.topics.map((t) => t.slug)).toEqual([topic.slug]);
  });
});

describe("getPublishedSubmissionBySlug", () => {
  it("returns null for drafts, deleted, unpublished-session and unknown slugs", async () => {
    const session = await createSession(published);
    const draft = await createSubmission({ status: "DRAFT", session });
    const unpublished = await createSubmission({ status: "UNPUBLISHED", session });
    const deleted = await createSubmission({ ...published, session, deletedAt: new Date() });
    const inDraftSession = await createSubmission({ ...published, session: await createSession({ status: "DRAFT" }) });
    const visible = await createSubmission({ ...published, session });

    for (const hiddenRow of [draft, unpublished, deleted, inDraftSession]) {
      expect(await getPublishedSubmissionBySlug(hiddenRow.slug)).toBeNull();
    }
    expect(await getPublishedSubmissionBySlug("synthetic-no-such-slug")).toBeNull();
    expect((await getPublishedSubmissionBySlug(visible.slug))?.id).toBe(visible.id);
  });

  it("returns published angles only, and never the internal reviewer comment", async () => {
    const session = await createSession(published);
    const company = await createOrganization("COMPANY", published);
    const submission = await createSubmission({ ...published, session, body: "CPPCC" });
    const angle = (status: "PUBLISHED" | "DRAFT" | "IN_REVIEW", rationaleEn: string, deletedAt?: Date) =>
      db.angle.create({
        data: {
          submissionId: submission.id,
          organizationId: company.id,
          kind: "BUSINESS_INTEREST",
          strength: "DIRECT",
          rationaleEn,
          reviewerComment: "SYNTHETIC-INTERNAL-COMMENT",
          status,
          publishedAt: status === "PUBLISHED" ? new Date() : null,
          deletedAt,
        },
      });
    const shown = await angle("PUBLISHED", "Synthetic published angle");
    await angle("DRAFT", "Synthetic draft angle");
    await angle("IN_REVIEW", "Synthetic angle in review");
    await angle("PUBLISHED", "Synthetic deleted angle", new Date());

    const detail = await getPublishedSubmissionBySlug(submission.slug);
    expect(detail?.angles.map((a) => a.id)).toEqual([shown.id]);
    expect(detail?.angles[0]).toMatchObject({ kind: "BUSINESS_INTEREST", strength: "DIRECT" });
    expect(JSON.stringify(detail)).not.toContain("SYNTHETIC-INTERNAL-COMMENT");
  });

  it("splits submitters from co-signers and gathers each source once", async () => {
    const session = await createSession(published);
    const person = await createPerson(published);
    const company = await createOrganization("COMPANY", published);
    const group = await createOrganization("GROUP", published);
    await db.affiliation.create({ data: { personId: person.id, organizationId: company.id, title: "Synthetic CEO" } });
    const source = await db.source.create({ data: { title: `Synthetic source ${uniqueTag()}`, publisher: "Synthetic" } });
    const submission = await createSubmission({
      ...published,
      session,
      body: "CPPCC",
      parties: {
        create: [
          { personId: person.id, role: "SUBMITTER", position: 0 },
          { organizationId: group.id, role: "COSIGNER", position: 1 },
        ],
      },
      citations: { create: [{ sourceId: source.id }] },
    });
    await db.angle.create({
      data: {
        submissionId: submission.id,
        kind: "POLICY_ECHO",
        strength: "INDIRECT",
        rationaleEn: "Synthetic",
        status: "PUBLISHED",
        citations: { create: [{ sourceId: source.id }] },
      },
    });

    const detail = await getPublishedSubmissionBySlug(submission.slug);
    expect(detail?.submitters.map((p) => p.slug)).toEqual([person.slug]);
    expect(detail?.submitters[0].affiliations.map((a) => a.organization.slug)).toEqual([company.slug]);
    expect(detail?.cosigners.map((p) => [p.type, p.slug])).toEqual([["organization", group.slug]]);
    expect(detail?.sources.map((s) => s.id)).toEqual([source.id]);
  });
});

describe("parseSubmissionFilters", () => {
  it("drops or clamps bad query values instead of failing", () => {
    expect(parseSubmissionFilters({ year: "abc", page: "-3", body: "XYZ" })).toEqual({ page: 1, year: undefined, body: undefined });
    expect(parseSubmissionFilters({ year: "2022", page: "2", body: "npc" })).toEqual({ year: 2022, body: "NPC", page: 2 });
    expect(parseSubmissionFilters({ year: ["2022", "2021"], page: "1e9", body: ["CPPCC"] })).toEqual({
      year: 2022,
      body: "CPPCC",
      page: 1,
    });
  });
});
