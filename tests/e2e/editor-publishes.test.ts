import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newAppPage, saveScreenshot } from "./support/browser";
import { demoAccount, signInAs, submitSignIn } from "./support/sign-in";

// The first vertical slice as staff and readers use it: an editor signs in, logs a submission
// (after a refused attempt that keeps what they typed), publishes it, and a reader finds it.

const editor = demoAccount("EDITOR");
const tag = Date.now().toString(36);
const titleEn = `Synthetic e2e submission ${tag}: charging piles for every county`;
const titleZh = `合成测试建议 ${tag}：县县通充电桩 🚗`;

describe("an editor publishes a submission that readers then find", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("refuses a wrong password with one generic message", async () => {
    const page = await newAppPage(browser);
    await submitSignIn(page, editor.email, "Not-the-password-1");
    const alert = page.locator("form [role=alert]");
    await expect.poll(() => alert.innerText()).toBe("Email or password is incorrect.");
    expect(new URL(page.url()).pathname).toBe("/login");
    await saveScreenshot(page, "login-wrong-password");
  });

  it("signs in, is refused on bad input without losing it, then publishes", async () => {
    const page = await newAppPage(browser);
    await signInAs(page, "EDITOR");
    expect(new URL(page.url()).pathname).toBe("/admin");

    await page.goto("/admin/submissions/new");
    await page.getByLabel("Title in English").fill(titleEn);
    await page.getByLabel("Title in Chinese 中文标题").fill(titleZh);
    const firstSubmitter = page.getByLabel("Submitter 1", { exact: true });
    await firstSubmitter.selectOption({ index: 0 });
    await page.getByRole("button", { name: "Create submission" }).click();

    // No submitter chosen: a field-level error, and the titles are still there.
    const summary = page.getByRole("alert").filter({ hasText: /attention|error|fix/i });
    await expect.poll(() => summary.count()).toBeGreaterThan(0);
    expect(await page.getByLabel("Title in English").inputValue()).toBe(titleEn);
    expect(await page.getByLabel("Title in Chinese 中文标题").inputValue()).toBe(titleZh);
    await saveScreenshot(page, "submission-form-refused");

    // The picker's search narrows the list to the one person the editor means.
    const everyone = await firstSubmitter.locator("option").count();
    await page.getByLabel("Find submitter 1 by name").fill("lei jun");
    await expect.poll(() => firstSubmitter.locator("option").count()).toBe(2);
    expect(everyone).toBeGreaterThan(10);
    const leiJun = await firstSubmitter.locator("option", { hasText: "Lei Jun" }).getAttribute("value");
    await firstSubmitter.selectOption(leiJun!);
    await page.getByLabel("Find submitter 1 by name").fill("");
    expect(await firstSubmitter.inputValue()).toBe(leiJun);
    await page.getByRole("combobox", { name: /^Session/ }).selectOption({ index: 1 });
    await page.getByLabel("NPC", { exact: false }).first().check();
    await page.getByRole("button", { name: "+ Add source" }).click();
    await page.locator(`[name="sources.0.title"]`).fill(`Synthetic e2e source ${tag}`);
    await page.locator(`[name="sources.0.publisher"]`).fill("Synthetic test desk");
    await page.locator(`[name="sources.0.url"]`).fill(`https://example.org/synthetic/${tag}`);
    await page.getByLabel("Published", { exact: true }).check();
    await page.getByRole("button", { name: "Create submission" }).click();
    await expect.poll(() => page.locator("body").innerText(), { timeout: 20_000 }).toContain("Submission created");
    await saveScreenshot(page, "submission-created");

    const reader = await newAppPage(browser);
    await reader.goto("/submissions?year=2022&body=NPC");
    const link = reader.getByRole("link", { name: titleEn });
    await expect.poll(() => link.count()).toBe(1);
    await link.click();
    await reader.waitForURL(/\/submissions\/2022-/);
    const text = await reader.locator("main").innerText();
    expect(text).toContain(titleEn);
    expect(text).toContain(titleZh);
    expect(text).toContain("Lei Jun");
    expect(text).toContain(`Synthetic e2e source ${tag}`);
    await saveScreenshot(reader, "submission-public-page");
  });
});
