import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appUrl, launchBrowser, newAppPage, saveScreenshot } from "./support/browser";
import { signInAs } from "./support/sign-in";
import { SYNTHETIC } from "./support/synthetic";

// Public pages are served from the data cache; an editor's save expires it, so the change shows on
// the public page at once. Edits a synthetic submission only (see support/synthetic-fixtures.ts).

const slug = "synthetic-submission-e2e-2";
const titleOf = async (path: string) => {
  const html = await (await fetch(`${appUrl()}${path}`)).text();
  return /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? "";
};

describe("public pages after an edit", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("shows an editor's new title on the submission, topic and person pages within a second", async () => {
    // Fill the cache first, and prove a second read is served from it unchanged.
    expect(await titleOf(`/submissions/${slug}`)).toBe("Synthetic submission 2 for browser tests");
    expect(await titleOf(`/submissions/${slug}`)).toBe("Synthetic submission 2 for browser tests");

    const page = await newAppPage(browser);
    await signInAs(page, "EDITOR");
    await page.goto("/admin/submissions");
    await page.getByRole("link", { name: "Synthetic submission 2 for browser tests", exact: true }).click();
    await page.waitForURL(/\/edit/);
    const newTitle = "Synthetic submission 2, retitled by the freshness test";
    await page.getByLabel("Title in English").fill(newTitle);
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.waitForURL(/saved=updated/);
    const savedAt = Date.now();

    expect(await titleOf(`/submissions/${slug}`)).toBe(newTitle);
    expect(Date.now() - savedAt).toBeLessThan(1000);
    const topicPage = await (await fetch(`${appUrl()}/topics/${SYNTHETIC.topic}`)).text();
    expect(topicPage).toContain(newTitle);
    const personPage = await (await fetch(`${appUrl()}/people/${SYNTHETIC.person}`)).text();
    expect(personPage).toContain(newTitle);
    await saveScreenshot(page, "freshness-admin-saved");
  });
});
