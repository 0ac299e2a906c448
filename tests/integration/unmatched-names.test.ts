import { beforeAll, describe, expect, it } from "vitest";
import { createFromNameAction, ignoreNameAction, linkNameAction } from "@/lib/actions/unmatched-names";
import { linkUnmatchedName, listUnmatchedNames } from "@/lib/data/unmatched-names";
import { db } from "@/lib/db";
import { commitImport, dryRunImport, type ImportInput } from "@/lib/import/run";
import { actAs } from "@/tests/support/acting-user";
import { actAsNewStaffUser, createOrganization, createPerson, createSession, createStaffUser, uniqueTag } from "@/tests/support/factories";

// The unmatched-names queue: link, create, ignore; the next run resolves the name that way;
// reporters and anonymous callers are refused and change nothing.

let tag: string;
let year: number;

beforeAll(async () => {
  tag = uniqueTag();
  year = (await createSession()).year;
});

const submissions = (lines: string[]): ImportInput => ({ kind: "submissions", text: ["year,body,official_number,title_en,title_zh,submitters", ...lines].join("\n"), format: "csv", source: "queue.csv" });
const queued = (name: string) => db.unmatchedName.findFirstOrThrow({ where: { name } });

describe("unmatched-names queue", () => {
  it("link, create and ignore each resolve the name on the next run", async () => {
    const known = await createPerson({ nameEn: `Synthetic Known ${tag}` });
    const input = submissions([
      `${year},CPPCC,U1-${tag},Synthetic linked,,Nickname ${tag}`,
      `${year},CPPCC,U2-${tag},Synthetic created,,马${tag}`,
      `${year},CPPCC,U3-${tag},Synthetic ignored,,Nobody ${tag}; Synthetic Known ${tag}`,
    ]);
    expect((await dryRunImport(db, input)).counts.waiting).toBe(3);
    await actAsNewStaffUser("EDITOR");
    const open = await listUnmatchedNames("OPEN");
    expect(open.map((row) => row.name)).toEqual(expect.arrayContaining([`Nickname ${tag}`, `马${tag}`, `Nobody ${tag}`]));

    expect(await linkNameAction({ id: (await queued(`Nickname ${tag}`)).id, target: `person:${known.id}` })).toMatchObject({ ok: true });
    const created = await createFromNameAction({ id: (await queued(`马${tag}`)).id, as: "person" });
    expect(created).toMatchObject({ ok: true, data: { type: "person" } });
    expect(await ignoreNameAction({ id: (await queued(`Nobody ${tag}`)).id })).toMatchObject({ ok: true });
    // Resolving twice is refused with who did it.
    expect(await ignoreNameAction({ id: (await queued(`Nobody ${tag}`)).id })).toMatchObject({ ok: false, formError: expect.stringContaining("already resolved") });

    const report = await commitImport(db, input, { actorEmail: "synthetic test" });
    expect(report.counts).toMatchObject({ create: 3, waiting: 0 });
    const rows = await db.submission.findMany({ where: { officialNumber: { endsWith: tag } }, orderBy: { officialNumber: "asc" }, include: { parties: true } });
    const newPerson = await db.person.findUniqueOrThrow({ where: { id: created.ok ? created.data.id : "" } });
    expect(newPerson).toMatchObject({ nameZh: `马${tag}`, status: "DRAFT" });
    expect(rows.map((row) => row.parties.map((party) => party.personId))).toEqual([[known.id], [newPerson.id], [known.id]]);
  });

  it("refuses to link a ministry name to a company", async () => {
    const company = await createOrganization("COMPANY");
    await dryRunImport(db, { kind: "referrals", text: `year,body,official_number,ministry,role,referred_on\n${year},NPC,X-${tag},Ministry of Nowhere ${tag},lead,2022-01-01`, format: "csv", source: "r.csv" });
    await actAsNewStaffUser("EDITOR");
    const entry = await queued(`Ministry of Nowhere ${tag}`);
    expect(entry.kind).toBe("MINISTRY");
    expect(await linkNameAction({ id: entry.id, target: `organization:${company.id}` })).toMatchObject({ ok: false, fieldErrors: { recordId: ["Choose a ministry."] } });
    expect((await queued(`Ministry of Nowhere ${tag}`)).status).toBe("OPEN");
  });

  it("refuses reporters and anonymous callers, in the action and the data layer", async () => {
    await dryRunImport(db, submissions([`${year},NPC,V1-${tag},Synthetic refused,,Refused Name ${tag}`]));
    const entry = await queued(`Refused Name ${tag}`);
    actAs(await createStaffUser("REPORTER"));
    expect(await ignoreNameAction({ id: entry.id })).toMatchObject({ ok: false, formError: "You do not have permission to do that." });
    await expect(linkUnmatchedName(entry.id, { type: "person", recordId: "x" })).rejects.toThrow();
    actAs(null);
    expect(await createFromNameAction({ id: entry.id, as: "person" })).toMatchObject({ ok: false });
    expect((await queued(`Refused Name ${tag}`)).status).toBe("OPEN");
  });
});
