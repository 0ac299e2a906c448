import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newAppPage, saveScreenshot } from "./support/browser";

// A reader searching the seeded 2022 data: grouped, highlighted results; suggestions while typing
// that work with the keyboard alone; odd input that never breaks the page.

describe("search", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("finds a person by Chinese name, pinyin and nickname, with the match highlighted", async () => {
    const page = await newAppPage(browser);
    for (const q of ["马化腾", "mahuateng", "Pony Ma"]) {
      const response = await page.goto(`/search?q=${encodeURIComponent(q)}`);
      expect(response?.status()).toBe(200);
      const people = page.getByRole("region", { name: /People/ });
      await expect.poll(() => people.locator("h3").first().innerText()).toContain("Ma Huateng");
    }
    expect(await page.locator("mark").count()).toBeGreaterThan(0);
    await page.goto(`/search?q=${encodeURIComponent("马化腾")}`);
    const submissions = page.getByRole("region", { name: /Submissions/ });
    expect(await submissions.locator("li").count()).toBeGreaterThan(0);
    await saveScreenshot(page, "search-ma-huateng");
  });

  it("groups results by kind and filters them like the submission list", async () => {
    const page = await newAppPage(browser);
    await page.goto("/search?q=self-driving");
    expect(await page.getByRole("heading", { level: 2, name: /Submissions/ }).count()).toBe(1);
    expect(await page.getByRole("heading", { level: 2, name: /Angles/ }).count()).toBe(1);
    await saveScreenshot(page, "search-self-driving");
    await page.goto("/search?q=self-driving&body=NPC");
    expect(await page.getByRole("heading", { level: 2, name: /Submissions/ }).count()).toBe(0);
    // Every filter of the list, in the same form: a topic the self-driving proposal does not have.
    await page.goto("/search?q=self-driving&strength=DIRECT");
    expect(await page.locator("#search-strength").inputValue()).toBe("DIRECT");
    await page.goto("/search?q=self-driving&hasReply=yes&provenance=OFFICIAL_RELEASE");
    expect(await page.getByRole("heading", { level: 2, name: /Angles/ }).count()).toBe(0);
    await saveScreenshot(page, "search-filtered");
  });

  it("suggests while typing and opens a suggestion with the keyboard alone", async () => {
    const page = await newAppPage(browser);
    await page.goto("/search");
    const box = page.getByRole("combobox", { name: /Search in/ });
    await box.focus();
    await box.pressSequentially("lei", { delay: 60 });
    const option = page.getByRole("option", { name: /Lei Jun/ });
    await option.waitFor({ state: "visible" });
    expect(await box.getAttribute("aria-expanded")).toBe("true");
    await saveScreenshot(page, "search-suggestions");
    await box.press("ArrowDown");
    expect(await box.getAttribute("aria-activedescendant")).toBe(await option.getAttribute("id"));
    await box.press("Escape");
    expect(await box.getAttribute("aria-expanded")).toBe("false");
    await box.press("ArrowDown");
    await box.press("Enter");
    await page.waitForURL(/\/people\/lei-jun$/);
  });

  it("answers odd input with a page, never an error", async () => {
    const page = await newAppPage(browser);
    const inputs = ["", "x", "%", "'; DROP TABLE \"SearchDocument\"; --", "😀", "a".repeat(10_000), "\u0007\u001b[31m", ".*(a+)+$"];
    for (const q of inputs) {
      const response = await page.goto(`/search?q=${encodeURIComponent(q)}`);
      expect(response?.status(), JSON.stringify(q.slice(0, 20))).toBe(200);
      expect(await page.getByRole("heading", { level: 1 }).innerText()).toMatch(/^Search/);
    }
    // 3,000 characters, ~7 KB encoded: under Node's 16 KB header limit (beyond it Node answers 431 itself).
    const suggest = await page.request.get(`/api/search/suggest?q=${encodeURIComponent("%'\\".repeat(1000))}`);
    expect(suggest.status()).toBe(200);
    expect(await suggest.json()).toEqual({ suggestions: [] });
    await page.goto(`/search?q=${encodeURIComponent("<img src=x onerror=alert(1)> Tencent")}`);
    expect(await page.locator("img[src=x]").count()).toBe(0);
    await saveScreenshot(page, "search-odd-input");
  });
});
