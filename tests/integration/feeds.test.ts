import { beforeAll, describe, expect, it } from "vitest";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { GET } from "@/app/feeds/[...path]/route";
import { db } from "@/lib/db";
import { reindexSubmission } from "@/lib/search/reindex";
import { createSession, createSubmission, uniqueTag } from "@/tests/support/factories";
import { createPublicWorld, type PublicWorld } from "@/tests/support/public-world";

// Feeds as a feed reader gets them: well-formed XML, the elements Atom 1.0 (RFC 4287) and RSS 2.0
// require, text escaped, and only published records.

type Node = Record<string, unknown>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["entry", "item", "link", "author", "category"].includes(name) });

async function fetchFeed(path: string, headers: Record<string, string> = {}) {
  const request = new Request(`http://tracker.test/feeds/${path}`, { headers: { "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250)}`, ...headers } });
  return GET(request, { params: Promise.resolve({ path: path.split("?")[0].split("/") }) });
}

async function feedXml(path: string): Promise<string> {
  const response = await fetchFeed(path);
  expect(response.status, await response.clone().text()).toBe(200);
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  return xml;
}

function checkAtom(xml: string): Node[] {
  const feed = parser.parse(xml).feed as Node;
  expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
  for (const required of ["id", "title", "updated"]) expect(feed[required]).toBeTruthy();
  expect(feed.author).toBeTruthy();
  expect((feed.link as Node[]).some((link) => link["@rel"] === "self")).toBe(true);
  const entries = (feed.entry ?? []) as Node[];
  for (const entry of entries) {
    for (const required of ["id", "title", "updated"]) expect(entry[required]).toBeTruthy();
    expect(Number.isNaN(Date.parse(String(entry.updated)))).toBe(false);
    for (const category of (entry.category ?? []) as Node[]) expect(category["@term"]).toBeTruthy();
  }
  return entries;
}

function checkRss(xml: string): Node[] {
  const rss = parser.parse(xml).rss as Node;
  expect(rss["@version"]).toBe("2.0");
  const channel = rss.channel as Node;
  for (const required of ["title", "link", "description"]) expect(channel[required]).toBeTruthy();
  const items = (channel.item ?? []) as Node[];
  for (const item of items) {
    expect(item.title ?? item.description).toBeTruthy();
    expect(Number.isNaN(Date.parse(String(item.pubDate)))).toBe(false);
  }
  return items;
}

const unescapeHtml = (value: string) =>
  value.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
const text = (value: unknown) => (typeof value === "object" && value !== null ? String((value as Node)["#text"]) : String(value));

let world: PublicWorld;
beforeAll(async () => {
  world = await createPublicWorld();
  // The world is written straight to the database; the app's save path would index it as it saved.
  await db.$transaction(async (tx) => {
    for (const submission of [world.main, world.second, world.draft, world.deleted]) await reindexSubmission(tx, submission.id);
  });
});

describe("feeds", () => {
  it("the overall Atom and RSS feeds of submissions are valid and escape markup in titles", async () => {
    const atom = await feedXml("submissions.atom");
    const entries = checkAtom(atom);
    const ours = entries.find((entry) => text(entry.title).includes(world.tag));
    // Other test files publish too: the newest 50 may not include ours, but the XML must stay valid.
    // Titles are type="html": the reader must show the characters, not bold text.
    if (ours) expect(text(ours.title)).toContain("&amp; &lt;b&gt;markup&lt;/b&gt;");
    expect(atom).not.toContain("<b>markup");
    checkRss(await feedXml("submissions.rss"));
    expect(atom).not.toContain(world.secret);
  });

  it("a person's feed lists their published submissions, not drafts, in both formats", async () => {
    const xml = await feedXml(`people/${world.person.slug}/submissions.atom`);
    expect(xml).not.toContain("<b>markup");
    const entries = checkAtom(xml);
    expect(entries.map((entry) => text(entry.id)).sort()).toEqual(
      [world.main.slug, world.second.slug].map((slug) => `http://tracker.test/submissions/${slug}`).sort(),
    );
    const ours = entries.find((entry) => text(entry.id).endsWith(world.main.slug))!;
    expect(unescapeHtml(text(ours.title))).toBe(world.main.titleEn);
    expect(JSON.stringify(ours.author)).toContain(world.person.nameZh!);
    expect(ours.category).toEqual([expect.objectContaining({ "@term": world.topic.slug, "@label": world.topic.nameEn })]);
    const items = checkRss(await feedXml(`people/${world.person.slug}/submissions.rss`));
    expect(items).toHaveLength(2);
  });

  it("a ministry's replies feed lists its published replies only", async () => {
    const xml = await feedXml(`ministries/${world.ministry.slug}/replies.atom`);
    const entries = checkAtom(xml);
    expect(entries).toHaveLength(1);
    expect(text(entries[0].title)).toContain("(result B)");
    expect(xml).not.toContain(`Draft reply ${world.tag}`);
    expect(checkRss(await feedXml(`topics/${world.topic.slug}/replies.rss`))).toHaveLength(1);
    expect(checkAtom(await feedXml(`organizations/${world.company.slug}/submissions.atom`))).toHaveLength(1);
  });

  it("a search feed follows words in titles and summaries, Chinese included, and needs q", async () => {
    const byChinese = checkAtom(await feedXml(`search.atom?q=${encodeURIComponent(`数据安全${world.tag}`)}`));
    expect(byChinese.map((entry) => text(entry.id))).toEqual([`http://tracker.test/submissions/${world.main.slug}`]);
    const byEnglish = checkRss(await feedXml(`search.rss?q=${encodeURIComponent(`SYNTHETIC PROPOSAL ON =CMD|' /C CALC'!A0 & <B>MARKUP</B> ${world.tag}`)}`));
    expect(byEnglish).toHaveLength(1);
    // The words of a draft's and a deleted submission's titles find nothing.
    for (const words of [`${world.secret} draft submission`, `${world.secret} deleted submission`]) {
      expect(checkAtom(await feedXml(`search.atom?q=${encodeURIComponent(words)}`))).toHaveLength(0);
    }
    for (const query of ["", "?q=", "?q=%20", `?q=${"x".repeat(101)}`, "?q=a&q=b"]) {
      expect((await fetchFeed(`search.atom${query}`)).status, query).toBe(400);
    }
  });

  it("a search feed uses the site's search: a pinyin query finds a submission titled only in Chinese", async () => {
    // A rare phrase (鲲鹏饕餮, kunpeng taotie) so no other test's rows match; no Latin letters in the
    // record, so a substring match on the words typed could never find it.
    const session = await createSession({ status: "PUBLISHED" });
    const tag = uniqueTag();
    const titleZh = `关于鲲鹏饕餮合成测试的提案`;
    const found = await createSubmission({ status: "PUBLISHED", session, titleEn: null, summaryEn: null, titleZh, summaryZh: `合成摘要${tag}` });
    const draft = await createSubmission({ status: "DRAFT", session, titleEn: null, summaryEn: null, titleZh, summaryZh: `合成摘要${tag}` });
    await db.$transaction(async (tx) => {
      await reindexSubmission(tx, found.id);
      await reindexSubmission(tx, draft.id);
    });
    for (const q of ["kunpeng taotie", "kunpengtaotie", "鲲鹏饕餮"]) {
      const atom = checkAtom(await feedXml(`search.atom?q=${encodeURIComponent(q)}`));
      const ids = atom.map((entry) => text(entry.id));
      expect(ids, q).toContain(`http://tracker.test/submissions/${found.slug}`);
      expect(ids, q).not.toContain(`http://tracker.test/submissions/${draft.slug}`);
    }
    const rss = checkRss(await feedXml(`search.rss?q=${encodeURIComponent("kunpeng taotie")}`));
    expect(rss.map((item) => text((item.link as unknown[])[0]))).toContain(`http://tracker.test/submissions/${found.slug}`);
  });

  it("answers 404 for unpublished scopes, unknown kinds and files, and a company asked for as a ministry", async () => {
    for (const path of [
      `people/${world.draftPerson.slug}/submissions.atom`,
      `topics/${world.draftTopic.slug}/replies.rss`,
      `ministries/${world.company.slug}/submissions.atom`,
      `users/x/submissions.atom`,
      "submissions.xml",
      "notes.atom",
    ]) {
      expect((await fetchFeed(path)).status, path).toBe(404);
    }
  });

  it("drops control characters XML forbids, keeps Chinese, and answers 304 to a known ETag", async () => {
    await db.submission.update({ where: { id: world.second.id }, data: { titleEn: `Bell\u0007 and tab\tok 中文 ${world.tag}` } });
    const path = `people/${world.person.slug}/submissions.rss`;
    const xml = await feedXml(path);
    expect(xml).toContain(`Bell and tab\tok 中文 ${world.tag}`);
    const response = await fetchFeed(path);
    expect(response.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    const again = await fetchFeed(path, { "if-none-match": response.headers.get("etag")! });
    expect(again.status).toBe(304);
  });
});
