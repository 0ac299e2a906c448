import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getPublishedOrganizationBySlug } from "@/lib/data/public/organizations";
import { getPublishedPersonBySlug } from "@/lib/data/public/people";
import { searchPublished, suggestPublished } from "@/lib/data/public/search";
import { getSessionOverview } from "@/lib/data/public/session-overview";
import { listSitemapRecords } from "@/lib/data/public/sitemap";
import { getPublishedSubmissionBySlug } from "@/lib/data/public/submission-detail";
import { listPublishedSubmissions } from "@/lib/data/public/submissions";
import { downloadTables } from "@/lib/data/public/download-tables";
import { createLeakWorld, type LeakWorld } from "@/tests/support/leak-world";

// Leaks are the worst failure: private, desk and unapproved public notes, staff replies in a
// thread, detached notes, draft angles, reviewer comments, angle evidence and draft submissions
// must reach no public response. Every route handler in app/ (API, feeds, downloads, suggestions,
// sitemap, robots) is found by walking the folder and called here, so a new route fails this test
// until it is listed with the addresses to try. The rendered pages are fetched over HTTP by
// tests/e2e/public-leak.test.ts; here the data functions behind them are checked as well.

// The sitemap waits for a request (connection()) so the build never prerenders it; here there is
// no request scope, so that wait is a no-op.
vi.mock("next/server", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/server")>()), connection: async () => undefined }));

let world: LeakWorld;
beforeAll(async () => {
  world = await createLeakWorld();
}, 60_000);

const appDir = path.resolve("app");

function routeFiles(dir = appDir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    const relative = path.relative(appDir, full).split(path.sep).join("/");
    return /(^|\/)route\.ts$/.test(relative) || relative === "sitemap.ts" || relative === "robots.ts" ? [relative] : [];
  });
}

type Call = { url: string; params?: Record<string, string | string[]> };

/** The addresses each route is called with. A route missing here fails the test: add it. */
function callsFor(route: string, w: LeakWorld): Call[] | "not public" | undefined {
  const ids = [w.submissionId, w.draftSubmissionId, ...w.angleIds, ...w.noteIds];
  const v1 = /^api\/v1\/([a-z.]+)\/route\.ts$/.exec(route);
  if (v1) {
    if (v1[1] === "openapi.json") return [{ url: "/api/v1/openapi.json" }];
    const filtered = ["submissions", "referrals", "replies", "angles", "sessions"].includes(v1[1]) ? `&year=${w.year}` : "";
    return [{ url: `/api/v1/${v1[1]}?limit=200${filtered}` }];
  }
  const one = /^api\/v1\/([a-z]+)\/\[id\]\/route\.ts$/.exec(route);
  if (one) return ids.map((id) => ({ url: `/api/v1/${one[1]}/${id}`, params: { id } }));
  switch (route) {
    case "api/search/suggest/route.ts":
      return [...w.probes, ...Object.values(w.markers)].map((q) => ({ url: `/api/search/suggest?q=${encodeURIComponent(q)}` }));
    case "feeds/[...path]/route.ts": {
      const paths = ["submissions.atom", "submissions.rss", "replies.atom", "replies.rss", `people/${w.personSlug}/submissions.atom`, `organizations/${w.companySlug}/submissions.rss`];
      const searches = [...w.probes, ...Object.values(w.markers)].map((q) => `search.atom?q=${encodeURIComponent(q)}`);
      return [...paths, ...searches].map((p) => ({ url: `/feeds/${p}`, params: { path: p.split("?")[0].split("/") } }));
    }
    case "downloads/[...path]/route.ts": {
      const files = [...Object.keys(downloadTables).flatMap((table) => [`${table}.json`, `${table}.csv`]), "tracker.json", `${w.year}/tracker.json`];
      return files.map((p) => ({ url: `/downloads/${p}`, params: { path: p.split("/") } }));
    }
    case "sitemap.ts":
    case "robots.ts":
      return [{ url: `/${route.replace(".ts", "")}` }];
    case "api/auth/[...nextauth]/route.ts":
      return "not public"; // next-auth's sign-in endpoints read no record.
    // Staff-only handlers: called as the anonymous visitor these tests are, they must refuse.
    case "(admin)/admin/import/[id]/progress/route.ts":
      return ids.map((id) => ({ url: `/admin/import/${id}/progress`, params: { id } }));
    case "(admin)/admin/import/templates/[file]/route.ts":
      return [{ url: "/admin/import/templates/submissions.csv", params: { file: "submissions.csv" } }];
    case "(public)/language/route.ts":
      return [{ url: "/language?locale=zh&next=/" }];
  }
  return undefined;
}

async function callRoute(route: string, call: Call, n: number): Promise<string> {
  const mod = (await import(/* @vite-ignore */ path.join(appDir, route))) as Record<string, unknown>;
  const request = new Request(`http://tracker.test${call.url}`, { headers: { "x-forwarded-for": `198.18.${n % 250}.${(n >> 8) % 250}` } });
  if (route === "sitemap.ts" || route === "robots.ts") return JSON.stringify(await (mod.default as () => Promise<unknown>)());
  const { NextRequest } = await import("next/server");
  const handler = mod.GET as (request: Request, context: { params: Promise<unknown> }) => Promise<Response>;
  const response = await handler(new NextRequest(request), { params: Promise.resolve(call.params ?? {}) });
  const headers = [...response.headers.entries()].map(([key, value]) => `${key}: ${value}`).join("\n");
  return `${response.status}\n${headers}\n\n${await response.text()}`;
}

/** Markers found in `text`, except one the caller typed into the address (an echoed query is no leak). */
function leaksIn(text: string, asked = ""): string[] {
  return Object.entries(world.markers)
    .filter(([, marker]) => !asked.includes(marker) && text.includes(marker))
    .map(([name]) => name);
}

describe("nothing internal leaks through a public route", () => {
  const routes = routeFiles();

  it("knows how to call every route handler in app/", () => {
    const unknown = routes.filter((route) => callsFor(route, world) === undefined);
    expect(unknown, "add these routes to callsFor() in this test").toEqual([]);
    expect(routes.length).toBeGreaterThan(10);
  });

  it("finds no marker in any body or header of any route", async () => {
    let n = 0;
    const found: string[] = [];
    for (const route of routes) {
      const calls = callsFor(route, world);
      if (!Array.isArray(calls)) continue;
      for (const call of calls) {
        const text = await callRoute(route, call, n++);
        for (const leak of leaksIn(text, call.url)) found.push(`${call.url}: ${leak}`);
      }
    }
    expect(found).toEqual([]);
    expect(n).toBeGreaterThan(50);
  }, 120_000);

  it("the submission download does list the published submission (the check looks where it matters)", async () => {
    const text = await callRoute("downloads/[...path]/route.ts", { url: `/downloads/${world.year}/tracker.json`, params: { path: [String(world.year), "tracker.json"] } }, 9999);
    expect(text).toContain(world.slug);
  });
});

describe("nothing internal leaks through the data behind public pages", () => {
  it("shows the approved public note on the submission page data, and nothing else of the staff's", async () => {
    const submission = await getPublishedSubmissionBySlug(world.slug);
    const text = JSON.stringify(submission);
    expect(submission?.notes.map((note) => note.body)).toEqual([world.visibleNote]);
    expect(leaksIn(text)).toEqual([]);
    expect(text).not.toContain(world.reporter.email);
    expect(await getPublishedSubmissionBySlug(world.draftSlug)).toBeNull();
  });

  it("keeps markers out of person, organization, session, list and sitemap data", async () => {
    const all = await Promise.all([
      getPublishedPersonBySlug(world.personSlug),
      getPublishedOrganizationBySlug(world.companySlug),
      getSessionOverview(world.year),
      listPublishedSubmissions({ year: world.year, page: 1 } as Parameters<typeof listPublishedSubmissions>[0]),
      listSitemapRecords(),
    ]);
    expect(leaksIn(JSON.stringify(all))).toEqual([]);
  });

  it("finds the approved public note in search, and no marker whatever the query", async () => {
    const hit = await searchPublished({ q: world.visibleNote, page: 1 }, "en");
    expect(JSON.stringify(hit)).toContain(world.visibleNote);
    for (const probe of world.probes) {
      // Both interface languages: the Chinese subtitles are written from names too.
      for (const locale of ["en", "zh"]) {
        const outcome = await searchPublished({ q: probe, page: 1 }, locale);
        expect(leaksIn(JSON.stringify(outcome))).toEqual([]);
      }
      expect(leaksIn(JSON.stringify(await suggestPublished(probe)))).toEqual([]);
    }
    for (const marker of Object.values(world.markers)) {
      const outcome = await searchPublished({ q: marker, page: 1 }, "zh");
      expect(leaksIn(JSON.stringify(outcome), marker)).toEqual([]);
      expect(outcome.total).toBe(0);
      expect(leaksIn(JSON.stringify(await suggestPublished(marker)), marker)).toEqual([]);
    }
  });
});
