import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "./support/axe";
import { launchBrowser, newAppPage, saveScreenshot } from "./support/browser";
import { LEAK } from "./support/leak-markers";
import { dragSelect } from "./support/select-text";
import { signInAs } from "./support/sign-in";

// Anchored notes in a real browser: a reporter selects a passage of a submission's text with the
// mouse and writes a desk note mentioning the editor; the editor finds it in their inbox and
// replies; a reporter selects a Chinese passage with the keyboard; an anonymous reader of the
// public page sees the approved public note but not the desk note. Synthetic records only.

const tag = Date.now().toString(36);
const deskNote = `Synthetic desk note ${tag}: check who funds these test roads.`;
const notesPage = `/admin/notes/submissions/${LEAK.submissionId}`;

describe("anchored notes", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("reporter notes a passage for the desk, the editor replies from the inbox, readers never see it", async () => {
    const reporter = await newAppPage(browser);
    await signInAs(reporter, "REPORTER");
    await reporter.goto(notesPage);
    await expect(reporter.getByRole("heading", { level: 1 }).textContent()).resolves.toMatch(/Notes/);
    // The reporter sees their own private note and the desk's, never the approved note's thread hidden.
    await expect(reporter.getByText(LEAK.markers.privateNote).count()).resolves.toBe(1);

    await dragSelect(reporter, "fullTextEn", "Local governments should publish the data");
    const form = reporter.getByRole("region", { name: "New note" });
    await expect(form.locator("blockquote").textContent()).resolves.toBe("“Local governments should publish the data”");
    await form.getByLabel("Note").fill(deskNote);
    await form.getByLabel("Desk").check();
    await form.getByLabel("Colleague to mention").selectOption({ label: "Demo Editor (editor)" });
    await form.getByRole("button", { name: "@ Mention" }).click();
    await expect(form.getByLabel("Note").inputValue()).resolves.toContain("@Demo Editor");
    await form.getByRole("button", { name: "Save note" }).click();
    const card = reporter.locator("article", { hasText: deskNote });
    await card.waitFor({ timeout: 30_000 });
    await expect(card.textContent()).resolves.toMatch(/Desk/);
    await expect(reporter.locator("mark", { hasText: "Local governments should publish the data" }).count()).resolves.toBe(1);
    await saveScreenshot(reporter, "notes-reporter-desk-note");
    await expectNoAxeViolations(reporter);

    const editor = await newAppPage(browser);
    await signInAs(editor, "EDITOR");
    await editor.goto("/admin/inbox");
    const inboxLink = editor.getByRole("navigation", { name: "Staff tools" }).getByRole("link", { name: /Inbox/ });
    await expect(inboxLink.textContent()).resolves.toMatch(/Inbox\s*1\s*unread/);
    const item = editor.locator("li", { hasText: deskNote });
    await expect(item.textContent()).resolves.toMatch(/Unread.*Demo Reporter/s);
    await saveScreenshot(editor, "notes-editor-inbox");
    await item.getByRole("link", { name: "Open the note" }).click();
    await editor.waitForURL(/\/admin\/notes\/submissions\//);
    const thread = editor.locator("article", { hasText: deskNote });
    await thread.getByRole("button", { name: "Reply" }).click();
    await thread.getByLabel("Reply").fill(`Synthetic reply ${tag}: agreed, ask the city.`);
    await thread.getByRole("button", { name: "Post reply" }).click();
    await editor.locator("li", { hasText: `Synthetic reply ${tag}` }).waitFor({ timeout: 30_000 });
    // The editor cannot read the reporter's private note.
    await expect(editor.getByText(LEAK.markers.privateNote).count()).resolves.toBe(0);
    await saveScreenshot(editor, "notes-editor-thread");

    await editor.goto("/admin/inbox");
    await editor.locator("li", { hasText: deskNote }).getByRole("button", { name: "Mark read" }).click();
    await editor.locator("li", { hasText: deskNote }).getByRole("button", { name: "Mark unread" }).waitFor();
    await expect(editor.getByRole("navigation", { name: "Staff tools" }).getByRole("link", { name: /Inbox/ }).textContent()).resolves.not.toMatch(/unread/);

    const reader = await newAppPage(browser);
    const response = await reader.goto(`/submissions/${LEAK.slug}`);
    expect(response?.status()).toBe(200);
    const html = await reader.content();
    expect(html).toContain(LEAK.visibleNote);
    expect(html).not.toContain(deskNote);
    expect(html).not.toContain(`Synthetic reply ${tag}`);
    expect(html).not.toContain(LEAK.markers.deskNote);
    // The footnote reference leads to the note, and back.
    await reader.getByRole("link", { name: "Note 1" }).click();
    await expect(reader.evaluate(() => location.hash)).resolves.toBe(`#note-${LEAK.noteIds[4]}`);
    await saveScreenshot(reader, "notes-public-page");
    await expectNoAxeViolations(reader);
  }, 120_000);

  it("lets a reporter select a Chinese passage with the keyboard alone", async () => {
    const reporter = await newAppPage(browser);
    await signInAs(reporter, "REPORTER");
    await reporter.goto(notesPage);
    const section = reporter.getByRole("region", { name: /Full text \(Chinese\)/ });
    const copy = section.getByRole("textbox", { name: /select a passage/ });
    // A click before the page has hydrated does nothing: try again until the copy shows.
    for (let attempt = 0; attempt < 10 && (await copy.count()) === 0; attempt++) {
      await section.getByRole("button", { name: "Select with the keyboard" }).click();
      await copy.waitFor({ timeout: 2_000 }).catch(() => undefined);
    }
    await copy.focus();
    // Typing changes nothing: it is a copy to select from.
    await reporter.keyboard.type("xyz");
    await expect(copy.inputValue()).resolves.toBe(LEAK.fullTextZh);
    const quote = "开放更多测试道路";
    const start = LEAK.fullTextZh.indexOf(quote);
    await reporter.keyboard.press("Control+Home");
    for (let i = 0; i < start; i++) await reporter.keyboard.press("ArrowRight");
    for (let i = 0; i < quote.length; i++) await reporter.keyboard.press("Shift+ArrowRight");
    const form = reporter.getByRole("region", { name: "New note" });
    await expect(form.locator("blockquote").textContent()).resolves.toBe(`“${quote}”`);
    await form.getByLabel("Note").fill(`Synthetic private note ${tag} 关于测试道路`);
    await form.getByLabel("Private").check();
    await form.getByRole("button", { name: "Save note" }).click();
    await reporter.locator("article", { hasText: `Synthetic private note ${tag}` }).waitFor({ timeout: 30_000 });
    await section.getByRole("button", { name: "Back to the marked text" }).click();
    await expect(section.locator("mark", { hasText: quote }).count()).resolves.toBe(1);
    await saveScreenshot(reporter, "notes-keyboard-chinese");
  }, 120_000);
});
