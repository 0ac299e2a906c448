import { describe, expect, it, vi } from "vitest";
import { createSubmissionAction, updateSubmissionAction } from "@/lib/actions/submissions";
import { searchIn, suggestIn } from "@/lib/data/public/search";
import { db } from "@/lib/db";
import { reindexPerson } from "@/lib/search/reindex";
import { partyRef, type CreateSubmissionFormValues } from "@/lib/validation/submission";
import { actAs } from "@/tests/support/acting-user";
import { createPerson, createSession, createStaffUser, createTopic, uniqueTag } from "@/tests/support/factories";

// The index follows every save in the same transaction: a published edit is searchable at once,
// an unpublished or draft one never is, and a denied save leaves the index as it was.

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

/** A word no other test uses, so the search is scoped to this test's rows. */
const word = () => `zq${uniqueTag().replace(/[^a-z0-9]/gi, "").toLowerCase()}`;

async function values(titleEn: string): Promise<CreateSubmissionFormValues> {
  const session = await createSession({ status: "PUBLISHED" });
  const person = await createPerson({ status: "PUBLISHED", nameZh: "测试人" });
  return {
    sessionId: session.id, body: "NPC", officialNumber: "", titleEn, titleZh: "关于测试充电桩的建议", titleIsQuote: false,
    summaryEn: "", summaryZh: "", fullTextEn: "", fullTextZh: "", textProvenance: "UNKNOWN", isComplex: false,
    submitters: [{ party: partyRef("person", person.id) }], cosigners: [], topicIds: [], sources: [], status: "DRAFT",
  };
}

const find = async (q: string) => {
  const outcome = await searchIn(db, { q, page: 1 });
  return outcome.groups.flatMap((group) => group.hits.map((hit) => hit.id));
};

describe("search index on the write path", () => {
  it("indexes on publish, follows edits, and drops the record on unpublish", { timeout: 60_000 }, async () => {
    const first = word();
    const base = await values(`Charging ${first}`);
    actAs(await createStaffUser("EDITOR"));
    const draft = await createSubmissionAction(base);
    if (!draft.ok) throw new Error(JSON.stringify(draft));
    const key = `submission:${draft.data.id}`;
    expect(await find(first)).not.toContain(key);

    const published = await updateSubmissionAction({ id: draft.data.id, ...base, status: "PUBLISHED", version: draft.data.version });
    if (!published.ok) throw new Error(JSON.stringify(published));
    expect(await find(first)).toContain(key);

    const second = word();
    const edited = await updateSubmissionAction({ id: draft.data.id,
      ...base, titleEn: `Charging ${second}`, status: "PUBLISHED", version: published.data.version,
    });
    if (!edited.ok) throw new Error(JSON.stringify(edited));
    expect(await find(second)).toContain(key);
    expect(await find(first)).not.toContain(key);

    const hidden = await updateSubmissionAction({ id: draft.data.id,
      ...base, titleEn: `Charging ${second}`, status: "UNPUBLISHED", version: edited.data.version,
    });
    if (!hidden.ok) throw new Error(JSON.stringify(hidden));
    expect(await find(second)).not.toContain(key);
    expect(await db.searchDocument.count({ where: { submissionId: draft.data.id } })).toBe(0);
  });

  it("leaves the index unchanged when a save is refused", async () => {
    const first = word();
    const base = await values(`Refused ${first}`);
    actAs(await createStaffUser("EDITOR"));
    const created = await createSubmissionAction({ ...base, status: "PUBLISHED" });
    if (!created.ok) throw new Error(JSON.stringify(created));
    actAs(await createStaffUser("REPORTER"));
    const refused = await updateSubmissionAction({ id: created.data.id, ...base, titleEn: "Something else", status: "PUBLISHED", version: created.data.version });
    expect(refused.ok).toBe(false);
    expect(await find(first)).toContain(`submission:${created.data.id}`);
  });

  it("never indexes a draft person, and follows a person's publication", async () => {
    const name = word();
    const person = await createPerson({ nameEn: `Draft ${name}`, status: "DRAFT" });
    await db.$transaction((tx) => reindexPerson(tx, person.id));
    expect(await find(name)).toEqual([]);
    expect(await suggestIn(db, `draft ${name}`)).toEqual([]);
    await db.person.update({ where: { id: person.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    await db.$transaction((tx) => reindexPerson(tx, person.id));
    expect(await find(name)).toContain(`person:${person.id}`);
    expect((await suggestIn(db, `draft ${name}`)).map((s) => s.id)).toContain(`person:${person.id}`);
  });

  it("puts topic names into the submissions that carry them", async () => {
    const topicWord = word();
    const topic = await createTopic({ nameEn: `Topic ${topicWord}`, nameZh: "测试专题", status: "PUBLISHED" });
    const base = await values(`Topical ${word()}`);
    actAs(await createStaffUser("EDITOR"));
    const created = await createSubmissionAction({ ...base, topicIds: [topic.id], status: "PUBLISHED" });
    if (!created.ok) throw new Error(JSON.stringify(created));
    expect(await find(topicWord)).toContain(`submission:${created.data.id}`);
  });

  it("gives each result a subtitle in the reader's language", async () => {
    const first = word();
    const base = await values(`Subtitled ${first}`);
    actAs(await createStaffUser("EDITOR"));
    const created = await createSubmissionAction({ ...base, status: "PUBLISHED" });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const session = await db.session.findUniqueOrThrow({ where: { id: base.sessionId }, select: { year: true } });
    const submitter = await db.person.findFirstOrThrow({ where: { parties: { some: { submissionId: created.data.id } } }, select: { nameEn: true } });
    const subtitleIn = async (locale: string) => {
      const outcome = await searchIn(db, { q: first, page: 1 }, locale);
      const hit = outcome.groups.flatMap((group) => group.hits).find((one) => one.id === `submission:${created.data.id}`);
      return hit?.subtitle?.map((segment) => segment.text).join("");
    };
    expect(await subtitleIn("en")).toBe(`${session.year} Suggestion · ${submitter.nameEn}`);
    expect(await subtitleIn("zh")).toBe(`${session.year}年 建议 · 测试人`);
  });
});
