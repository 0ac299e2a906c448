import pg from "pg";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, saveScreenshot } from "./support/browser";
import { startServer, type StartedServer } from "./support/server";
import { signInAs } from "./support/sign-in";

// Two app instances on one PostgreSQL database, as behind a load balancer. Each keeps its own
// data cache; cache tag expiry is shared through the database (lib/cache/cache-handler.mjs), so
// an edit saved through instance A shows on instance B, which had the old page cached, within a
// second. E2E_DATABASE_URL (else the local server) is where the database is created.

const serverUrl = process.env.E2E_DATABASE_URL?.trim() || "postgresql://postgres@127.0.0.1:5432/test";
const slug = "synthetic-submission-e2e-2";
const original = "Synthetic submission 2 for browser tests";

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const titleOn = async (server: StartedServer, path: string) => {
  const response = await fetch(`${server.baseUrl}${path}`);
  const html = await response.text();
  const title = /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];
  if (title === undefined) throw new Error(`${server.baseUrl}${path} answered ${response.status} without a title; log ${server.logFile}`);
  return title;
};

const postgres = await reachable(serverUrl);

describe.skipIf(!postgres && !process.env.CI)("two app instances on one PostgreSQL database", () => {
  let browser: Browser;
  let a: StartedServer;
  let b: StartedServer;

  beforeAll(async () => {
    a = await startServer({ databaseUrl: serverUrl });
    b = await startServer({ shareDatabaseOf: a });
    browser = await launchBrowser();
  }, 400_000);

  afterAll(async () => {
    await browser?.close();
    await b?.stop(); // first: the database belongs to a, which drops it
    await a?.stop();
  }, 60_000);

  it("shows an edit saved through one instance on the other within a second", async () => {
    // Instance B caches the page (a second read is served from its cache).
    expect(await titleOn(b, `/submissions/${slug}`)).toBe(original);
    expect(await titleOn(b, `/submissions/${slug}`)).toBe(original);
    // The list of the synthetic session too (session 2000: the newest sessions fill page 1 of the whole list).
    expect(await (await fetch(`${b.baseUrl}/submissions?year=2000`)).text()).toContain(original);

    const context = await browser.newContext({ baseURL: a.baseUrl });
    const page = await context.newPage();
    await signInAs(page, "EDITOR");
    await page.goto("/admin/submissions");
    await page.getByRole("link", { name: original, exact: true }).click();
    await page.waitForURL(/\/edit/);
    const newTitle = "Synthetic submission 2, retitled through instance A";
    await page.getByLabel("Title in English").fill(newTitle);
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.waitForURL(/saved=updated/);
    const savedAt = Date.now();

    // Poll instance B: it must show the new title within a second of the save.
    let seenAfter = Infinity;
    while (Date.now() - savedAt < 3_000) {
      if ((await titleOn(b, `/submissions/${slug}`)) === newTitle) {
        seenAfter = Date.now() - savedAt;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    console.log(`[shared cache] instance B showed the edit ${seenAfter} ms after the save on A`);
    expect(seenAfter).toBeLessThan(1000);
    const list = await (await fetch(`${b.baseUrl}/submissions?year=2000`)).text();
    expect(list).toContain(newTitle);
    await saveScreenshot(page, "shared-cache-saved-on-a");
    await context.close();
  }, 120_000);
});
