import { describe, expect, it } from "vitest";
import {
  angleSubtitles, noteSubtitles, organizationSubtitles, personSubtitles, replySubtitles, submissionSubtitles,
} from "@/lib/search/subtitles";

// The line under each search result, written in both interface languages when a row is indexed.

describe("search result subtitles", () => {
  it("says year, kind and submitters, in Chinese with Chinese names where known", () => {
    const subtitles = submissionSubtitles(2022, "NPC", [{ nameEn: "Lei Jun", nameZh: "雷军" }, { nameEn: "Example Group" }]);
    expect(subtitles).toEqual({ subtitle: "2022 Suggestion · Lei Jun, Example Group", subtitleZh: "2022年 建议 · 雷军、Example Group" });
    expect(submissionSubtitles(2023, "CPPCC", []).subtitleZh).toBe("2023年 提案");
  });

  it("names an angle's kind and strength", () => {
    expect(angleSubtitles("BUSINESS_INTEREST", "DIRECT", { nameEn: "Xiaomi", nameZh: "小米" })).toEqual({
      subtitle: "Business interest, direct · Xiaomi",
      subtitleZh: "商业利益，直接 · 小米",
    });
    expect(angleSubtitles("POLICY_ECHO", "INDIRECT", null).subtitleZh).toBe("呼应政策，间接");
  });

  it("names a reply's ministry and class", () => {
    expect(replySubtitles({ nameEn: "Ministry of Finance", nameZh: "财政部" }, "A")).toEqual({
      subtitle: "Reply from Ministry of Finance · class A",
      subtitleZh: "财政部的答复 · A类",
    });
    expect(replySubtitles(null, null)).toEqual({ subtitle: "Reply", subtitleZh: "答复" });
  });

  it("words notes, ministries, organizations and people", () => {
    expect(noteSubtitles).toEqual({ subtitle: "Reporter's note", subtitleZh: "记者注释" });
    expect(organizationSubtitles(true, [])).toEqual({ subtitle: "Ministry or agency", subtitleZh: "部委或机构" });
    expect(organizationSubtitles(false, [])).toEqual({ subtitle: null, subtitleZh: null });
    const roles = [{ title: "Founder", organization: { nameEn: "Xiaomi", nameZh: "小米" } }];
    expect(personSubtitles("Lei Jun", "Lei Jun", roles)).toEqual({ subtitle: "Founder, Xiaomi", subtitleZh: "Founder, 小米" });
  });
});
