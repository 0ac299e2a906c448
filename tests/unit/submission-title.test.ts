import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { OtherLanguageTitle, SubmissionTitle } from "@/components/tracker/submission-title";
import { submissionTitle } from "@/lib/format/labels";

// Titles are optional; a reader sees one in their own language when there is one, the other
// language marked as such when not, and the number in their own words when neither exists.
const both = { titleEn: "Develop the digital economy", titleZh: "关于发展数字经济的建议", officialNumber: "1234", body: "NPC" as const };
const enOnly = { ...both, titleZh: null, titleIsQuote: true };
const zhOnly = { ...both, titleEn: null };
const numberOnly = { ...both, titleEn: null, titleZh: null };
const nothing = { ...numberOnly, officialNumber: null, body: "CPPCC" as const };
const html = (submission: Parameters<typeof submissionTitle>[0], locale: "en" | "zh") =>
  renderToStaticMarkup(createElement(SubmissionTitle, { submission, locale }));

describe("submission titles in the reader's language", () => {
  it("leads with the reader's language and falls back to the other", () => {
    expect(submissionTitle(both, "zh")).toEqual({ text: "关于发展数字经济的建议", lang: "zh", quoted: false });
    expect(submissionTitle(both, "en").text).toBe("Develop the digital economy");
    expect(submissionTitle(enOnly, "zh")).toEqual({ text: "Develop the digital economy", lang: "en", quoted: true });
    expect(submissionTitle(zhOnly, "en")).toEqual({ text: "关于发展数字经济的建议", lang: "zh", quoted: false });
  });

  it("names an untitled item by its number in the reader's language", () => {
    expect(submissionTitle(numberOnly, "en").text).toBe("Suggestion No. 1234");
    expect(submissionTitle(numberOnly, "zh").text).toBe("第1234号建议");
    expect(submissionTitle(nothing, "en").text).toBe("Untitled proposal");
    expect(submissionTitle(nothing, "zh").text).toBe("无标题提案");
  });

  it("marks text in the other language with its lang and quotes a translated quotation", () => {
    expect(html(both, "zh")).toBe("关于发展数字经济的建议");
    expect(html(enOnly, "zh")).toBe('<span lang="en">“Develop the digital economy”</span>');
    expect(html(zhOnly, "en")).toBe('<span lang="zh-Hans">关于发展数字经济的建议</span>');
    expect(html(numberOnly, "zh")).toBe("第1234号建议");
  });

  it("puts the other language's title under it only when both exist, marked with its language", () => {
    const under = (submission: Parameters<typeof submissionTitle>[0], locale: "en" | "zh") =>
      renderToStaticMarkup(createElement(OtherLanguageTitle, { submission, locale, as: "p" }));
    expect(under(both, "en")).toBe('<p lang="zh-Hans">关于发展数字经济的建议</p>');
    expect(under({ ...both, titleIsQuote: true }, "zh")).toBe('<p lang="en">“Develop the digital economy”</p>');
    expect(under(enOnly, "zh")).toBe("");
    expect(under(zhOnly, "en")).toBe("");
  });
});
