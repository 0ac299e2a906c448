import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { downloadTables } from "@/lib/data/public/download-tables";
import { appUrl } from "./support/browser";
import { LEAK } from "./support/leak-markers";
import { SYNTHETIC } from "./support/synthetic";

// Leaks are the worst failure, checked over HTTP against the built server: the HTML source (page
// metadata included), every API answer, feed, download, the sitemap, robots.txt, search and its
// suggestions, in English and Chinese, headers included. Pages and routes are found by walking
// app/, so a new one fails here until it is given addresses to try. The database holds one of
// each secret (support/leak-fixtures.ts); the approved public note proves the pages are looked at.

const appDir = path.resolve("app");

function files(dir: string, match: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return files(full, match);
    const relative = path.relative(appDir, full).split(path.sep).join("/");
    return match.test(relative) ? [relative] : [];
  });
}

/** The address pattern of a page or route file: route groups dropped, e.g. "/submissions/[slug]". */
function pattern(file: string): string {
  const segments = file.split("/").slice(0, -1).filter((segment) => !/^\(.*\)$/.test(segment));
  return `/${segments.join("/")}`;
}

const probes = ["zqleak", "Draft zqleak", "pilot zone", "robotaxis", ...Object.values(LEAK.markers)];

/** Addresses to fetch for each pattern; a pattern missing here fails the test. */
const addresses: Record<string, string[]> = {
  "/": ["/"],
  "/about": ["/about"],
  "/api": ["/api"],
  "/search": probes.map((q) => `/search?q=${encodeURIComponent(q)}`),
  "/submissions": ["/submissions", `/submissions?year=${SYNTHETIC.year}`, "/submissions?strength=DIRECT", "/submissions?year=2022"],
  "/submissions/[slug]": [`/submissions/${LEAK.slug}`, `/submissions/${LEAK.draftSlug}`, `/submissions/${SYNTHETIC.submission}`],
  "/sessions/[year]": [`/sessions/${SYNTHETIC.year}`, "/sessions/2022"],
  "/people/[slug]": [`/people/${SYNTHETIC.person}`],
  "/organizations/[slug]": [`/organizations/${SYNTHETIC.ministry}`],
  "/ministries/[slug]": [`/ministries/${SYNTHETIC.ministry}`],
  "/topics/[slug]": [`/topics/${SYNTHETIC.topic}`],
  "/language": ["/language?locale=zh&next=/"],
  "/api/search/suggest": probes.map((q) => `/api/search/suggest?q=${encodeURIComponent(q)}`),
  "/api/v1/openapi.json": ["/api/v1/openapi.json"],
  "/feeds/[...path]": [
    "/feeds/submissions.atom", "/feeds/submissions.rss", "/feeds/replies.atom",
    `/feeds/people/${SYNTHETIC.person}/submissions.atom`, `/feeds/topics/${SYNTHETIC.topic}/submissions.rss`,
    ...probes.map((q) => `/feeds/search.rss?q=${encodeURIComponent(q)}`),
  ],
  "/downloads/[...path]": [...Object.keys(downloadTables).flatMap((table) => [`/downloads/${table}.csv`, `/downloads/${SYNTHETIC.year}/${table}.json`]), "/downloads/tracker.json"],
  "/sitemap.xml": ["/sitemap.xml"],
  "/robots.txt": ["/robots.txt"],
  // Staff-only handlers, called signed out: they must refuse and show nothing.
  "/admin/import/[id]/progress": [LEAK.submissionId, ...LEAK.noteIds].map((id) => `/admin/import/${id}/progress`),
  "/admin/import/templates/[file]": ["/admin/import/templates/submissions.csv", "/admin/import/templates/people.json"],
};
const lists = ["angles", "ministries", "organizations", "people", "referrals", "replies", "sessions", "submissions", "topics"];
for (const list of lists) {
  addresses[`/api/v1/${list}`] = [`/api/v1/${list}?limit=200`];
  addresses[`/api/v1/${list}/[id]`] = [LEAK.submissionId, LEAK.draftSubmissionId, ...LEAK.angleIds, ...LEAK.noteIds].map((id) => `/api/v1/${list}/${id}`);
}
// next-auth's own endpoints read no record; /admin is staff-only (checked signed out below).
const notPublic = new Set(["/api/auth/[...nextauth]"]);

function discovered(): string[] {
  const pages = files(appDir, /(^|\/)page\.tsx$/).filter((file) => !file.startsWith("(admin)") && !file.startsWith("(auth)"));
  const routes = files(appDir, /(^|\/)route\.ts$/);
  const special = ["sitemap.ts", "robots.ts"].filter((file) => fs.existsSync(path.join(appDir, file))).map((file) => `/${file.replace(".ts", file === "robots.ts" ? ".txt" : ".xml")}`);
  return [...pages.map(pattern), ...routes.map(pattern), ...special];
}

let client = 0;
async function fetchText(url: string, locale: "en" | "zh"): Promise<{ status: number; text: string }> {
  client += 1;
  const response = await fetch(new URL(url, appUrl()), {
    redirect: "manual",
    // A different client address per request keeps the API's rate limit out of the way.
    headers: { cookie: `NEXT_LOCALE=${locale}`, "x-forwarded-for": `198.18.${client % 250}.${Math.floor(client / 250) % 250}` },
  });
  const headers = [...response.headers.entries()].map(([key, value]) => `${key}: ${value}`).join("\n");
  return { status: response.status, text: `${headers}\n\n${await response.text()}` };
}

function leaksIn(text: string, asked: string): string[] {
  const query = decodeURIComponent(asked);
  return Object.entries(LEAK.markers).filter(([, marker]) => !query.includes(marker) && text.includes(marker)).map(([name]) => name);
}

describe("nothing internal reaches a public response", () => {
  it("has addresses for every public page and route in app/", () => {
    const missing = discovered().filter((found) => !addresses[found] && !notPublic.has(found));
    expect(missing, "add these to `addresses` in tests/e2e/public-leak.test.ts").toEqual([]);
  });

  it("finds no marker in any page, API answer, feed, download, sitemap or header, in both languages", async () => {
    const sitemap = (await fetchText("/sitemap.xml", "en")).text;
    // Every page the sitemap lists too: the real 2022 records, whatever they are.
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
    const all = [...new Set([...discovered().flatMap((found) => addresses[found] ?? []), ...listed])];
    const found: string[] = [];
    let fetched = 0;
    for (const url of all) {
      for (const locale of ["en", "zh"] as const) {
        const { status, text } = await fetchText(url, locale);
        expect(status, url).toBeLessThan(500);
        fetched += 1;
        for (const leak of leaksIn(text, url)) found.push(`${url} (${locale}): ${leak}`);
      }
    }
    expect(found).toEqual([]);
    expect(fetched).toBeGreaterThan(100);
  }, 600_000);

  it("shows the approved public note on its passage, and the draft submission is not found", async () => {
    const { status, text } = await fetchText(`/submissions/${LEAK.slug}`, "en");
    expect(status).toBe(200);
    expect(text).toContain(LEAK.visibleNote);
    expect(text).toMatch(/<mark[^>]*>every pilot zone<\/mark>/);
    expect((await fetchText(`/submissions/${LEAK.draftSlug}`, "en")).status).toBe(404);
    const search = await fetchText(`/search?q=${encodeURIComponent("pilot zones are the test")}`, "en");
    expect(search.text).toContain(`#note-${LEAK.noteIds[4]}`);
  });

  it("sends a signed-out visitor of a staff page to sign in, with no marker", async () => {
    const { status, text } = await fetchText(`/admin/notes/submissions/${LEAK.submissionId}`, "en");
    expect([302, 303, 307, 308]).toContain(status);
    expect(leaksIn(text, "")).toEqual([]);
  });
});
