import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "./support/axe";
import { launchBrowser, newAppPage, saveScreenshot } from "./support/browser";
import { signInAs } from "./support/sign-in";

// The angle workflow as staff and readers meet it: a reporter drafts an angle on a real 2022
// submission, is refused review without a source (nothing typed is lost), adds one and sends it
// to review; an editor comments and publishes it; an anonymous reader sees the angle with its
// source and right of reply on the submission page, and never the reviewer's comment. The angle's
// text is synthetic and labelled so.

const tag = Date.now().toString(36);
const rationale = `Synthetic e2e rationale ${tag}: recycling rules would favour Xiaomi's phone trade-in scheme.`;
const response = `Synthetic e2e response ${tag}: the company declined to comment.`;
const reviewerComment = `Synthetic e2e reviewer comment ${tag}: internal only`;
const submissionTitle = "Improve the electronics waste recycling system";

describe("a reporter's angle, published by an editor, read by the public", () => {
  let browser: Browser;
  let editPath = "";

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("lets a reporter draft an angle with a source and send it to review", async () => {
    const page = await newAppPage(browser);
    await signInAs(page, "REPORTER");
    await page.goto("/admin/angles/new");
    const submission = page.getByRole("combobox", { name: /^Submission/ });
    await page.getByLabel("Find submission by name").fill("electronics waste");
    await expect.poll(() => submission.locator("option").count()).toBe(2);
    await submission.selectOption({ label: (await submission.locator("option").nth(1).innerText()).trim() });
    const organization = page.getByRole("combobox", { name: /^Organization/ });
    await page.getByLabel("Find organization by name").fill("xiaomi");
    const xiaomi = await organization.locator("option", { hasText: "Xiaomi" }).first().getAttribute("value");
    await organization.selectOption(xiaomi!);
    await page.getByLabel("Direct", { exact: true }).check();
    await page.getByLabel("Rationale (English)").fill(rationale);
    await page.getByLabel("Response", { exact: true }).fill(response);
    await page.getByLabel("Response date").fill("2022-03-15");
    await page.getByLabel("In review", { exact: true }).check();
    await page.getByRole("button", { name: /^Create/ }).click();

    // No source yet: refused on the field, and what was typed is still there.
    await expect.poll(() => page.locator("main").innerText()).toContain("Add at least one source before sending it for review or publishing.");
    expect(await page.getByLabel("Rationale (English)").inputValue()).toBe(rationale);
    await saveScreenshot(page, "angle-refused-without-source");

    await page.getByRole("button", { name: "+ Add source" }).click();
    await page.locator(`[name="sources.0.title"]`).fill(`Synthetic e2e source ${tag}`);
    await page.locator(`[name="sources.0.publisher"]`).fill("Synthetic test desk");
    await page.locator(`[name="sources.0.url"]`).fill(`https://example.org/synthetic/${tag}`);
    await page.getByRole("button", { name: /^Create/ }).click();
    await page.waitForURL(/\/admin\/angles\/[^/]+\/edit\?saved=created/, { timeout: 20_000 });
    editPath = new URL(page.url()).pathname;
    expect(await page.locator("main").innerText()).toContain("In review");
    // A reporter cannot publish: the choice is not offered.
    expect(await page.getByLabel("Published", { exact: true }).count()).toBe(0);
    await saveScreenshot(page, "angle-sent-to-review");
  });

  it("lets an editor comment and publish it", async () => {
    expect(editPath).not.toBe("");
    const page = await newAppPage(browser);
    await signInAs(page, "EDITOR");
    await page.goto("/admin/angles?status=IN_REVIEW");
    await expect.poll(() => page.locator("main").innerText()).toContain(submissionTitle);
    await page.goto(editPath);
    await page.getByLabel("Reviewer comment (internal)").fill(reviewerComment);
    await page.getByLabel("Published", { exact: true }).check();
    await page.getByRole("button", { name: /^Save/ }).click();
    await page.waitForURL(/saved=updated/, { timeout: 20_000 });
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Changes saved." }).count()).toBe(1);
    const credits = await page.getByTestId("angle-credits").innerText();
    expect(credits).toContain("Reporter");
    expect(credits).toContain("Editor");
    await saveScreenshot(page, "angle-published-by-editor");

    // The organization's form: interests with their sources, and the editor's material topics.
    await page.goto("/admin/organizations?q=xiaomi");
    await page.getByRole("link", { name: /^Xiaomi/ }).first().click();
    await page.waitForURL(/\/admin\/organizations\/[^/]+\/edit/);
    expect(await page.getByRole("group", { name: "Material topics" }).count()).toBe(1);
    expect(await page.getByRole("checkbox", { disabled: false }).count()).toBeGreaterThan(0);
    await saveScreenshot(page, "organization-interests-material-topics");
  });

  it("shows the published angle, its source and the response to an anonymous reader, never the comment", async () => {
    const reader = await newAppPage(browser);
    await reader.goto("/people/lei-jun");
    await reader.getByRole("link", { name: submissionTitle }).first().click();
    await reader.waitForURL(/\/submissions\//);
    const angle = reader.getByTestId("angle").filter({ hasText: rationale });
    await expect.poll(() => angle.count()).toBe(1);
    const text = await angle.innerText();
    expect(text).toContain(response);
    expect(text).toContain(`Synthetic e2e source ${tag}`);
    expect(text).toContain("Xiaomi");
    const html = await reader.content();
    expect(html).not.toContain(reviewerComment);
    await angle.scrollIntoViewIfNeeded();
    await saveScreenshot(reader, "angle-public-submission");
    await expectNoAxeViolations(reader);

    // The person page now counts it among the direct angles.
    await reader.goto("/people/lei-jun");
    expect(await reader.getByTestId("direct-share").innerText()).toMatch(/direct/);
    await saveScreenshot(reader, "angle-person-by-strength");

    // The organization lists the submission among those touching its interests, with who and how strongly.
    await reader.goto("/organizations/xiaomi");
    const touches = await reader.getByTestId("interest-touches").innerText();
    expect(touches).toContain(submissionTitle);
    expect(touches).toContain("Lei Jun");
    expect(touches).toMatch(/Business interest: Direct/);
    expect(await reader.locator("#silences-heading").count()).toBe(1);
    await saveScreenshot(reader, "angle-organization-touches");
    await expectNoAxeViolations(reader);

    await reader.goto("/sessions/2022");
    expect(await reader.getByTestId("direct-share").innerText()).toMatch(/of \d+ published angles are direct/);
    expect(await reader.locator("#silences-heading").count()).toBe(1);
    await saveScreenshot(reader, "angle-session-direct-share");
    expect(await reader.content()).not.toContain(reviewerComment);
  });
});
