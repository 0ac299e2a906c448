import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { inject } from "vitest";

// Debian's chromium through playwright-core (never `npx playwright install`: no internet here).

const executablePath = "/usr/bin/chromium";
export const screenshotsDir = path.resolve("tests", "e2e", "screenshots");

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(executablePath)) {
    throw new Error(`${executablePath} is missing: apt-get update && apt-get install -y chromium`);
  }
  return chromium.launch({
    executablePath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** The base URL of the app under test (started by tests/e2e/support/global-setup.ts). */
export function appUrl(): string {
  return inject("e2eBaseUrl");
}

/** A fresh, signed-out browser context whose page.goto("/path") is relative to the app. */
export async function newAppContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ baseURL: appUrl() });
}

export async function newAppPage(browser: Browser): Promise<Page> {
  return (await newAppContext(browser)).newPage();
}

/** Saves a full-page screenshot as tests/e2e/screenshots/<name>.png (gitignored). */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(screenshotsDir, { recursive: true });
  const file = path.join(screenshotsDir, `${name.replace(/[^a-z0-9-]+/gi, "-")}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
