import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "./support/axe";
import { launchBrowser, newAppPage, saveScreenshot } from "./support/browser";

// Every public page type on the real 2022 data, as a reader reaches it: status, the heading, a
// screenshot to look at, and an axe-core scan that fails on any violation.

const pages: Array<{ name: string; path: string; heading: RegExp }> = [
  { name: "home", path: "/", heading: /2022 two sessions/ },
  { name: "session", path: "/sessions/2022", heading: /2022 two sessions/ },
  { name: "submissions", path: "/submissions?year=2022", heading: /Submissions, 2022/ },
  { name: "person", path: "/people/ma-huateng", heading: /Ma Huateng/ },
  { name: "organization", path: "/organizations/tencent", heading: /Tencent/ },
  { name: "topic", path: "/topics/digital-economy", heading: /Digital economy/ },
  { name: "about", path: "/about", heading: /About/ },
  { name: "not-found", path: "/people/no-such-person", heading: /could not find/ },
];

describe("public pages", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function visit(path: string): Promise<{ page: Page; status: number | undefined }> {
    const page = await newAppPage(browser);
    const response = await page.goto(path);
    return { page, status: response?.status() };
  }

  for (const entry of pages) {
    it(`renders the ${entry.name} page without accessibility violations`, async () => {
      const { page, status } = await visit(entry.path);
      expect(status).toBe(entry.name === "not-found" ? 404 : 200);
      await expect.poll(() => page.locator("main h1").first().innerText()).toMatch(entry.heading);
      await saveScreenshot(page, `public-${entry.name}`);
      await expectNoAxeViolations(page);
    });
  }

  it("links from a submission to its submitter's page and from there to a topic", async () => {
    const { page } = await visit("/people/ma-huateng");
    const submission = page.locator("main ol li h3 a").first();
    await submission.click();
    await page.waitForURL(/\/submissions\//);
    await saveScreenshot(page, "public-submission");
    await expectNoAxeViolations(page);
    await page.locator("aside a[href^='/people/']").first().click();
    await page.waitForURL(/\/people\/ma-huateng$/);
    await page.locator("a[href^='/topics/']").first().click();
    await page.waitForURL(/\/topics\//);
    expect(await page.locator("main h1").innerText()).not.toBe("");
  });

  it("renders a phone-width person page", async () => {
    const page = await newAppPage(browser);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/people/ma-huateng");
    await saveScreenshot(page, "public-person-phone");
  });
});
