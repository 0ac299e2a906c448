import iconv from "iconv-lite";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { MAX_IMPORT_BYTES } from "@/lib/import/decode";
import { importKinds } from "@/lib/import/kinds";
import { readImportFile } from "@/lib/import/read-file";
import { commitImport, dryRunImport } from "@/lib/import/run";
import { createOrganization, createSession, createSubmission, uniqueTag } from "@/tests/support/factories";

// Bad input: each gets a clear message, and nothing is half-imported.

const header = "year,body,official_number,ministry,role,referred_on";
let year: number;
let number: string;
let ministryZh: string;

beforeAll(async () => {
  const session = await createSession();
  year = session.year;
  number = `BAD-${uniqueTag()}`;
  await createSubmission({ session, body: "CPPCC", officialNumber: number });
  ministryZh = `合成坏输入部${Array.from({ length: 4 }, () => String.fromCodePoint(0x4e00 + Math.floor(Math.random() * 0x4000))).join("")}`;
  await createOrganization("MINISTRY", { nameEn: `Synthetic Bad Input Ministry ${number}`, nameZh: ministryZh });
});

const read = (bytes: Uint8Array, name = "file.csv") => readImportFile(bytes, name, importKinds.referrals.columns);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("reading a file", () => {
  it("decodes GBK (Excel on Chinese Windows) and says so", () => {
    const file = read(iconv.encode(`${header}\r\n${year},CPPCC,${number},${ministryZh},主办,2022-04-15\r\n`, "gbk"));
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    expect(file.rows[0].cells.ministry).toBe(ministryZh);
    expect(file.notices[0]).toMatch(/saved as GBK/);
  });

  it("reads UTF-8 with a BOM without a stray character in the first column name", () => {
    const file = read(utf8(`\uFEFF${header}\r\n${year},CPPCC,${number},${ministryZh},lead,2022-04-15\r\n`));
    expect(file.ok && file.rows[0].cells.year).toBe(String(year));
  });

  it.each([
    [";", "semicolons"],
    ["\t", "tabs"],
  ])("reads columns separated by %j and says so", (separator, words) => {
    const file = read(utf8(`${header.replaceAll(",", separator)}\n${[year, "CPPCC", number, ministryZh, "lead", "2022-04-15"].join(separator)}\n`));
    expect(file.ok).toBe(true);
    expect(file.ok && file.notices[0]).toBe(`The columns are separated by ${words}, not commas; the file has been read that way.`);
  });

  it("names missing and unknown columns", () => {
    const file = read(utf8("year,body,official_number,ministry,role,notes\n2022,NPC,1,X,lead,hi\n"));
    expect(file.ok ? [] : file.problems).toEqual([
      "Missing column: referred_on. The template's columns are year, body, official_number, ministry, role, referred_on.",
      "Unknown column: notes. The template's columns are year, body, official_number, ministry, role, referred_on.",
    ]);
  });

  it("names missing JSON fields too", () => {
    const file = read(utf8(JSON.stringify([{ year: 2022, body: "NPC", official_number: "1", ministry: "X", role: "lead" }])), "file.json");
    expect(file.ok ? "" : file.problems[0]).toMatch(/^Missing field: referred_on\./);
  });

  it("refuses bytes that are not text", () => {
    const file = read(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x00, 0x01, 0x02, 0x9f, 0x80, 0xff, 0xff, 0xc0]));
    expect(file.ok ? "" : file.problems[0]).toMatch(/not text this import can read/);
  });

  it("refuses a file over 50 MB before decoding it, naming the limit", () => {
    const file = read(new Uint8Array(MAX_IMPORT_BYTES + 1));
    expect(file.ok ? "" : file.problems[0]).toBe("The file is 50.0 MB; the limit is 50 MB. Split it (for example by session) and import the parts.");
  });

  it("refuses more than 50,000 rows in one file, naming the limit", () => {
    const lines = [header, ...Array.from({ length: 50_001 }, (_, i) => `${year},CPPCC,N${i},X,lead,2022-04-15`)];
    const file = read(utf8(lines.join("\n")));
    expect(file.ok ? "" : file.problems[0]).toBe("The file has 50,001 rows; one import takes at most 50,000. Split it (for example by session) and import the parts.");
  });
});

describe("rows", () => {
  it("refuses a row that repeats another word for word, naming both rows, and imports nothing while refused", async () => {
    const row = `${year},CPPCC,${number},${ministryZh},lead,2022-04-15`;
    const input = { kind: "referrals" as const, text: [header, row, `${year},CPPCC,${number},${ministryZh},lead,2022-02-30`, row].join("\n"), format: "csv" as const, source: "dup.csv" };
    const report = await dryRunImport(db, input);
    expect(report.rows.map((r) => r.message)).toEqual([
      expect.stringMatching(/^Row 2: new referral/),
      'Row 3: "referred on" 2022-02-30 is not a date; write it as YYYY-MM-DD, e.g. 2022-04-15.',
      "Row 4 duplicates row 2 (every cell the same); remove one of them.",
    ]);
    const committed = await commitImport(db, input, { actorEmail: "synthetic test" });
    expect(committed.ok).toBe(false);
    expect(await db.referral.count({ where: { submission: { officialNumber: number } } })).toBe(0);
    // Skipping refused rows is an explicit choice; then only the good row is written.
    const skipped = await commitImport(db, input, { actorEmail: "synthetic test", skipRefused: true });
    expect(skipped.ok).toBe(true);
    expect(await db.referral.count({ where: { submission: { officialNumber: number } } })).toBe(1);
  });
});
