import { describe, expect, it } from "vitest";
import { formatDuration, progressLine, secondsLeft } from "@/lib/import/progress-line";

// The progress line the command line prints (and the page's "time left"): rows done and an ETA
// at the pace so far.

describe("import progress line", () => {
  it("shows rows done and the time left at the pace so far", () => {
    const startedAt = 1_000_000;
    expect(secondsLeft({ done: 2500, total: 10_000, startedAt, now: startedAt + 5000 })).toBe(15);
    expect(progressLine({ done: 2500, total: 10_000, startedAt, now: startedAt + 5000 }, 20)).toBe("[#####---------------] 2,500 of 10,000 rows (25%), about 15 s left");
  });

  it("has no estimate before the first rows, and says done at the end", () => {
    expect(progressLine({ done: 0, total: 10, startedAt: 0, now: 10 }, 10)).toBe("[----------] 0 of 10 rows (0%), working out the time left");
    expect(progressLine({ done: 10, total: 10, startedAt: 0, now: 10 }, 10)).toBe("[##########] 10 of 10 rows (100%), done");
  });

  it("writes long waits in minutes", () => {
    expect(formatDuration(125)).toBe("2 min 05 s");
    expect(formatDuration(42)).toBe("42 s");
  });
});
