import { describe, expect, it } from "vitest";
import { CONTEXT_LENGTH, describeRange, reanchor, type TextAnchor } from "@/lib/notes/anchor";

// Re-anchoring a note's passage after its text is edited: kept, moved to where the same words
// unambiguously went, or detached. Never a silent move to other words.

function anchorOn(text: string, quote: string, nth = 0): TextAnchor {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`"${quote}" not in text`);
  const anchor = describeRange(text, at, at + quote.length);
  if (!anchor) throw new Error("empty range");
  return anchor;
}

function passage(text: string, result: ReturnType<typeof reanchor>): string | null {
  return result.status === "detached" ? null : text.slice(result.start, result.end);
}

const text =
  "Autonomous vehicles need clear rules. The ministry should open more test roads for robotaxis in large cities, " +
  "and insurers need data on accidents.";

describe("describeRange", () => {
  it("stores the exact quote with up to 32 characters of context on each side", () => {
    const anchor = anchorOn(text, "open more test roads");
    expect(anchor.quote).toBe("open more test roads");
    expect(anchor.prefix).toBe(text.slice(anchor.start - CONTEXT_LENGTH, anchor.start));
    expect(anchor.suffix).toBe(text.slice(anchor.end, anchor.end + CONTEXT_LENGTH));
  });

  it("refuses empty, whitespace-only and out-of-bounds ranges", () => {
    expect(describeRange(text, 5, 5)).toBeNull();
    expect(describeRange("a   b", 1, 4)).toBeNull();
    expect(describeRange(text, -1, 4)).toBeNull();
    expect(describeRange(text, 0, text.length + 1)).toBeNull();
    expect(describeRange(text, 1.5, 4)).toBeNull();
  });

  it("takes shorter context at the edges of the text", () => {
    const anchor = anchorOn(text, "Autonomous");
    expect(anchor.prefix).toBe("");
    expect(anchorOn(text, "accidents.").suffix).toBe("");
  });
});

describe("reanchor", () => {
  const anchor = anchorOn(text, "open more test roads");

  it("keeps the passage when the text is unchanged or edited after it", () => {
    expect(reanchor(text, anchor)).toEqual({ status: "kept", start: anchor.start, end: anchor.end });
    const after = text.replace("insurers need data on accidents.", "insurers want accident data.");
    expect(reanchor(after, anchor)).toMatchObject({ status: "kept", start: anchor.start });
  });

  it("moves the passage when text is inserted or removed before it", () => {
    const longer = `Summary first. ${text}`;
    const result = reanchor(longer, anchor);
    expect(result).toMatchObject({ status: "moved", start: anchor.start + 15 });
    expect(passage(longer, result)).toBe("open more test roads");
    const shorter = text.replace("Autonomous vehicles need clear rules. ", "");
    expect(passage(shorter, reanchor(shorter, anchor))).toBe("open more test roads");
  });

  it("detaches the note when the passage itself is edited", () => {
    const edited = text.replace("open more test roads", "open several test roads");
    expect(reanchor(edited, anchor)).toEqual({ status: "detached" });
    expect(reanchor("", anchor)).toEqual({ status: "detached" });
  });

  it("detaches rather than keeping a quote that is no longer unique nor in its context", () => {
    // The old offsets hold the words again only by chance: everything around them is new.
    const rewritten = `${"x".repeat(anchor.start)}open more test roads and open more test roads`;
    expect(reanchor(rewritten, anchor)).toEqual({ status: "detached" });
  });

  describe("a quote that occurs more than once", () => {
    const twice = "Cut fees for small firms. Farmers need loans; cut fees for small firms in the west too.";
    const second = anchorOn(twice, "small firms", 1);
    const first = anchorOn(twice, "small firms", 0);

    it("keeps each occurrence distinct by its context", () => {
      expect(reanchor(twice, second)).toMatchObject({ status: "kept", start: second.start });
      expect(reanchor(twice, first)).toMatchObject({ status: "kept", start: first.start });
    });

    it("follows the right occurrence when text is inserted before both", () => {
      const edited = `New opening sentence. ${twice}`;
      const result = reanchor(edited, second);
      expect(result).toMatchObject({ status: "moved", start: second.start + 22 });
      expect(edited.slice((result as { start: number }).start + 11)).toMatch(/^ in the west/);
    });

    it("follows the right occurrence when a third copy appears elsewhere", () => {
      const edited = `About small firms: ${twice}`;
      const result = reanchor(edited, first);
      expect(result.status).toBe("moved");
      expect(edited.slice(0, (result as { start: number }).start)).toMatch(/Cut fees for $/);
    });

    it("detaches when the context no longer tells the copies apart", () => {
      const ambiguous = "small firms small firms";
      expect(reanchor(ambiguous, second)).toEqual({ status: "detached" });
    });
  });

  describe("Chinese text", () => {
    const zh = "建议加快自动驾驶立法。应在大城市开放更多测试道路，并鼓励保险公司共享事故数据。";
    const zhAnchor = anchorOn(zh, "开放更多测试道路");

    it("keeps and moves Chinese passages without word boundaries", () => {
      expect(reanchor(zh, zhAnchor)).toMatchObject({ status: "kept", start: zhAnchor.start });
      const edited = `【摘要】${zh}`;
      const result = reanchor(edited, zhAnchor);
      expect(result).toMatchObject({ status: "moved", start: zhAnchor.start + 4 });
      expect(passage(edited, result)).toBe("开放更多测试道路");
    });

    it("detaches when a character inside the passage changes", () => {
      expect(reanchor(zh.replace("更多", "更少"), zhAnchor)).toEqual({ status: "detached" });
    });

    it("tells repeated Chinese phrases apart by context", () => {
      const repeated = "支持新能源汽车。地方政府应支持新能源汽车充电桩建设。";
      const secondZh = anchorOn(repeated, "支持新能源汽车", 1);
      const edited = `一、${repeated}`;
      const result = reanchor(edited, secondZh);
      expect(result.status).toBe("moved");
      expect(edited.slice((result as { end: number }).end)).toMatch(/^充电桩/);
    });

    it("counts astral characters (emoji, rare Han) as the browser does, in UTF-16 units", () => {
      const withAstral = "𠮷野家的提案：减少塑料包装。";
      const a = anchorOn(withAstral, "减少塑料包装");
      expect(a.start).toBe(withAstral.indexOf("减少"));
      expect(passage(`新：${withAstral}`, reanchor(`新：${withAstral}`, a))).toBe("减少塑料包装");
    });
  });
});
