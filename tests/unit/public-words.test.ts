import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { isValidElement, type ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { BarChart } from "@/components/charts/bar-chart";
import { PartyList } from "@/components/tracker/party-list";
import { formatDays } from "@/lib/format/percent";
import en from "@/lib/i18n/messages/en.json";
import zh from "@/lib/i18n/messages/zh.json";
import { readIn } from "@/tests/support/intl";

// The Chinese interface says its interface words in Chinese, screen-reader labels included.

vi.mock("next-intl/server", async () => (await import("@/tests/support/intl")).intlServerMock());

/** Every string a rendered element tree holds in its props and text (nested components unrendered). */
function strings(node: ReactNode, into: string[] = []): string[] {
  if (typeof node === "string" || typeof node === "number") into.push(String(node));
  else if (Array.isArray(node)) for (const child of node) strings(child, into);
  else if (isValidElement(node)) {
    for (const [key, value] of Object.entries(node.props as Record<string, unknown>)) {
      if (key === "children") strings(value as ReactNode, into);
      else if (typeof value === "string") into.push(value);
    }
  }
  return into;
}

function keys(messages: Record<string, unknown>, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    value && typeof value === "object" ? keys(value as Record<string, unknown>, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith(".tsx") ? [path] : [];
  });
}

const party = {
  id: "p1", role: "SUBMITTER" as const, type: "person" as const, slug: "lei-jun", nameEn: "Lei Jun", nameZh: "雷军",
  affiliations: [{ id: "a1", title: "founder", fromYear: 2010, toYear: null, organization: { id: "o1", slug: "xiaomi", nameEn: "Xiaomi", nameZh: "小米" } }],
};

describe("interface words in Chinese", () => {
  it("has every English message in Chinese too", () => {
    expect(keys(zh).sort()).toEqual(keys(en).sort());
  });

  it("hard-codes no English label for screen readers in the public components", () => {
    const dirs = ["components/tracker", "components/search", "components/charts", "components/ui", "app/(public)"];
    const english = [
      /aria-label="[^"]*[A-Za-z]{2}/, // aria-label="Legend"
      /aria-label=\{`[^`$]*[A-Za-z]{2}/, // aria-label={`Roles of ${name}`}
      /\stitle="[^"]*[A-Za-z]{2}/, // title="Open the table"
      /className="[^"]*sr-only[^"]*">[^<{]*[A-Za-z]{2}/, // <span className="sr-only">Opens in a new tab</span>
    ];
    const found = dirs.flatMap(sources).flatMap((file) =>
      readFileSync(file, "utf8").split("\n").flatMap((line, index) => (english.some((pattern) => pattern.test(line)) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });

  it("labels a submitter's roles and their years in the reader's language", async () => {
    readIn("zh");
    const zhWords = strings(await PartyList({ parties: [party], heading: "提出者", id: "h" }));
    expect(zhWords).toContain("雷军的职务");
    expect(zhWords).toContain(" (2010年起)");
    readIn("en");
    const enWords = strings(await PartyList({ parties: [party], heading: "Submitted by", id: "h" }));
    expect(enWords).toContain("Roles of Lei Jun");
    expect(enWords).toContain(" (since 2010)");
  });

  it("words a chart's legend, total and description in Chinese", async () => {
    readIn("zh");
    const series = [{ key: "a", label: "甲", color: "#000" }, { key: "b", label: "乙", color: "#111" }];
    const words = strings(await BarChart({ id: "c", title: "标题", summary: "摘要。", categoryLabel: "年份", series, data: [{ label: "2022", values: { a: 1, b: 2 } }] }));
    expect(words).toEqual(expect.arrayContaining(["图例", "合计", "标题。摘要。下表列出具体数字。"]));
    expect(words.join(" ")).not.toMatch(/Legend|Total|table below/);
  });

  it("counts days in Chinese", () => {
    expect(formatDays(45, "zh")).toBe("45天");
    expect(formatDays(1, "en")).toBe("1 day");
    expect(formatDays(12.5, "en")).toBe("12.5 days");
  });
});
