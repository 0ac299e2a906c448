import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "./support/axe";
import { launchBrowser, newAppPage, saveScreenshot } from "./support/browser";
import { LEAK } from "./support/leak-markers";
import { dragSelect } from "./support/select-text";
import { signInAs } from "./support/sign-in";

// Issue 4's whole story on one submission: a reporter selects a passage and writes a desk note,
// an editor publishes an angle on the same submission, and an anonymous reader of its public page
// sees the angle but not the note. The submission, note and angle are synthetic.

const tag = Date.now().toString(36);
const deskNote = `Synthetic desk note ${tag}: which insurer asked for this?`;
const rationale = `Synthetic angle rationale ${tag}: the data-sharing rule echoes the insurers' wish list.`;

describe("a desk note and a published angle on one submission", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("shows readers the angle the editor published and never the reporter's desk note", async () => {
    const reporter = await newAppPage(browser);
    await signInAs(reporter, "REPORTER");
    await reporter.goto(`/admin/notes/submissions/${LEAK.submissionId}`);
    await dragSelect(reporter, "fullTextEn", "full text for the browser");
    const form = reporter.getByRole("region", { name: "New note" });
    await expect(form.locator("blockquote").textContent()).resolves.toBe("“full text for the browser”");
    await form.getByLabel("Note").fill(deskNote);
    await form.getByLabel("Desk").check();
    await form.getByRole("button", { name: "Save note" }).click();
    await reporter.locator("article", { hasText: deskNote }).waitFor({ timeout: 30_000 });

    const editor = await newAppPage(browser);
    await signInAs(editor, "EDITOR");
    // The editor reads the desk note on the same page...
    await editor.goto(`/admin/notes/submissions/${LEAK.submissionId}`);
    await expect.poll(() => editor.locator("article", { hasText: deskNote }).count()).toBe(1);
    // ...and publishes an angle on the submission, with its source.
    await editor.goto("/admin/angles/new");
    const submission = editor.getByRole("combobox", { name: /^Submission/ });
    await editor.getByLabel("Find submission by name").fill("Synthetic submission with notes");
    await expect.poll(() => submission.locator("option").count()).toBe(2);
    await submission.selectOption({ label: (await submission.locator("option").nth(1).innerText()).trim() });
    await editor.getByLabel("Policy echo", { exact: true }).check();
    await editor.getByLabel("Indirect", { exact: true }).check();
    await editor.getByLabel("Rationale (English)").fill(rationale);
    await editor.getByRole("button", { name: "+ Add source" }).click();
    await editor.locator(`[name="sources.0.title"]`).fill(`Synthetic source ${tag}`);
    await editor.locator(`[name="sources.0.publisher"]`).fill("Synthetic test desk");
    await editor.getByLabel("Published", { exact: true }).check();
    await editor.getByRole("button", { name: /^Create/ }).click();
    await editor.waitForURL(/\/admin\/angles\/[^/]+\/edit\?saved=created/, { timeout: 20_000 });

    const reader = await newAppPage(browser);
    await reader.goto(`/submissions/${LEAK.slug}`);
    const angle = reader.getByTestId("angle").filter({ hasText: rationale });
    await expect.poll(() => angle.count(), { timeout: 10_000 }).toBe(1);
    await expect(angle.innerText()).resolves.toContain(`Synthetic source ${tag}`);
    const html = await reader.content();
    expect(html).not.toContain(deskNote);
    await angle.scrollIntoViewIfNeeded();
    await saveScreenshot(reader, "desk-note-and-angle-public");
    await expectNoAxeViolations(reader);
  }, 120_000);
});
