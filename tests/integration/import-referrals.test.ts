import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { MAX_IMPORT_BYTES } from "@/lib/import/decode";
import { readImportFile } from "@/lib/import/read-file";
import { commitImport, dryRunImport } from "@/lib/import/run";
import { importKinds } from "@/lib/import/kinds";
import { parseIsoDate, replyDueOn } from "@/lib/import/values";
import { createOrganization, createSession, createSubmission, uniqueTag } from "@/tests/support/factories";

// The referral import with its dry run, on synthetic data: what an editor sees row by row, and
// that a commit is all or nothing and idempotent.

const encode = (text: string) => new TextEncoder().encode(text);
const input = (text: string) => ({ kind: "referrals" as const, text, format: "csv" as const, source: "referrals.csv" });
const dryRunReferralImport = (_db: unknown, bytes: Uint8Array) => dryRunImport(db, input(new TextDecoder().decode(bytes)));
const commitReferralImport = (_db: unknown, bytes: Uint8Array, actorEmail: string) => commitImport(db, input(new TextDecoder().decode(bytes)), { actorEmail });
const readFile = (bytes: Uint8Array) => readImportFile(bytes, "referrals.csv", importKinds.referrals.columns);
const header = "year,body,official_number,ministry,role,referred_on";

let year: number;
let numberA: string;
let numberB: string;
let ministry: { id: string; nameEn: string };
let submissionA: { id: string };

beforeAll(async () => {
  const session = await createSession();
  year = session.year;
  const tag = uniqueTag();
  numberA = `A-${tag}`;
  numberB = `B-${tag}`;
  submissionA = await createSubmission({ session, body: "CPPCC", officialNumber: numberA });
  await createSubmission({ session, body: "NPC", officialNumber: numberB, isComplex: true });
  ministry = await createOrganization("MINISTRY", { nameEn: `Synthetic Ministry of Tests ${tag}`, nameZh: `合成测试部${tag}`, aliases: [`MOT-${tag}`] });
});

describe("referral import", () => {
  it("dry run: reports each row in an editor's words and writes nothing", async () => {
    const csv = [
      header,
      `${year},CPPCC,${numberA},${ministry.nameEn},lead,2022-04-15`,
      `${year},npc,${numberB},合成测试部${ministry.nameEn.split(" ").pop()},会办,2022-04-16`,
      `${year},CPPCC,${numberA},Ministry of Nowhere,lead,2022-04-15`,
      `${year},CPPCC,${numberA},${ministry.nameEn},lead,2022-02-30`,
      `${year},CPPCC,${numberA},MOT-${ministry.nameEn.split(" ").pop()},joint,2022-04-15`,
      `${year},CPPCC,NOPE,${ministry.nameEn},lead,2022-04-15`,
    ].join("\r\n");
    const report = await dryRunReferralImport(db, encode(`\uFEFF${csv}`));
    expect(report.rows.map((row) => row.action)).toEqual(["create", "create", "waiting", "refuse", "refuse", "refuse"]);
    expect(report.rows[2]).toMatchObject({ action: "waiting" });
    expect(report.rows[2].message).toBe('Row 4: waits on "Ministry of Nowhere", which matches no record yet. Resolve it in the unmatched-names queue, then run the import again.');
    expect(report.rows[3].message).toContain('Row 5: "referred on" 2022-02-30 is not a date');
    expect(report.rows[4].message).toBe("Row 6: repeats row 2 (same submission and ministry).");
    expect(report.rows[5].message).toContain(`there is no CPPCC submission number NOPE in ${year}`);
    expect(report.ok).toBe(false);
    expect(await db.referral.count({ where: { ministryId: ministry.id } })).toBe(0);
  });

  it("commit: refuses the whole file while any row is refused (nothing half-imported)", async () => {
    const csv = `${header}\n${year},CPPCC,${numberA},${ministry.nameEn},lead,2022-04-15\n${year},CPPCC,${numberA},${ministry.nameEn},lead,2022-13-01\n`;
    const report = await commitReferralImport(db, encode(csv), "synthetic test");
    expect(report.ok).toBe(false);
    expect(await db.referral.count({ where: { ministryId: ministry.id } })).toBe(0);
  });

  it("commit: imports as drafts with due dates, and importing the same file again changes nothing", async () => {
    const csv = `${header}\n${year},CPPCC,${numberA},${ministry.nameEn},lead,2022-04-15\n${year},NPC,${numberB},${ministry.nameEn},参阅,2022-08-31\n`;
    const first = await commitReferralImport(db, encode(csv), "synthetic test");
    expect(first.counts).toEqual({ create: 2, update: 0, unchanged: 0, refuse: 0, waiting: 0 });
    const rows = await db.referral.findMany({ where: { ministryId: ministry.id }, orderBy: { referredOn: "asc" } });
    expect(rows.map((row) => [row.role, row.status, row.dueOn.toISOString().slice(0, 10)])).toEqual([
      ["LEAD", "DRAFT", "2022-07-15"],
      ["REFERENCE", "DRAFT", "2023-02-28"], // complex: six months, clamped to February's last day
    ]);
    const again = await commitReferralImport(db, encode(csv), "synthetic test");
    expect(again.counts).toEqual({ create: 0, update: 0, unchanged: 2, refuse: 0, waiting: 0 });
    expect(await db.referral.count({ where: { ministryId: ministry.id } })).toBe(2);

    const changed = await dryRunReferralImport(db, encode(`${header}\n${year},CPPCC,${numberA},${ministry.nameEn},joint,2022-04-15\n`));
    expect(changed.rows[0]).toMatchObject({ action: "update" });
    expect(await db.referral.count({ where: { submissionId: submissionA.id, role: "JOINT" } })).toBe(0);
  });

  it.each([
    ["a missing column", encode("year,body,official_number,ministry,role\n2022,NPC,1,X,lead\n"), /Missing column: referred_on/],
    ["an extra column", encode(`${header},notes\n2022,NPC,1,X,lead,2022-01-01,hi\n`), /Unknown column: notes/],
    ["a short row", encode(`${header}\n2022,NPC,1,X,lead\n`), /Row 2 has 5 cells but the header names 6 columns/],
    ["no rows", encode(`${header}\n`), /no rows/],
  ])("refuses a file with %s, with a clear message", async (_name, bytes, message) => {
    const file = readFile(bytes);
    expect(file.ok).toBe(false);
    expect(file.ok ? "" : file.problems.join(" ")).toMatch(message);
  });

  it("refuses a file over 50 MB before reading it", async () => {
    const file = readFile(new Uint8Array(MAX_IMPORT_BYTES + 1));
    expect(file.ok ? "" : file.problems[0]).toMatch(/the limit is 50 MB/);
  });

  it("knows real dates and due dates", () => {
    expect(parseIsoDate("2024-02-29")).not.toBeNull();
    expect(parseIsoDate("2022-02-30")).toBeNull();
    expect(parseIsoDate("15/04/2022")).toBeNull();
    expect(replyDueOn(new Date("2022-11-30"), false).toISOString().slice(0, 10)).toBe("2023-02-28");
  });
});
