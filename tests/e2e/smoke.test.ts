import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newAppPage, saveScreenshot } from "./support/browser";

// The first things a newcomer sees after `npm start`: the public tracker, and the sign-in page
// when they reach for the newsroom.

describe("smoke", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("serves the public home page", async () => {
    const page = await newAppPage(browser);
    const response = await page.goto("/");

    expect(response?.status()).toBe(200);
    await expect.poll(() => page.locator("body").innerText()).toContain("Two Sessions");
    await saveScreenshot(page, "smoke-home");
  });

  it("sends a signed-out visitor from /admin to /login", async () => {
    const page = await newAppPage(browser);
    await page.goto("/admin");

    expect(new URL(page.url()).pathname).toBe("/login");
    await saveScreenshot(page, "smoke-admin-signed-out");
  });
});
