import { describe, expect, it } from "vitest";
import { covers, silencesInYear, type SilenceInput } from "@/lib/stats/silences";

// The rule behind notable silences, on synthetic names.

const ref = (id: string) => ({ id, slug: id, nameEn: `Synthetic ${id}`, nameZh: null });

describe("silencesInYear", () => {
  it("treats unknown years as open and lists each member once with the topics they left out", () => {
    expect(covers({ fromYear: null, toYear: null }, 2022)).toBe(true);
    expect(covers({ fromYear: 2023, toYear: null }, 2022)).toBe(false);
    expect(covers({ fromYear: 2018, toYear: 2021 }, 2022)).toBe(false);
    const input: SilenceInput = {
      organization: ref("org"),
      topics: [ref("gaming"), ref("cloud")],
      people: [
        { person: ref("a"), roles: [{ fromYear: null, toYear: null }, { fromYear: 2020, toYear: null }], seats: [{ fromYear: 2018, toYear: 2023 }] },
        { person: ref("b"), roles: [{ fromYear: null, toYear: null }], seats: [{ fromYear: 2023, toYear: null }] },
        { person: ref("c"), roles: [{ fromYear: null, toYear: null }], seats: [{ fromYear: null, toYear: null }] },
      ],
    };
    const raised = new Map([["a", new Set(["gaming"])], ["c", new Set(["gaming", "cloud"])]]);
    expect(silencesInYear(2022, [input], raised)).toEqual([
      { organization: { slug: "org", nameEn: "Synthetic org", nameZh: null }, person: { slug: "a", nameEn: "Synthetic a", nameZh: null }, topics: [{ slug: "cloud", nameEn: "Synthetic cloud", nameZh: null }] },
    ]);
    expect(silencesInYear(2022, [{ ...input, topics: [] }], new Map())).toEqual([]);
  });
});
