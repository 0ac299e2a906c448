import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newAppPage, saveScreenshot } from "./support/browser";

// A researcher on /api: reads about the API, follows the links to the OpenAPI document, a feed
// and a download, and gets what the page promised. Runs on the seeded 2022 data.

describe("open data page", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("describes the API, feeds and downloads, and its links answer", async () => {
    const page = await newAppPage(browser);
    const response = await page.goto("/api");
    expect(response?.status()).toBe(200);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).innerText()).toBe("Open data");
    for (const name of ["JSON API", "Feeds", "Downloads"]) {
      expect(await page.getByRole("heading", { level: 2, name }).count()).toBe(1);
    }
    await saveScreenshot(page, "open-data");

    const openapi = await page.request.get(await page.getByRole("link", { name: "/api/v1/openapi.json" }).getAttribute("href") ?? "");
    expect(openapi.status()).toBe(200);
    expect(((await openapi.json()) as { openapi: string }).openapi).toBe("3.1.0");

    // Other browser tests add synthetic submissions to this server, so count one person's real ones:
    // Ma Huateng's six 2022 suggestions, each citing its source.
    const submissionsHref = await page.getByRole("link", { name: "/api/v1/submissions" }).getAttribute("href");
    const submissions = await page.request.get(`${submissionsHref}?person=ma-huateng`);
    const body = (await submissions.json()) as { data: Array<{ year: number; sources: unknown[] }>; pagination: { total: number } };
    expect(body.pagination.total).toBe(6);
    expect(body.data.every((item) => item.year === 2022 && item.sources.length > 0)).toBe(true);

    const feed = await page.request.get(await page.getByRole("link", { name: "/feeds/submissions.atom" }).getAttribute("href") ?? "");
    expect(feed.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    expect(await feed.text()).toContain("<feed xmlns=\"http://www.w3.org/2005/Atom\">");

    const csvHref = await page.locator("tr", { hasText: "people" }).first().getByRole("link", { name: "CSV" }).first().getAttribute("href");
    const csv = await page.request.get(csvHref ?? "");
    expect(csv.headers()["content-disposition"]).toContain("two-sessions-tracker-people.csv");
    expect(await csv.text()).toContain("马化腾");
  });
});
