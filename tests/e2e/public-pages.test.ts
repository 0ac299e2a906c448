import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "./support/axe";
import { appUrl, launchBrowser, newAppContext, newAppPage, saveScreenshot } from "./support/browser";
import { SYNTHETIC } from "./support/synthetic";

// Every public page type on the real 2022 data, as a reader reaches it: status, the heading, a
// screenshot to look at, and an axe-core scan that fails on any violation.

// headingZh: what the same page says with the interface in Chinese (content falls back to English).
const pages: Array<{ name: string; path: string; heading: RegExp; headingZh: RegExp }> = [
  { name: "home", path: "/", heading: /2022 two sessions/, headingZh: /2022年全国两会/ },
  { name: "session", path: "/sessions/2022", heading: /2022 two sessions/, headingZh: /2022年全国两会/ },
  { name: "submissions", path: "/submissions?year=2022", heading: /Submissions, 2022/, headingZh: /2022年建议和提案/ },
  { name: "submissions-sorted", path: "/submissions?body=CPPCC&sort=cosigners", heading: /CPPCC proposals/, headingZh: /全国政协委员提案/ },
  { name: "person", path: "/people/ma-huateng", heading: /Ma Huateng/, headingZh: /马化腾/ },
  { name: "organization", path: "/organizations/tencent", heading: /Tencent/, headingZh: /腾讯|Tencent/ },
  { name: "topic", path: "/topics/digital-economy", heading: /Digital economy/, headingZh: /数字经济|Digital economy/ },
  { name: "about", path: "/about", heading: /About/, headingZh: /关于两会追踪/ },
  { name: "ministry", path: `/ministries/${SYNTHETIC.ministry}`, heading: /Synthetic Ministry/, headingZh: /Synthetic Ministry/ },
  { name: "submission-with-replies", path: `/submissions/${SYNTHETIC.submission}`, heading: /Synthetic submission 1/, headingZh: /合成提案1/ },
  { name: "synthetic-session", path: `/sessions/${SYNTHETIC.year}`, heading: /2000 two sessions/, headingZh: /2000年全国两会/ },
  { name: "search", path: "/search?q=马化腾&year=2022", heading: /Search: “马化腾”/, headingZh: /搜索：“马化腾”/ },
  { name: "api", path: "/api", heading: /Open data/, headingZh: /Open data|开放数据/ },
  { name: "not-found", path: "/people/no-such-person", heading: /could not find/, headingZh: /找不到该页面/ },
];

describe("public pages", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function visit(path: string): Promise<{ page: Page; status: number | undefined }> {
    const page = await newAppPage(browser);
    const response = await page.goto(path);
    return { page, status: response?.status() };
  }

  for (const entry of pages) {
    it(`renders the ${entry.name} page without accessibility violations`, async () => {
      const { page, status } = await visit(entry.path);
      expect(status).toBe(entry.name === "not-found" ? 404 : 200);
      await expect.poll(() => page.locator("main h1").first().innerText()).toMatch(entry.heading);
      await saveScreenshot(page, `public-${entry.name}`);
      await expectNoAxeViolations(page);
    });
  }

  for (const entry of pages) {
    it(`renders the ${entry.name} page in Chinese without accessibility violations`, async () => {
      const context = await newAppContext(browser);
      await context.addCookies([{ name: "NEXT_LOCALE", value: "zh", url: appUrl() }]);
      const page = await context.newPage();
      const response = await page.goto(entry.path);
      expect(response?.status()).toBe(entry.name === "not-found" ? 404 : 200);
      await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("zh-Hans");
      expect(await page.locator('nav[aria-label="主导航"]').innerText()).toContain("建议和提案");
      await expect.poll(() => page.locator("main h1").first().innerText()).toMatch(entry.headingZh);
      await saveScreenshot(page, `public-zh-${entry.name}`);
      await expectNoAxeViolations(page);
    });
  }

  it("switches the interface language with the header link and comes back to the same page", async () => {
    const { page } = await visit("/people/ma-huateng");
    await page.getByRole("link", { name: /中文/ }).click();
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("zh-Hans");
    expect(new URL(page.url()).pathname).toBe("/people/ma-huateng");
    expect(await page.locator("main").innerText()).toContain("反复提及的议题");
    await page.getByRole("link", { name: /English/ }).click();
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("en");
    expect(new URL(page.url()).pathname).toBe("/people/ma-huateng");
  });

  it("links from a submission to its submitter's page and from there to a topic", async () => {
    const { page } = await visit("/people/ma-huateng");
    const submission = page.locator("main ol li :is(h3, h4) a").first();
    await submission.click();
    await page.waitForURL(/\/submissions\//);
    await saveScreenshot(page, "public-submission");
    await expectNoAxeViolations(page);
    await page.locator("aside a[href^='/people/']").first().click();
    await page.waitForURL(/\/people\/ma-huateng$/);
    await page.locator("a[href^='/topics/']").first().click();
    await page.waitForURL(/\/topics\//);
    expect(await page.locator("main h1").innerText()).not.toBe("");
  });

  it("names submissions by their Chinese titles in the Chinese interface, on ministry pages too", async () => {
    const context = await newAppContext(browser);
    await context.addCookies([{ name: "NEXT_LOCALE", value: "zh", url: appUrl() }]);
    const page = await context.newPage();
    await page.goto(`/ministries/${SYNTHETIC.ministry}`);
    const titles = await page.locator("main table a[href^='/submissions/']").allInnerTexts();
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title).toMatch(/^合成提案\d+$/);
  });

  it("leads with a ministry's Chinese name in the Chinese referral table, its English name marked under it", async () => {
    const context = await newAppContext(browser);
    await context.addCookies([{ name: "NEXT_LOCALE", value: "zh", url: appUrl() }]);
    const page = await context.newPage();
    await page.goto(`/submissions/${SYNTHETIC.submission}`);
    const cell = page.locator(`section[aria-labelledby="referrals-heading"] tbody th`).first();
    expect(await cell.locator("a").innerText()).toBe("合成测试部");
    expect(await cell.locator('span[lang="en"]').innerText()).toBe("Synthetic Ministry of Test Data");
    expect(await page.title()).toMatch(/^合成提案1 /);
    await page.goto(`/ministries/${SYNTHETIC.ministry}`);
    expect(await page.title()).toBe("合成测试部 Synthetic Ministry of Test Data · 两会追踪");
    await context.close();
  });

  it("shows a ministry's reply record computed from its referrals", async () => {
    const { page } = await visit(`/ministries/${SYNTHETIC.ministry}`);
    const figures = await page.locator("main dl").first().innerText();
    expect(figures).toContain("Referrals received\n6");
    expect(figures).toContain("83%"); // 5 of 6 replied
    expect(await page.locator("main").innerText()).toMatch(/Overdue by \d+ days/);
  });

  it("shows a submission's referral table, replies, correction and citation", async () => {
    const { page } = await visit(`/submissions/${SYNTHETIC.submission}`);
    const text = await page.locator("main").innerText();
    expect(text).toContain("Synthetic Ministry of Test Data");
    expect(text).toContain("Class A: Solved or adopted");
    expect(text).toContain("Synthetic correction: the reply date was wrong.");
    expect(text).toContain(`${appUrl()}/submissions/${SYNTHETIC.submission}`);
    await page.emulateMedia({ media: "print" });
    await saveScreenshot(page, "public-submission-print");
  });

  it("filters the list by ministry and reply through the query string, without JavaScript", async () => {
    const { page, status } = await visit(`/submissions?ministry=${SYNTHETIC.ministry}&hasReply=no`);
    expect(status).toBe(200);
    const items = page.locator("main ol > li h2 a");
    expect(await items.allInnerTexts()).toEqual(["Synthetic submission 5 for browser tests"]);
    expect(await page.locator("#filter-hasReply").inputValue()).toBe("no");
    await saveScreenshot(page, "public-submissions-filtered");
    await expectNoAxeViolations(page);
  });

  it("counts every filter value for the other filters, and sorts through the query string", async () => {
    const { page } = await visit("/submissions?year=2022&body=CPPCC&sort=title");
    // Every option of every filter carries its count; the body counts ignore the body filter itself.
    const bodyOptions = await page.locator("#filter-body option").allInnerTexts();
    expect(bodyOptions.slice(1).every((text) => /\(\d+\)$/.test(text))).toBe(true);
    const shown = Number(/of (\d+)/.exec(await page.locator("main section p").first().innerText())?.[1]);
    expect(bodyOptions.find((text) => text.startsWith("CPPCC"))).toBe(`CPPCC proposals (${shown})`);
    expect(await page.locator("#filter-sort").inputValue()).toBe("title");
    const titles = await page.locator("main ol > li h2 a").allInnerTexts();
    const sortKey = (title: string) => title.replace(/^“/, "").toLowerCase();
    expect(titles.map(sortKey)).toEqual([...titles.map(sortKey)].sort());
    await saveScreenshot(page, "public-submissions-sorted-by-title");
    await expectNoAxeViolations(page);
  });

  it("answers an old slug with a permanent redirect to the current address", async () => {
    const response = await fetch(`${appUrl()}/people/${SYNTHETIC.oldPersonSlug}`, { redirect: "manual" });
    expect(response.status).toBe(308);
    expect(new URL(response.headers.get("location")!, appUrl()).pathname).toBe(`/people/${SYNTHETIC.person}`);
  });

  it("serves sitemap.xml with every page type and robots.txt pointing at it", async () => {
    const sitemap = await (await fetch(`${appUrl()}/sitemap.xml`)).text();
    for (const path of ["/sessions/2022", "/people/ma-huateng", "/organizations/tencent", `/ministries/${SYNTHETIC.ministry}`, "/topics/", "/submissions/"]) {
      expect(sitemap).toContain(path);
    }
    const robots = await (await fetch(`${appUrl()}/robots.txt`)).text();
    expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
    expect(robots).toContain("Disallow: /admin");
  });

  it("serves the framework's start-up scripts marked for eager compilation (lib/build/compile-hints.mjs)", async () => {
    const html = await (await fetch(`${appUrl()}/`)).text();
    const scripts = [...html.matchAll(/<script src="(\/_next\/static\/chunks\/[^"]+\.js)" async=""/g)].map((match) => match[1]);
    expect(scripts.length).toBeGreaterThan(3);
    const firstLines = await Promise.all(scripts.map(async (src) => (await (await fetch(appUrl() + src)).text()).split("\n", 1)[0]));
    // React, Next's router and Turbopack's runtime carry the hint; the page's own small chunks need not.
    expect(firstLines.filter((line) => line === "//# allFunctionsCalledOnLoad").length).toBeGreaterThanOrEqual(4);
  });

  it("works from the keyboard: a visible skip link, visible focus, and every control reachable", async () => {
    const { page } = await visit(`/ministries/${SYNTHETIC.ministry}`);
    await page.keyboard.press("Tab");
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { text: el.textContent, outline: style.outlineStyle, width: el.getBoundingClientRect().width };
    });
    expect(skip).toMatchObject({ text: "Skip to main content", outline: "solid" });
    expect(skip.width).toBeGreaterThan(20);
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main-content");
    // Tab through the whole page: every stop shows a focus outline, and the chart tables open.
    const stops: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return { tag: el.tagName, outline: getComputedStyle(el).outlineStyle, text: (el.textContent ?? "").slice(0, 30) };
      });
      if (stop.tag === "BODY") break;
      expect(stop.outline, `no visible focus on ${stop.tag} "${stop.text}"`).not.toBe("none");
      stops.push(stop.tag);
    }
    expect(stops).toContain("SUMMARY");
    await page.keyboard.press("Shift+Tab");
    await saveScreenshot(page, "keyboard-focus");
  });

  it("renders a phone-width person page", async () => {
    const page = await newAppPage(browser);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/people/ma-huateng");
    await saveScreenshot(page, "public-person-phone");
  });
});
