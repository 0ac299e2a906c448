import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { InLanguage } from "@/components/ui/in-language";
import { bilingualName, bilingualNameText } from "@/lib/format/labels";

// Names of people, organizations, ministries and topics in both languages: the reader's language
// leads (people always Chinese-first), the other follows, and each part knows its language.
const ministry = { nameEn: "Ministry of Industry and Information Technology", nameZh: "工业和信息化部" };
const person = { nameEn: "Ma Huateng", nameZh: "马化腾" };
const englishOnly = { nameEn: "Synthetic Holdings", nameZh: null };

describe("bilingual names", () => {
  it("leads with English in the English interface and with Chinese in the Chinese one", () => {
    expect(bilingualNameText(ministry, "en")).toBe("Ministry of Industry and Information Technology 工业和信息化部");
    expect(bilingualNameText(ministry, "zh")).toBe("工业和信息化部 Ministry of Industry and Information Technology");
    expect(bilingualName(ministry, "zh")).toEqual({
      first: { text: "工业和信息化部", lang: "zh" },
      second: { text: "Ministry of Industry and Information Technology", lang: "en" },
    });
  });

  it("puts a person's Chinese name first in both interfaces when asked", () => {
    expect(bilingualNameText(person, "en", "zh-first")).toBe("马化腾 Ma Huateng");
    expect(bilingualNameText(person, "zh", "zh-first")).toBe("马化腾 Ma Huateng");
  });

  it("shows the English name alone when there is no Chinese one, in either interface", () => {
    expect(bilingualName(englishOnly, "zh")).toEqual({ first: { text: "Synthetic Holdings", lang: "en" }, second: null });
    expect(bilingualNameText(englishOnly, "en")).toBe("Synthetic Holdings");
  });

  it("marks text with its language only where it differs from the page's", () => {
    const html = (lang: "en" | "zh", locale: "en" | "zh", className?: string) =>
      renderToStaticMarkup(createElement(InLanguage, { lang, locale, className, children: "text" }));
    expect(html("en", "zh")).toBe('<span lang="en">text</span>');
    expect(html("zh", "en")).toBe('<span lang="zh-Hans">text</span>');
    expect(html("zh", "zh")).toBe("text");
    expect(html("zh", "zh", "block")).toBe('<span class="block">text</span>');
  });
});
