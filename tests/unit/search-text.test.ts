import { describe, expect, it } from "vitest";
import { buildDocument } from "@/lib/search/document";
import { highlight, snippet } from "@/lib/search/highlight";
import { cleanQuery, likeContains, MAX_QUERY_CHARS, parseQuery } from "@/lib/search/query";
import { compactKey, normalizeText, splitPinyin, textTokens } from "@/lib/search/text";

// The tokenizer and the query parser, without a database: both sides must cut text the same way.

describe("normalizing and tokenizing", () => {
  it("folds case, tone marks, full-width forms and control characters", () => {
    expect(normalizeText("Mǎ Huàténg")).toBe("ma huateng");
    expect(normalizeText("ＡＢＣ１２３")).toBe("abc123");
    expect(normalizeText("a\u0000b\u202ec")).toBe("a b c");
    expect(compactKey("Pony Ma")).toBe("ponyma");
  });

  it("indexes Chinese as characters and bigrams across ICU word boundaries, English as stems", () => {
    const tokens = textTokens("关于加快自动驾驶立法 self-driving vehicles");
    for (const token of ["自", "自动", "动驾", "驾驶", "立法", "self", "drive", "vehicl"]) expect(tokens).toContain(token);
  });

  it("splits run-together pinyin into the fewest syllables, tone numbers allowed", () => {
    expect(splitPinyin("mahuateng")).toEqual(["ma", "hua", "teng"]);
    expect(splitPinyin("xian")).toEqual(["xian"]);
    expect(splitPinyin("ma3hua4teng2")).toEqual(["ma", "hua", "teng"]);
    expect(splitPinyin("pony")).toBeNull();
    expect(splitPinyin("x".repeat(200))).toBeNull();
  });

  it("gives a person's document pinyin, compact-name, exact and prefix tokens", () => {
    const row = buildDocument({
      kind: "person", entityId: "p", href: "/people/p", title: "Ma Huateng", content: "", sortAt: new Date(0),
      fields: [{ text: "Ma Huateng", title: true, name: true }, { text: "马化腾", title: true, name: true }, { text: "Pony Ma", title: true, name: true }],
    });
    for (const token of ["p:mahua", "p:huateng", "n:ponyma", "x:mahuateng", "x:马化腾", "马化"]) expect(row.tokens).toContain(`p|${token}`);
    for (const prefix of ["s:mahu", "s:马化", "s:pony", "s:hua"]) expect(row.prefixes).toContain(prefix);
    expect(row.pinyin).toBe("mahuateng");
  });
});

describe("parsing queries", () => {
  it("cuts long input and removes control characters before anything else", () => {
    expect(Array.from(cleanQuery("电".repeat(10_000)))).toHaveLength(MAX_QUERY_CHARS);
    expect(cleanQuery(" a\u0000\u0007b ")).toBe("a b");
    expect(cleanQuery(["first", "second"])).toBe("first");
    expect(cleanQuery(undefined)).toBe("");
  });

  it("never produces an alternative without tokens (which would scan everything)", () => {
    for (const q of ["", "%", "😀", "'; --", "a", "电", "Lei Jun 充电桩", "x".repeat(500), "\\_%"]) {
      for (const group of parseQuery(q).groups) {
        for (const alternative of group.alternatives) expect(alternative.tokens.length, q).toBeGreaterThan(0);
      }
    }
  });

  it("treats a Latin run as English or pinyin or a compact name, and a Chinese run as bigrams", () => {
    const [latin, han] = parseQuery("Lei Jun 充电桩").groups;
    expect(latin.alternatives).toContainEqual({ tokens: ["lei", "jun"] });
    expect(latin.alternatives).toContainEqual({ tokens: ["p:leijun"] });
    expect(parseQuery("mahuateng").groups[0].alternatives).toContainEqual({
      tokens: ["p:mahua", "p:huateng"], recheck: { column: "pinyin", pattern: "%mahuateng%" },
    });
    expect(han.alternatives[0]).toEqual({ tokens: ["充电", "电桩"], recheck: { column: "haystack", pattern: "%充电桩%" } });
  });

  it("escapes LIKE wildcards", () => {
    expect(likeContains("50%_\\")).toBe("%50\\%\\_\\\\%");
  });
});

describe("highlighting", () => {
  it("marks Chinese, stems and pinyin matches as plain segments", () => {
    const terms = parseQuery("mahuateng 腾讯 vehicles").highlight;
    expect(highlight("马化腾说腾讯的 Vehicle", terms)).toEqual([
      { text: "马化腾", hit: true },
      { text: "说", hit: false },
      { text: "腾讯", hit: true },
      { text: "的 ", hit: false },
      { text: "Vehicle", hit: true },
    ]);
  });

  it("keeps markup as text and never splits an emoji", () => {
    const terms = parseQuery("tencent").highlight;
    const passage = snippet(`${"😀".repeat(150)} <b>Tencent</b> ${"😀".repeat(150)}`, terms);
    const text = passage!.segments.map((segment) => segment.text).join("");
    expect(text).toContain("<b>");
    expect(text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    expect(passage!.segments.find((segment) => segment.hit)?.text).toBe("Tencent");
  });
});
