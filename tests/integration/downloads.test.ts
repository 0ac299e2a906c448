import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { GET } from "@/app/downloads/[...path]/route";
import { db } from "@/lib/db";
import { downloadTables } from "@/lib/data/public/download-tables";
import { createPublicWorld, type PublicWorld } from "@/tests/support/public-world";

// Downloads as a researcher gets them: every public table per session and in full, CSV that Excel
// opens with Chinese intact and no formula executed, and nothing that is not published.

function download(path: string) {
  const request = new Request(`http://tracker.test/downloads/${path}`, { headers: { "x-forwarded-for": `192.0.2.${Math.floor(Math.random() * 250)}` } });
  return GET(request, { params: Promise.resolve({ path: path.split("/") }) });
}

async function ok(path: string): Promise<Response> {
  const response = await download(path);
  expect(response.status, `${path}: ${await response.clone().text()}`).toBe(200);
  return response;
}

let world: PublicWorld;
beforeAll(async () => {
  world = await createPublicWorld();
  // A cell a spreadsheet would run as a formula, and one that starts with a tab.
  await db.submission.update({ where: { id: world.second.id }, data: { titleEn: "=cmd|' /C calc'!A0", titleZh: "\t-合成标题" } });
});

describe("downloads", () => {
  it("a session's submissions CSV: BOM, CRLF, Chinese intact, formulas neutralised, only published rows", async () => {
    const response = await ok(`${world.session.year}/submissions.csv`);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="two-sessions-tracker-${world.session.year}-submissions.csv"`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.slice(3));
    expect(text).toContain("\r\n");
    const rows = parse(text, { columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0])).toEqual(downloadTables.submissions.columns);
    expect(rows.map((row) => row.id).sort()).toEqual([world.main.id, world.second.id].sort());
    const main = rows.find((row) => row.id === world.main.id)!;
    expect(main.titleZh).toBe(world.main.titleZh);
    expect(main.year).toBe(String(world.session.year));
    const second = rows.find((row) => row.id === world.second.id)!;
    expect(second.titleEn).toBe("'=cmd|' /C calc'!A0");
    expect(second.titleZh).toBe("'\t-合成标题");
    expect(text).not.toContain(world.secret);
  });

  it("JSON per table and all tables in one file, rows shaped as the documented columns, no internal text", async () => {
    const all = (await (await ok(`${world.session.year}/tracker.json`)).json()) as { session: number; tables: Record<string, Array<Record<string, unknown>>> };
    expect(all.session).toBe(world.session.year);
    const perSession = Object.entries(downloadTables).filter(([, table]) => table.perSession).map(([name]) => name);
    expect(Object.keys(all.tables).sort()).toEqual(perSession.sort());
    for (const [name, rows] of Object.entries(all.tables)) {
      for (const row of rows) expect(Object.keys(row), name).toEqual(downloadTables[name].columns);
    }
    expect(all.tables.referrals.map((row) => row.id)).toEqual([world.referral.id]);
    expect(all.tables.replies.map((row) => row.id)).toEqual([world.reply.id]);
    expect(all.tables.angles.map((row) => row.id)).toEqual([world.angle.id]);
    expect(all.tables["submission-parties"].map((row) => row.personId)).not.toContain(world.draftPerson.id);
    expect(JSON.stringify(all)).not.toContain(world.secret);

    const angles = (await (await ok(`${world.session.year}/angles.json`)).json()) as Array<Record<string, unknown>>;
    expect(angles).toEqual([expect.objectContaining({ id: world.angle.id, organizationId: world.company.id, strength: "DIRECT" })]);
    // The session page shows the session's notes; the download carries them too.
    expect(all.tables.sessions).toEqual([expect.objectContaining({ year: world.session.year, notesEn: world.session.notesEn, notesZh: null })]);
  });

  it("the full downloads hold every public table and leave out drafts", async () => {
    for (const name of Object.keys(downloadTables)) {
      const rows = (await (await ok(`${name}.json`)).json()) as Array<Record<string, unknown>>;
      for (const row of rows.slice(0, 50)) expect(Object.keys(row), name).toEqual(downloadTables[name].columns);
      const text = JSON.stringify(rows);
      expect(text, name).not.toContain(world.secret);
      expect(text, name).not.toContain(world.draftPerson.id);
      expect(text, name).not.toContain(world.draftTopic.id);
    }
    const sources = (await (await ok("sources.csv")).text()).split("\r\n");
    // Response.text() drops the BOM, as any UTF-8 decoder does; the bytes are checked above.
    expect(sources[0]).toBe("id,kind,title,publisher,url,publishedOn,year");
    const people = (await (await ok("people.json")).json()) as Array<{ id: string }>;
    expect(people.map((row) => row.id)).toContain(world.person.id);
  });

  it("answers 404 for an unknown table, a session that is not published, a whole-only table per session", async () => {
    for (const path of ["users.csv", "9999x/submissions.csv", "1900/submissions.csv", `${world.session.year}/people.csv`, "submissions.xlsx", "a/b/c.csv"]) {
      expect((await download(path)).status, path).toBe(404);
    }
  });
});
