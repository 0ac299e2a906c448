import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "./support/axe";
import { appUrl, launchBrowser, newAppPage, saveScreenshot } from "./support/browser";
import { signInAs } from "./support/sign-in";
import { SYNTHETIC } from "./support/synthetic";

// Issue 7 items 4 and 9 in a real browser, on SYNTHETIC records this test creates: an editor merges
// a duplicate person and the duplicate's old public address answers 308 with the kept person; an
// editor confirms a proposed repeat and the public submission page says "Also raised in".

const tag = Date.now().toString(36);

async function editorPage(browser: Browser): Promise<Page> {
  const page = await newAppPage(browser);
  page.on("dialog", (dialog) => void dialog.accept());
  await signInAs(page, "EDITOR");
  return page;
}

async function createPerson(page: Page, nameEn: string, slug: string): Promise<string> {
  await page.goto("/admin/people/new");
  await page.getByLabel("Name (English)").fill(nameEn);
  await page.getByLabel("Public address").fill(slug);
  await page.getByLabel("Published", { exact: true }).check();
  await page.getByRole("button", { name: "Create person" }).click();
  await page.waitForURL(/\/edit\?saved=/, { timeout: 30_000 });
  return new URL(page.url()).pathname.split("/")[3];
}

async function createSubmission(page: Page, session: string, titleEn: string): Promise<string> {
  await page.goto("/admin/submissions/new");
  await page.locator("#field-sessionId").selectOption({ label: session });
  await page.locator("#field-body-CPPCC").check();
  await page.locator("#field-titleEn").fill(titleEn);
  await page.locator("#field-submitters-0-party").selectOption({ index: 1 });
  await page.getByRole("button", { name: "+ Add source" }).click();
  await page.locator(`[name="sources.0.title"]`).fill(`Synthetic repeat source ${tag}`);
  await page.locator(`[name="sources.0.publisher"]`).fill("Synthetic test desk");
  await page.getByLabel("Published", { exact: true }).check();
  await page.getByRole("button", { name: "Create submission" }).click();
  await expect.poll(() => page.locator("body").innerText(), { timeout: 30_000 }).toContain("Submission created");
  const href = await page.getByRole("link", { name: "View public page" }).first().getAttribute("href");
  return href!;
}

describe("merging duplicates and repeats across years", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("an editor merges a duplicate person; the old address redirects to the kept person", { timeout: 180_000 }, async () => {
    const page = await editorPage(browser);
    const keepSlug = `synthetic-merge-keeper-${tag}`;
    const duplicateSlug = `synthetic-merge-duplicate-${tag}`;
    const keepId = await createPerson(page, `Synthetic Merge Keeper ${tag}`, keepSlug);
    await createPerson(page, `Synthetic Merge Duplicate ${tag}`, duplicateSlug);
    expect((await fetch(`${appUrl()}/people/${duplicateSlug}`, { redirect: "manual" })).status).toBe(200);

    await page.goto(`/admin/people/${keepId}/edit`);
    await page.getByRole("link", { name: "Merge a duplicate into this person" }).click();
    await page.waitForURL(/\/merge$/);
    await page.getByLabel("Name, alias, pinyin or address").fill(`Merge Duplicate ${tag}`);
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("link", { name: `Preview merge of Synthetic Merge Duplicate ${tag}` }).click();
    await page.waitForURL(/duplicate=/);
    const preview = page.locator("section", { has: page.getByRole("heading", { name: "2. Check what will move" }) });
    expect(await preview.innerText()).toContain(`/people/${duplicateSlug} will redirect (308) to the kept record.`);
    expect(await preview.innerText()).toContain(`Synthetic Merge Duplicate ${tag}`);
    await saveScreenshot(page, "admin-merge-preview");
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: `Merge “Synthetic Merge Duplicate ${tag}” into this person` }).click();
    await page.waitForURL(/\/admin\/merges\/[^/]+$/, { timeout: 30_000 });
    const review = await page.locator("main").innerText();
    expect(review).toContain(`Synthetic Merge Duplicate ${tag} → Synthetic Merge Keeper ${tag}`);
    expect(review).toContain("redirects (308)");
    await saveScreenshot(page, "admin-merge-review");

    const response = await fetch(`${appUrl()}/people/${duplicateSlug}`, { redirect: "manual" });
    expect(response.status).toBe(308);
    expect(new URL(response.headers.get("location")!, appUrl()).pathname).toBe(`/people/${keepSlug}`);
    const reader = await newAppPage(browser);
    await reader.goto(`/people/${duplicateSlug}`);
    expect(new URL(reader.url()).pathname).toBe(`/people/${keepSlug}`);
    expect(await reader.locator("main").innerText()).toContain(`Synthetic Merge Duplicate ${tag}`);
    await saveScreenshot(reader, "public-person-after-merge");
  });

  it("an editor confirms a proposed repeat; the submission page says where else it was raised", { timeout: 180_000 }, async () => {
    const page = await editorPage(browser);
    const earlier = await createSubmission(page, `${SYNTHETIC.year} session`, `Synthetic repeat: build hydrogen refuelling stations along freight highways ${tag}`);
    const later = await createSubmission(page, "2022 session", `Synthetic repeat: more hydrogen refuelling stations for freight highways ${tag}`);

    await page.goto("/admin/repeats");
    await page.getByRole("button", { name: "Look for new repeats" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Compared" }).count(), { timeout: 30_000 }).toBe(1);
    const confirm = page.getByRole("button", { name: new RegExp(`^Same matter: confirm ${SYNTHETIC.year} .*hydrogen.*${tag}.* and 2022 .*${tag}`) });
    await expect.poll(() => confirm.count(), { timeout: 20_000 }).toBe(1);
    await saveScreenshot(page, "admin-repeats-queue");
    await expectNoAxeViolations(page);
    await confirm.click();
    await expect.poll(() => confirm.count(), { timeout: 20_000 }).toBe(0);
    await page.goto("/admin/repeats?status=confirmed");
    expect(await page.locator("main").innerText()).toContain(`freight highways ${tag}`);

    const reader = await newAppPage(browser);
    await reader.goto(later);
    const box = reader.locator("section", { has: reader.getByRole("heading", { name: "Raised in other years" }) });
    expect(await box.innerText()).toContain(`Also raised in ${SYNTHETIC.year}.`);
    expect(await box.getByRole("link", { name: String(SYNTHETIC.year), exact: true }).getAttribute("href")).toBe(earlier);
    await saveScreenshot(reader, "public-submission-also-raised");
    await expectNoAxeViolations(reader);
    await reader.goto(earlier);
    expect(await reader.locator("main").innerText()).toContain("Also raised in 2022.");

    // The submitter's page lists the matter once, with both years.
    await reader.getByRole("region", { name: "Submitted by" }).getByRole("link").first().click();
    await reader.waitForURL(/\/people\//);
    const matters = reader.locator("section", { has: reader.getByRole("heading", { name: "Matters raised in several years" }) });
    expect(await matters.innerText()).toContain(`Raised in ${SYNTHETIC.year} and 2022.`);
    await matters.scrollIntoViewIfNeeded();
    await saveScreenshot(reader, "public-person-repeated-matters");
    await expectNoAxeViolations(reader);

    // The same in Chinese.
    await reader.context().addCookies([{ name: "NEXT_LOCALE", value: "zh", url: appUrl() }]);
    await reader.goto(later);
    expect(await reader.locator("main").innerText()).toContain(`同一事项也曾于${SYNTHETIC.year}年提出。`);
    await saveScreenshot(reader, "public-submission-also-raised-zh");
    await expectNoAxeViolations(reader);
  });
});
