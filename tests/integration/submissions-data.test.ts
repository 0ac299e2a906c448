import { describe, expect, it, vi } from "vitest";
import { createSubmissionAction, updateSubmissionAction } from "@/lib/actions/submissions";
import { getSubmissionForEdit, listSubmissionsForAdmin } from "@/lib/data/submission-reads";
import { db } from "@/lib/db";
import { partyRef, type CreateSubmissionFormValues } from "@/lib/validation/submission";
import { actAs } from "@/tests/support/acting-user";
import { createOrganization, createPerson, createSession, createStaffUser, createTopic } from "@/tests/support/factories";

// What a save keeps: the exact text, the order of parties, and the form's view of it on reload.

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

const unicode = {
  titleZh: "关于加快发展数字经济的提案 🚀👩🏽‍💻",
  // Decomposed é (e + U+0301) must stay decomposed: no normalisation.
  titleEn: "Cafe\u0301 economy — “quoted” ＆ full‑width！",
  summaryZh: "第一段：数字经济。\n\n第二段：\u3000全角空格在中间。",
  fullTextZh: "一、背景\n二、建议 😀\n\t缩进行",
};

async function baseValues(): Promise<CreateSubmissionFormValues> {
  const session = await createSession();
  const person = await createPerson({ nameZh: "马化腾" });
  return {
    sessionId: session.id,
    body: "NPC",
    officialNumber: "",
    titleEn: "",
    titleZh: "",
    titleIsQuote: true,
    summaryEn: "",
    summaryZh: "",
    fullTextEn: "",
    fullTextZh: "",
    textProvenance: "COMPANY_PUBLISHED",
    isComplex: false,
    submitters: [{ party: partyRef("person", person.id) }],
    cosigners: [],
    topicIds: [],
    sources: [],
    status: "DRAFT",
  };
}

describe("submission data", () => {
  it("round-trips Chinese, emoji and decomposed characters exactly, trimming only the ends", async () => {
    const base = await baseValues();
    actAs(await createStaffUser("REPORTER"));
    const result = await createSubmissionAction({
      ...base,
      ...unicode,
      titleZh: `  ${unicode.titleZh}\n`,
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const row = await db.submission.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(row).toMatchObject(unicode);
    const forEdit = await getSubmissionForEdit(result.data.id);
    expect(forEdit?.values).toMatchObject(unicode);
  });

  it("loads what it saved back into the form's shape, and replaces relations on update", async () => {
    const base = await baseValues();
    const org = await createOrganization("GROUP");
    const other = await createPerson();
    const [topicA, topicB] = [await createTopic(), await createTopic()];
    actAs(await createStaffUser("EDITOR"));
    const source = { title: `Source ${base.sessionId}`, publisher: "Xinhua 新华社", url: "https://example.org/x", publishedOn: "2022-03-04" };
    const created = await createSubmissionAction({
      ...base,
      titleEn: "Shared broadband",
      cosigners: [{ party: partyRef("organization", org.id) }, { party: partyRef("person", other.id) }],
      topicIds: [topicA.id],
      sources: [source],
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const loaded = await getSubmissionForEdit(created.data.id);
    expect(loaded?.values).toMatchObject({
      cosigners: [{ party: partyRef("organization", org.id) }, { party: partyRef("person", other.id) }],
      topicIds: [topicA.id],
      sources: [source],
      version: 1,
    });
    expect(loaded?.canEdit).toBe(true);

    const updated = await updateSubmissionAction({
      ...base,
      titleEn: "Shared broadband",
      cosigners: [],
      topicIds: [topicB.id],
      sources: [{ ...source, url: "https://example.org/y" }],
      id: created.data.id,
      version: 1,
    });
    expect(updated.ok).toBe(true);
    const again = await getSubmissionForEdit(created.data.id);
    expect(again?.values).toMatchObject({ cosigners: [], topicIds: [topicB.id], version: 2 });
    expect(again?.values.sources).toEqual([{ ...source, url: "https://example.org/y" }]);
    // The source was corrected in place, not duplicated.
    expect(await db.source.count({ where: { title: source.title } })).toBe(1);
  });

  it("lists submissions for staff with year and first submitter, and refuses anonymous readers", async () => {
    const base = await baseValues();
    actAs(await createStaffUser("REPORTER"));
    const created = await createSubmissionAction({ ...base, titleZh: "列表测试" });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const rows = await listSubmissionsForAdmin();
    const row = rows.find((r) => r.id === created.data.id);
    expect(row).toMatchObject({ titleZh: "列表测试", status: "DRAFT", body: "NPC" });
    expect(row?.firstSubmitter).toMatch(/^Synthetic person/);
    actAs(null);
    await expect(listSubmissionsForAdmin()).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(getSubmissionForEdit(created.data.id)).rejects.toMatchObject({ code: "unauthenticated" });
  });
});
