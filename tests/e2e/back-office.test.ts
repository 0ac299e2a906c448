import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newAppPage, saveScreenshot } from "./support/browser";
import { signInAs } from "./support/sign-in";

// The back office in a real browser: an editor logs a submission with its referral and reply, a
// reporter drafts and an editor publishes, and two editors collide on one record. Every record
// here is synthetic and named so. Screenshots of each admin screen go to tests/e2e/screenshots/.

const roles = { admin: "ADMIN", editor: "EDITOR", reporter: "REPORTER" } as const;

async function signIn(browser: Browser, who: keyof typeof roles): Promise<Page> {
  const page = await newAppPage(browser);
  page.on("dialog", (dialog) => void dialog.accept());
  await signInAs(page, roles[who]);
  return page;
}

const tag = Date.now().toString(36);

async function saveAndLand(page: Page, button: string): Promise<string> {
  await page.getByRole("button", { name: button }).click();
  await page.waitForURL(/\/edit\?saved=/, { timeout: 30_000 });
  return new URL(page.url()).pathname.split("/")[3];
}

describe("back office", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("lets an editor log a submission with a referral and a reply", async () => {
    const page = await signIn(browser, "editor");

    await page.goto("/admin/organizations/new");
    await page.getByLabel("Name (English)").fill(`Synthetic Ministry of Tests ${tag}`);
    await page.getByLabel("Name (Chinese)").fill("合成测试部");
    await page.locator("#field-kind").selectOption("MINISTRY");
    await page.getByLabel("Published", { exact: true }).check();
    await saveAndLand(page, "Create organization");

    await page.goto("/admin/submissions/new");
    await page.locator("#field-sessionId").selectOption({ label: "2022 session" });
    await page.locator("#field-body-CPPCC").check();
    await page.locator("#field-titleEn").fill(`Synthetic proposal on test data ${tag}`);
    await page.locator("#field-titleZh").fill("关于合成测试数据的提案");
    await page.locator("#field-submitters-0-party").selectOption({ index: 1 });
    await page.locator("#field-isComplex").check();
    const submissionId = await saveAndLand(page, "Create submission");

    await page.goto(`/admin/referrals/new?submissionId=${submissionId}`);
    await page.locator("#field-ministryId").selectOption({ label: `Synthetic Ministry of Tests ${tag} 合成测试部` });
    await page.locator("#field-referredOn").fill("2022-03-31");
    // Six months, because the submission is marked complex.
    await expect.poll(() => page.getByTestId("due-date").innerText()).toContain("2022-09-30");
    await saveAndLand(page, "Create referral");
    await saveScreenshot(page, "admin-referral-edit");

    await page.goto("/admin/replies/new");
    const referral = await page.locator("#field-referralId option", { hasText: `Synthetic proposal on test data ${tag}` }).getAttribute("value");
    await page.locator("#field-referralId").selectOption(referral ?? "");
    // A reply cannot predate its referral: refused with the reason at the field, nothing lost.
    await page.locator("#field-repliedOn").fill("2022-03-01");
    await page.getByLabel("Reference number").fill("合成〔2022〕1号");
    await page.getByLabel("Summary (Chinese)").fill("已采纳，正在推进。");
    await page.getByLabel("Result class").selectOption("A");
    await page.getByRole("button", { name: "Create reply" }).click();
    await expect.poll(() => page.locator("#field-repliedOn-error").innerText()).toContain("cannot predate");
    expect(await page.getByLabel("Summary (Chinese)").inputValue()).toBe("已采纳，正在推进。");
    await saveScreenshot(page, "admin-reply-refused-date");
    await page.locator("#field-repliedOn").fill("2022-07-15");
    await saveAndLand(page, "Create reply");
    await saveScreenshot(page, "admin-reply-edit");

    await page.goto(`/admin/submissions/${submissionId}/edit`);
    expect(await page.locator("main").innerText()).toContain(`Synthetic Ministry of Tests ${tag}`);
    await saveScreenshot(page, "admin-submission-edit-with-referral");

    await page.goto(`/admin/referrals?q=${tag}`);
    expect(await page.locator("table").innerText()).toContain("replied");
    await saveScreenshot(page, "admin-referrals-list");
  });

  it("lets a reporter draft and send to review, and an editor publish", async () => {
    const reporter = await signIn(browser, "reporter");
    await reporter.goto("/admin/people/new");
    expect(await reporter.getByLabel("Published", { exact: true }).count()).toBe(0);
    await reporter.getByLabel("Name (English)").fill(`Synthetic Reporter Draft ${tag}`);
    await reporter.getByLabel("Pinyin").fill("He Cheng");
    await reporter.getByLabel("In review", { exact: true }).check();
    const id = await saveAndLand(reporter, "Create person");
    await saveScreenshot(reporter, "admin-person-reporter-in-review");

    const editor = await signIn(browser, "editor");
    await editor.goto("/admin");
    expect(await editor.locator("main").innerText()).toContain(`Synthetic Reporter Draft ${tag}`);
    await saveScreenshot(editor, "admin-dashboard");
    await editor.goto(`/admin/people/${id}/edit`);
    await editor.getByLabel("Published", { exact: true }).check();
    await saveAndLand(editor, "Save changes");
    expect(await editor.locator("main").innerText()).toContain("Published");

    // The reporter now sees it read-only: published records are the editors' to change.
    await reporter.goto(`/admin/people/${id}/edit`);
    expect(await reporter.locator("main").innerText()).toContain("only an editor can change it");
    expect(await reporter.getByRole("button", { name: "Save changes" }).count()).toBe(0);
  });

  it("refuses the second of two colliding editors and loses none of their text", async () => {
    const first = await signIn(browser, "editor");
    await first.goto("/admin/topics/new");
    await first.getByLabel("Name (English)").fill(`Synthetic collision topic ${tag}`);
    const id = await saveAndLand(first, "Create topic");

    const second = await signIn(browser, "admin");
    await second.goto(`/admin/topics/${id}/edit`);
    // The second sees who else has the record open.
    await expect.poll(() => second.locator("main").innerText()).toContain("is editing this record right now");
    await saveScreenshot(second, "admin-topic-locked-by-other");

    await first.getByLabel("Description (English)").fill("First editor's description.");
    await saveAndLand(first, "Save changes");

    const mine = "Second editor's careful paragraph, typed at the same time. 第二位编辑的段落。";
    await second.getByLabel("Description (English)").fill(mine);
    await second.getByRole("button", { name: "Save changes" }).click();
    await expect.poll(() => second.locator("[role=alert]").first().innerText()).toContain("Someone else saved a newer version");
    expect(await second.getByTestId("theirs-descriptionEn").innerText()).toBe("First editor's description.");
    expect(await second.getByTestId("mine-descriptionEn").innerText()).toBe(mine);
    expect(await second.getByLabel("Description (English)").inputValue()).toBe(mine);
    await saveScreenshot(second, "admin-topic-conflict");

    await second.getByRole("button", { name: /Keep mine on top of version/ }).click();
    await saveAndLand(second, "Save changes");
    expect(await second.getByLabel("Description (English)").inputValue()).toBe(mine);
    await second.goto(`/admin/history/Topic/${id}`);
    expect(await second.locator("main").innerText()).toContain("Version 3");
    await saveScreenshot(second, "admin-topic-history");

    // Into the trash and back.
    await second.goto(`/admin/topics/${id}/edit`);
    await second.getByRole("button", { name: "Move to trash" }).click();
    await second.waitForURL(/\/admin\/topics\?deleted=1/);
    await second.goto("/admin/trash");
    expect(await second.locator("main").innerText()).toContain(`Synthetic collision topic ${tag}`);
    await saveScreenshot(second, "admin-trash-with-topic");
    await second.getByRole("row", { name: new RegExp(`Synthetic collision topic ${tag}`) }).getByRole("button", { name: "Restore" }).click();
    await expect.poll(() => second.locator("main").innerText()).not.toContain(`Synthetic collision topic ${tag}`);
  });

  it("shows every admin screen", async () => {
    const admin = await signIn(browser, "admin");
    for (const path of [
      "/admin/submissions", "/admin/sessions", "/admin/people", "/admin/organizations?kind=MINISTRY", "/admin/topics",
      "/admin/referrals", "/admin/replies", "/admin/memberships", "/admin/affiliations", "/admin/trash", "/admin/audit",
      "/admin/sessions/new", "/admin/memberships/new", "/admin/affiliations/new", "/admin/topics/new", "/admin/users", "/admin/account",
      "/admin/organizations/new", "/admin/people/new", "/admin/submissions/new",
    ]) {
      const response = await admin.goto(path);
      expect(response?.status(), path).toBe(200);
      await saveScreenshot(admin, `admin-${path.replace(/[^a-z]+/g, "-")}`);
    }
    for (const list of ["/admin/people", "/admin/organizations", "/admin/sessions"]) {
      await admin.goto(list);
      await admin.locator("table a[href$='/edit']").first().click();
      await admin.waitForURL(/\/edit$/);
      await saveScreenshot(admin, `admin-${list.replace(/[^a-z]+/g, "-")}-edit`);
    }
    // A seeded record with no saves yet says so instead of showing an empty comparison.
    await admin.getByRole("link", { name: "History" }).click();
    await admin.waitForURL(/\/admin\/history\//);
    expect(await admin.locator("main").innerText()).toMatch(/No saves yet|Every save/);
    await saveScreenshot(admin, "admin-history-seeded");
  });
});
