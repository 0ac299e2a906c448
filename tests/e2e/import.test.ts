import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "./support/axe";
import { launchBrowser, newAppPage, saveScreenshot } from "./support/browser";
import { signInAs } from "./support/sign-in";
import { SYNTHETIC } from "./support/synthetic";

// An editor imports a small CSV of submissions with one bad row and one unknown name: the dry run
// says so row by row, the editor creates the missing person in the unmatched-names queue, runs
// the dry run again, skips the bad row, commits, watches the progress bar finish, and finds the
// new drafts in the back office. Synthetic data in the synthetic session only.

const tag = Date.now().toString(36);
const newcomer = `Synthetic Newcomer ${tag}`;
const csv = [
  "year,body,official_number,title_en,title_zh,submitters,co_signers",
  `${SYNTHETIC.year},CPPCC,E2E-${tag}-1,Synthetic imported proposal ${tag} on batteries,合成导入提案一,lei jun,`,
  `${SYNTHETIC.year},SENATE,E2E-${tag}-2,Synthetic bad row ${tag},,,`,
  `${SYNTHETIC.year},NPC,E2E-${tag}-3,Synthetic imported suggestion ${tag} on rivers,,${newcomer},`,
].join("\r\n");

describe("an editor imports submissions through /admin/import", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("dry run, queue, dry run again, commit with a progress bar, records appear", async () => {
    const page = await newAppPage(browser);
    await signInAs(page, "EDITOR");
    await page.goto("/admin/import");
    await expectNoAxeViolations(page);
    expect(await page.getByRole("table", { name: "Import templates" }).innerText()).toContain("Submissions (suggestions and proposals)");
    await saveScreenshot(page, "import-page");

    // Nothing chosen: field-level errors, nothing sent.
    await page.getByRole("button", { name: "Check the file (dry run)" }).click();
    await expect.poll(() => page.locator("#import-kind-error").innerText()).toContain("Choose what the file holds");

    await page.getByLabel("What the file holds").selectOption("submissions");
    await page.getByLabel("File (CSV or JSON)").setInputFiles({ name: `submissions-${tag}.csv`, mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Check the file (dry run)" }).click();
    await page.waitForURL(/\/admin\/import\/[^/]+$/);
    const counts = page.getByTestId("import-counts");
    await expect.poll(() => counts.innerText()).toMatch(/1\s+to create[\s\S]*1\s+refused[\s\S]*1\s+waiting on a name/);
    const table = page.getByRole("table", { name: "The dry run, row by row" });
    expect(await table.innerText()).toContain('"body" "SENATE" must be NPC or CPPCC.');
    expect(await table.innerText()).toContain(`waits on "${newcomer}"`);
    expect(await page.getByRole("button", { name: /^Import \d+ rows?$/ }).isDisabled()).toBe(true);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "import-dry-run");
    const jobUrl = page.url();

    // The queue: create the person the file names.
    await page.getByRole("link", { name: "Resolve them in the unmatched-names queue" }).click();
    await page.waitForURL(/\/admin\/import\/names$/);
    const entry = page.getByRole("listitem", { name: newcomer });
    await expect.poll(() => entry.count()).toBe(1);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "import-names-queue");
    await entry.getByRole("button", { name: "Create a new person" }).click();
    await expect.poll(() => page.getByRole("listitem", { name: newcomer }).count(), { timeout: 20_000 }).toBe(0);

    // Back to the import: the dry run again now creates both good rows.
    await page.goto(jobUrl);
    await page.getByRole("button", { name: "Run the dry run again" }).click();
    await expect.poll(() => counts.innerText(), { timeout: 20_000 }).toMatch(/2\s+to create[\s\S]*1\s+refused[\s\S]*0\s+waiting on a name/);
    await page.getByLabel("Skip the 1 refused row and import the rest").check();
    await page.getByRole("button", { name: "Import 2 rows" }).click();

    const progress = page.getByRole("progressbar", { name: "Rows imported" });
    await expect.poll(() => page.getByRole("heading", { name: "Imported" }).count(), { timeout: 30_000 }).toBe(1);
    expect(await progress.getAttribute("aria-valuenow")).toBe("2");
    expect(await progress.getAttribute("aria-valuemax")).toBe("2");
    expect(await page.getByText("2 of 2 rows (100%)").count()).toBe(1);
    await saveScreenshot(page, "import-committed");

    // The records are there, as drafts, with their submitters.
    await page.getByRole("link", { name: "See the imported records" }).click();
    await page.waitForURL(/\/admin\/submissions/);
    await page.goto(`/admin/submissions?q=${encodeURIComponent(tag)}`);
    const body = await page.locator("main").innerText();
    expect(body).toContain(`Synthetic imported proposal ${tag} on batteries`);
    expect(body).toContain(`Synthetic imported suggestion ${tag} on rivers`);
    expect(body).not.toContain(`Synthetic bad row ${tag}`);
    await saveScreenshot(page, "import-records-listed");
  });

  it("shows rows done and time left while a larger import runs", async () => {
    const page = await newAppPage(browser);
    // Every progress event the page receives, with its time, to say what happened if this fails.
    await page.addInitScript(() => {
      const log: string[] = [];
      (window as unknown as { sseLog: string[] }).sseLog = log;
      const Original = window.EventSource;
      window.EventSource = class extends Original {
        constructor(url: string | URL, init?: EventSourceInit) {
          super(url, init);
          this.addEventListener("message", (event) => log.push(`${Math.round(performance.now())} ${(event as MessageEvent).data}`));
          this.addEventListener("error", () => log.push(`${Math.round(performance.now())} error`));
        }
      } as typeof EventSource;
    });
    await signInAs(page, "EDITOR");
    await page.goto("/admin/import");
    const rows = ["name_en,name_zh", ...Array.from({ length: 3000 }, (_, i) => `Synthetic Bulk Person ${tag} ${i},`)];
    await page.getByLabel("What the file holds").selectOption("people");
    await page.getByLabel("File (CSV or JSON)").setInputFiles({ name: `people-${tag}.csv`, mimeType: "text/csv", buffer: Buffer.from(rows.join("\n")) });
    await page.getByRole("button", { name: "Check the file (dry run)" }).click();
    await page.waitForURL(/\/admin\/import\/[^/]+$/);
    await expect.poll(() => page.getByTestId("import-counts").innerText()).toMatch(/3,000\s+to create/);
    // Record every value the bar shows, and the words beside it, as the page updates.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('[role="progressbar"]');
        if (bar) seen.push(`${bar.getAttribute("aria-valuenow")}|${bar.parentElement?.textContent ?? ""}`);
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await page.getByRole("button", { name: "Import 3,000 rows" }).click();
    await expect.poll(() => page.getByRole("heading", { name: "Imported" }).count(), { timeout: 60_000 }).toBe(1);
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    const sseLog = await page.evaluate(() => (window as unknown as { sseLog: string[] }).sseLog);
    console.log(`progress events: ${sseLog.length}\n${sseLog.slice(0, 12).join("\n")}`);
    const values = seen.map((entry) => Number(entry.split("|")[0]));
    expect(values.some((value) => value > 0 && value < 3000), sseLog.join(" / ")).toBe(true);
    expect(seen.some((entry) => /of 3,000 rows \(\d+%\), (about .+ left|working out the time left)/.test(entry))).toBe(true);
    expect(values.at(-1)).toBe(3000);
    await saveScreenshot(page, "import-progress-finished");
  });
});
