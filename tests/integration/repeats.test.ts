import { beforeEach, describe, expect, it } from "vitest";
import { GET as getApiSubmission } from "@/app/api/v1/submissions/[id]/route";
import { decideRepeatAction, scanRepeatsAction } from "@/lib/actions/repeats";
import { scanRepeats } from "@/lib/data/repeats";
import { getRepeatChain, getRepeatChains } from "@/lib/data/public/repeats";
import { db } from "@/lib/db";
import { actAs } from "@/tests/support/acting-user";
import { createPerson, createSession, createStaffUser, createSubmission } from "@/tests/support/factories";

// Repeats across years (issue 7, item 9) on SYNTHETIC sessions and submissions: the real data is a
// single session and has none. Each test scans only the pairs touching its own submissions (other
// files' rows share the database). The texts carry no shared marker: the words alone must pair them.

const published = { status: "PUBLISHED" } as const;

async function pairOf(a: string, b: string) {
  const [firstId, secondId] = a < b ? [a, b] : [b, a];
  return db.repeatLink.findUnique({ where: { firstId_secondId: { firstId, secondId } } });
}

async function sessions(count: number) {
  const made = [];
  for (let i = 0; i < count; i++) made.push(await createSession(published));
  return made.sort((a, b) => a.year - b.year);
}

describe("repeat proposals", { timeout: 60_000 }, () => {
  beforeEach(() => actAs(null));

  it("proposes an English pair and a Chinese pair from different years, never a same-year pair", async () => {
    const [early, late] = await sessions(2);
    const en1 = await createSubmission({ ...published, session: early, titleEn: `Build electric vehicle charging stations in residential communities`, summaryEn: null });
    const en2 = await createSubmission({ ...published, session: late, titleEn: `Speed up charging station construction for electric vehicles in old residential compounds`, summaryEn: null });
    const zh1 = await createSubmission({ ...published, session: early, titleEn: null, summaryEn: null, titleZh: `关于加快新能源汽车充电桩建设的建议` });
    const zh2 = await createSubmission({ ...published, session: late, titleEn: null, summaryEn: null, titleZh: `关于在老旧小区建设新能源汽车充电桩的提案` });
    const sameYear = await createSubmission({ ...published, session: late, titleEn: `Build electric vehicle charging stations in residential communities`, summaryEn: null });

    actAs(await createStaffUser("EDITOR"));
    await scanRepeats({ submissionIds: [en1.id, en2.id, zh1.id, zh2.id, sameYear.id] });
    expect(await pairOf(en1.id, en2.id)).toMatchObject({ status: "PROPOSED", score: expect.any(Number) });
    expect(await pairOf(zh1.id, zh2.id)).toMatchObject({ status: "PROPOSED" });
    expect((await pairOf(zh1.id, zh2.id))!.sharedTerms).toContain("充电");
    // Same session: never, however alike.
    expect(await pairOf(sameYear.id, en2.id)).toBeNull();
    // The identical text in the other year is proposed with the earlier one.
    expect(await pairOf(sameYear.id, en1.id)).not.toBeNull();
  });

  it("remembers a rejection: a new scan does not propose the pair again", async () => {
    const [early, late] = await sessions(2);
    const a = await createSubmission({ ...published, session: early, titleEn: `Subsidise rooftop solar panels for farmers`, summaryEn: null });
    const b = await createSubmission({ ...published, session: late, titleEn: `Rooftop solar panels for farmers need subsidies`, summaryEn: null });
    actAs(await createStaffUser("EDITOR"));
    await scanRepeats({ submissionIds: [a.id, b.id] });
    const proposal = await pairOf(a.id, b.id);
    expect(proposal?.status).toBe("PROPOSED");
    const rejected = await decideRepeatAction({ id: proposal!.id, decision: "REJECTED" });
    expect(rejected).toMatchObject({ ok: true, data: { status: "REJECTED" } });
    await scanRepeats({ submissionIds: [a.id, b.id] });
    expect(await db.repeatLink.findMany({ where: { OR: [{ firstId: a.id }, { secondId: a.id }] }, select: { status: true } })).toEqual([{ status: "REJECTED" }]);
    expect(await db.auditEntry.count({ where: { action: "repeat.reject", entityId: proposal!.id } })).toBe(1);
  });

  it("refuses reporters and anonymous visitors", async () => {
    const [early, late] = await sessions(2);
    const a = await createSubmission({ ...published, session: early });
    const b = await createSubmission({ ...published, session: late });
    const link = await db.repeatLink.create({ data: { firstId: a.id < b.id ? a.id : b.id, secondId: a.id < b.id ? b.id : a.id, score: 0.5, sharedTerms: [] } });
    for (const who of [null, await createStaffUser("REPORTER")]) {
      actAs(who);
      expect((await decideRepeatAction({ id: link.id, decision: "CONFIRMED" })).ok).toBe(false);
      expect((await scanRepeatsAction({})).ok).toBe(false);
      await expect(scanRepeats()).rejects.toThrow();
    }
    expect((await db.repeatLink.findUniqueOrThrow({ where: { id: link.id } })).status).toBe("PROPOSED");
  });
});

describe("repeat chains on public pages", { timeout: 60_000 }, () => {
  it("follow confirmed pairs transitively and show only published submissions", async () => {
    const [y1, y2, y3, y4] = await sessions(4);
    const person = await createPerson(published);
    const first = await createSubmission({ ...published, session: y1 });
    const draft = await createSubmission({ status: "DRAFT", session: y2 });
    const third = await createSubmission({ ...published, session: y3 });
    const rejected = await createSubmission({ ...published, session: y4 });
    await db.submissionParty.createMany({ data: [first, third].map((s) => ({ submissionId: s.id, personId: person.id })) });
    const link = (a: string, b: string, status: "CONFIRMED" | "REJECTED" | "PROPOSED") =>
      db.repeatLink.create({ data: { firstId: a < b ? a : b, secondId: a < b ? b : a, score: 0.6, sharedTerms: [], status } });
    // first — draft — third confirmed (through an unpublished middle), third — rejected not.
    await link(first.id, draft.id, "CONFIRMED");
    await link(draft.id, third.id, "CONFIRMED");
    await link(third.id, rejected.id, "REJECTED");

    const fromFirst = await getRepeatChain(first.id);
    expect(fromFirst.map((item) => item.id)).toEqual([third.id]);
    expect(fromFirst[0]).toMatchObject({ slug: third.slug, year: y3.year });
    expect((await getRepeatChain(third.id)).map((item) => item.year)).toEqual([y1.year]);
    expect(await getRepeatChain(rejected.id)).toEqual([]);

    // The person page lists the chain once, though two of their submissions are in it.
    const chains = await getRepeatChains([first.id, third.id]);
    expect(chains).toHaveLength(1);
    expect(chains[0].map((item) => item.year)).toEqual([y1.year, y3.year]);

    // The API's submission detail carries the chain too.
    const response = await getApiSubmission(new Request(`http://tracker.test/api/v1/submissions/${first.id}`, { headers: { "x-forwarded-for": "198.51.100.77" } }), {
      params: Promise.resolve({ id: first.id }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { alsoRaisedIn: unknown[] } };
    expect(body.data.alsoRaisedIn).toEqual([{ id: third.id, slug: third.slug, year: y3.year, url: `http://tracker.test/submissions/${third.slug}` }]);

    // Unpublishing a submission takes it out of every chain shown.
    await db.submission.update({ where: { id: third.id }, data: { status: "UNPUBLISHED" } });
    expect(await getRepeatChain(first.id)).toEqual([]);
    expect(await getRepeatChains([first.id])).toEqual([]);
  });
});
