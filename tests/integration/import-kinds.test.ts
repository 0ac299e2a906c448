import { pinyin } from "pinyin-pro";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { neutraliseCell } from "@/lib/downloads/csv";
import { commitImport, dryRunImport, type ImportInput } from "@/lib/import/run";
import { csvTemplate, jsonTemplate } from "@/lib/import/templates";
import { importKindNames } from "@/lib/import/types";
import { hanSyllables } from "@/lib/search/text";
import { createOrganization, createPerson, createSession, uniqueTag } from "@/tests/support/factories";

// The shared import pipeline on synthetic data: every kind, CSV and JSON, name matching by exact
// name, alias and pinyin, the unmatched-names queue, idempotent re-imports, formulas kept as text.

const csv = (kind: ImportInput["kind"], lines: string[], source = `${kind}.csv`): ImportInput => ({ kind, text: lines.join("\r\n"), format: "csv", source });
const commit = (input: ImportInput) => commitImport(db, input, { actorEmail: "synthetic test" });

/** Three random common Han characters: a name no other test (or the seed) uses. */
function randomHanName(): string {
  return Array.from({ length: 3 }, () => String.fromCodePoint(0x4e00 + Math.floor(Math.random() * 0x4000))).join("");
}

/**
 * A random name read the same in plain pinyin (what the test types) and as a name (what the
 * matcher indexes, surname readings): about one draw in 2,000 starts with a character such as 六
 * (liù, as a surname lù), which made the pinyin rows wait for no fault of the matcher.
 */
function randomHanNameOneReading(): string {
  for (;;) {
    const name = randomHanName();
    if (pinyin(name, { toneType: "none", type: "array" }).join("") === hanSyllables(name, true).join("")) return name;
  }
}

let tag: string;
let year: number;
let person: { id: string; nameZh: string | null };
let company: { id: string };
let ministry: { id: string; nameEn: string };

beforeAll(async () => {
  tag = uniqueTag();
  year = (await createSession()).year;
  person = await createPerson({ nameEn: `Synthetic Importee ${tag}`, nameZh: randomHanNameOneReading(), aliases: [`Alias ${tag}`] });
  company = await createOrganization("COMPANY", { nameEn: `Synthetic Co ${tag}`, nameZh: randomHanName() });
  ministry = await createOrganization("MINISTRY", { nameEn: `Synthetic Ministry ${tag}`, nameZh: randomHanName() });
});

const subHeader = "year,body,official_number,title_en,title_zh,submitters,co_signers";

describe("submissions import", () => {
  it("matches submitters by Chinese name, alias, pinyin with tone marks or numbers, any case and spacing", async () => {
    const zh = person.nameZh!;
    const marks = pinyin(zh, { toneType: "symbol" }).toUpperCase();
    const numbers = pinyin(zh, { toneType: "num" }).replace(/ /g, "");
    const input = csv("submissions", [
      subHeader,
      `${year},CPPCC,M1-${tag},Synthetic title one,合成标题一,${zh},`,
      `${year},CPPCC,M2-${tag},Synthetic title two,,alias ${tag},Synthetic Co ${tag}`,
      `${year},CPPCC,M3-${tag},Synthetic title three,,${marks},`,
      `${year},CPPCC,M4-${tag},Synthetic title four,,${numbers},`,
    ]);
    const report = await dryRunImport(db, input);
    expect(report.rows.map((row) => row.action)).toEqual(["create", "create", "create", "create"]);
    const done = await commit(input);
    expect(done.counts.create).toBe(4);
    const rows = await db.submission.findMany({ where: { officialNumber: { endsWith: tag } }, orderBy: { officialNumber: "asc" }, include: { parties: { orderBy: { position: "asc" } } } });
    expect(rows.map((row) => [row.status, row.parties.map((p) => p.personId ?? p.organizationId)])).toEqual([
      ["DRAFT", [person.id]],
      ["DRAFT", [person.id, company.id]],
      ["DRAFT", [person.id]],
      ["DRAFT", [person.id]],
    ]);
    expect(rows[1].parties[1].role).toBe("COSIGNER");
    // The same file again: nothing changes.
    const again = await commit(input);
    expect(again.counts).toMatchObject({ create: 0, update: 0, unchanged: 4 });
    expect(await db.submission.count({ where: { officialNumber: { endsWith: tag } } })).toBe(4);
  });

  it("an unknown name waits in the queue; linked there, the next run completes the row", async () => {
    const stranger = `Unknown Submitter ${tag}`;
    const input = csv("submissions", [subHeader, `${year},NPC,Q1-${tag},Synthetic queued title,,${stranger},`, `${year},NPC,Q2-${tag},Synthetic fine title,,${person.nameZh},`], "queued.csv");
    const first = await dryRunImport(db, input);
    expect(first.rows[0]).toMatchObject({ action: "waiting", message: `Row 2: waits on "${stranger}", which matches no record yet. Resolve it in the unmatched-names queue, then run the import again.` });
    expect(first.ok).toBe(false);
    expect(first.unmatchedNames).toEqual([stranger]);
    const entry = await db.unmatchedName.findFirstOrThrow({ where: { name: stranger } });
    expect(entry).toMatchObject({ status: "OPEN", kind: "PERSON_OR_ORGANIZATION", firstSeenIn: "queued.csv (submissions), row 2" });
    // A commit refuses while a row waits, and writes nothing.
    expect((await commit(input)).ok).toBe(false);
    expect(await db.submission.count({ where: { officialNumber: { in: [`Q1-${tag}`, `Q2-${tag}`] } } })).toBe(0);

    await db.unmatchedName.update({ where: { id: entry.id }, data: { status: "LINKED", organizationId: company.id } });
    const second = await commit(input);
    expect(second.counts).toMatchObject({ create: 2, waiting: 0 });
    const created = await db.submission.findFirstOrThrow({ where: { officialNumber: `Q1-${tag}` }, include: { parties: true } });
    expect(created.parties.map((party) => party.organizationId)).toEqual([company.id]);
  });

  it("updates only what the file changes, and keeps formulas as plain text", async () => {
    const formula = "=cmd|' /C calc'!A0";
    await commit(csv("submissions", [subHeader, `${year},CPPCC,F1-${tag},Synthetic plain,,${person.nameZh},`]));
    const report = await commit(csv("submissions", [subHeader, `${year},CPPCC,F1-${tag},"${formula.replace(/"/g, '""')}",+合成,,`]));
    expect(report.rows[0]).toMatchObject({ action: "update", message: expect.stringContaining("changes title en, title zh") });
    const row = await db.submission.findFirstOrThrow({ where: { officialNumber: `F1-${tag}` }, include: { parties: true } });
    expect([row.titleEn, row.titleZh]).toEqual([formula, "+合成"]);
    expect(row.parties).toHaveLength(1); // no submitters in the file: those recorded stay
    expect(neutraliseCell(row.titleEn!)).toBe(`'${formula}`);
  });

  it("reads the same rows from JSON", async () => {
    const items = [{ year, body: "CPPCC", official_number: `J1-${tag}`, title_en: "Synthetic JSON title", title_zh: null, submitters: [person.nameZh], co_signers: [] }];
    const input: ImportInput = { kind: "submissions", text: JSON.stringify(items), format: "json", source: "subs.json" };
    expect((await commit(input)).counts.create).toBe(1);
    expect((await dryRunImport(db, input)).counts.unchanged).toBe(1);
  });
});

describe("referrals, replies, people and organizations", () => {
  it("a reply needs its referral; both re-import unchanged", async () => {
    await commit(csv("submissions", [subHeader, `${year},NPC,R1-${tag},Synthetic replied,,,`]));
    const reply = csv("replies", ["year,body,official_number,ministry,replied_on,result,summary_en", `${year},NPC,R1-${tag},${ministry.nameEn},2022-07-10,B,Synthetic reply`]);
    expect((await dryRunImport(db, reply)).rows[0].message).toContain(`was not referred to ${ministry.nameEn}`);
    const referral = csv("referrals", ["year,body,official_number,ministry,role,referred_on", `${year},NPC,R1-${tag},${ministry.nameEn.toUpperCase()},lead,2022-04-10`]);
    expect((await commit(referral)).counts.create).toBe(1);
    expect((await commit(reply)).counts.create).toBe(1);
    expect((await commit(reply)).counts.unchanged).toBe(1);
    expect((await commit(referral)).counts.unchanged).toBe(1);
    const wrongDate = await dryRunImport(db, csv("replies", ["year,body,official_number,ministry,replied_on", `${year},NPC,R1-${tag},${ministry.nameEn},10/07/2022`]));
    expect(wrongDate.rows[0].message).toBe('Row 2: "replied on" 10/07/2022 is not a date (dates must be written YYYY-MM-DD, e.g. 2022-04-15, so that 04/05 cannot mean two days).');
  });

  it("people and organizations: created as drafts, then unchanged, then updated with new aliases", async () => {
    const people = csv("people", ["name_en,name_zh,aliases", `Synthetic Newcomer ${tag},,Newbie ${tag}`]);
    expect((await commit(people)).counts.create).toBe(1);
    expect((await commit(people)).counts.unchanged).toBe(1);
    const more = await commit(csv("people", ["name_en,name_zh,aliases", `synthetic newcomer ${tag},,Second ${tag}`]));
    expect(more.counts.update).toBe(1);
    const created = await db.person.findFirstOrThrow({ where: { nameEn: { equals: `Synthetic Newcomer ${tag}`, mode: "insensitive" } } });
    expect(created.aliases).toEqual([`Newbie ${tag}`, `Second ${tag}`]);
    expect(created.status).toBe("DRAFT");

    const orgs = csv("organizations", ["kind,name_en,name_zh,sectors", `company,Synthetic Imported Co ${tag},,software; cloud`, `部委,Synthetic Imported Ministry ${tag},,`]);
    expect((await commit(orgs)).counts.create).toBe(2);
    expect((await commit(orgs)).counts.unchanged).toBe(2);
    const kinds = await db.organization.findMany({ where: { nameEn: { startsWith: "Synthetic Imported", endsWith: tag } }, orderBy: { nameEn: "asc" }, select: { kind: true, sectors: true } });
    expect(kinds).toEqual([{ kind: "COMPANY", sectors: ["software", "cloud"] }, { kind: "MINISTRY", sectors: [] }]);
  });

  it("every kind has a CSV and a JSON template the import itself accepts", async () => {
    for (const kind of importKindNames) {
      const fromCsv = await dryRunImport(db, { kind, text: csvTemplate(kind), format: "csv", source: "template.csv" });
      const fromJson = await dryRunImport(db, { kind, text: jsonTemplate(kind), format: "json", source: "template.json" });
      expect(fromCsv.fileProblems, kind).toEqual([]);
      expect(fromJson.fileProblems, kind).toEqual([]);
      expect(fromJson.rows.length, kind).toBe(1);
    }
  });
});
