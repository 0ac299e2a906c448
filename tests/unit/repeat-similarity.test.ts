import { describe, expect, it } from "vitest";
import { findRepeatPairs, matterTokens, type RepeatCandidateInput } from "@/lib/repeats/similarity";

// Which pairs the tracker proposes as repeats, on SYNTHETIC texts: the same matter in other words
// or another year pairs up, in English and in Chinese; different matters and same-year items do not.

const doc = (id: string, year: number, text: string, topicIds: string[] = []): RepeatCandidateInput => ({ id, year, text, topicIds });

// Background submissions on unrelated matters, so rarity weights mean something.
const background = [
  doc("bg1", 2019, "Raise subsidies for rural schools and teachers in mountain areas"),
  doc("bg2", 2020, "Protect wetlands along the Yangtze from sand mining"),
  doc("bg3", 2021, "Support small export firms with faster tax rebates"),
  doc("bg4", 2022, "加强农村学校教师队伍建设"),
  doc("bg5", 2020, "支持中小企业出口退税"),
  doc("bg6", 2021, "保护长江湿地生态环境"),
];

describe("findRepeatPairs", () => {
  it("pairs an English matter raised again in another year, in different words", () => {
    const pairs = findRepeatPairs([
      ...background,
      doc("en-2019", 2019, "Build more electric vehicle charging stations in residential communities"),
      doc("en-2022", 2022, "Speed up charging station construction for electric vehicles in old residential compounds"),
    ]);
    const pair = pairs.find((p) => p.firstId === "en-2019" && p.secondId === "en-2022");
    expect(pair?.score).toBeGreaterThanOrEqual(0.3);
    expect(pair?.sharedTerms).toEqual(expect.arrayContaining(["charg", "electr"]));
    expect(pairs.some((p) => [p.firstId, p.secondId].some((id) => id.startsWith("bg")))).toBe(false);
  });

  it("pairs a Chinese matter across years through character pairs", () => {
    const pairs = findRepeatPairs([
      ...background,
      doc("zh-2020", 2020, "关于加快新能源汽车充电桩建设的建议"),
      doc("zh-2023", 2023, "关于在老旧小区建设新能源汽车充电桩的提案"),
    ]);
    expect(pairs.map((p) => `${p.firstId}|${p.secondId}`)).toContain("zh-2020|zh-2023");
  });

  it("never pairs two submissions of the same session, however alike", () => {
    const pairs = findRepeatPairs([
      ...background,
      doc("same-a", 2022, "Build more electric vehicle charging stations in residential communities"),
      doc("same-b", 2022, "Build more electric vehicle charging stations in residential communities"),
    ]);
    expect(pairs).toEqual([]);
  });

  it("scans only the pairs touching the given submissions when asked", () => {
    const inputs = [
      ...background,
      doc("a", 2019, "Electric vehicle charging stations for communities"),
      doc("b", 2020, "Electric vehicle charging stations for communities"),
      doc("c", 2021, "Electric vehicle charging stations for communities"),
    ];
    const pairs = findRepeatPairs(inputs, { onlyIds: new Set(["c"]) });
    expect(pairs.map((p) => `${p.firstId}|${p.secondId}`).sort()).toEqual(["a|c", "b|c"]);
  });

  it("keeps matter words: no filler, no single Chinese characters, no pairs across Chinese words", () => {
    expect([...matterTokens("The proposal on 关于充电的建议")].sort()).toEqual(["充电"]);
  });
});
