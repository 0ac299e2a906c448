import { describe, expect, it } from "vitest";
import { paragraphRanges, segmentText } from "@/lib/notes/segments";

// How a text with highlighted passages is cut into paragraphs and runs for display.

describe("segmentText", () => {
  const text = "First paragraph about roads.\n\n  Second: 开放更多测试道路。 \n\n\nThird.";

  it("finds paragraphs between blank lines, keeping offsets into the whole text", () => {
    const ranges = paragraphRanges(text);
    expect(ranges.map(({ start, end }) => text.slice(start, end))).toEqual(["First paragraph about roads.", "Second: 开放更多测试道路。", "Third."]);
  });

  it("marks the runs a passage covers and puts its reference after its last run", () => {
    const start = text.indexOf("about");
    const [first] = segmentText(text, [{ id: "n1", start, end: start + 5 }]);
    expect(first.runs.map((run) => [run.text, run.ids, run.endsHere])).toEqual([
      ["First paragraph ", [], []],
      ["about", ["n1"], ["n1"]],
      [" roads.", [], []],
    ]);
  });

  it("handles overlapping passages and one that spans two paragraphs", () => {
    const a = { id: "a", start: text.indexOf("roads"), end: text.indexOf("开放") + 2 };
    const b = { id: "b", start: text.indexOf("开放"), end: text.indexOf("道路") + 2 };
    const [first, second] = segmentText(text, [a, b]);
    expect(first.runs.at(-1)).toMatchObject({ text: "roads.", ids: ["a"], endsHere: ["a"] });
    expect(second.runs.map((run) => [run.text, run.ids, run.endsHere])).toEqual([
      ["Second: ", ["a"], []],
      ["开放", ["a", "b"], ["a"]],
      ["更多测试道路", ["b"], ["b"]],
      ["。", [], []],
    ]);
  });

  it("ignores ranges outside the text instead of guessing", () => {
    const [first] = segmentText("short", [{ id: "x", start: 3, end: 99 }, { id: "y", start: 4, end: 2 }]);
    expect(first.runs).toEqual([{ start: 0, end: 5, text: "short", ids: [], endsHere: [] }]);
  });
});
