import { describe, expect, it } from "vitest";
import {
  daysBetween,
  median,
  percentile,
  referralTiming,
  replyDayBins,
  replyStatistics,
  resultMixByYear,
  type ReferralFacts,
} from "@/lib/stats/replies";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

function referral(referredOn: string, dueOn: string, repliedOn?: string, result: "A" | "B" | "C" | "D" | null = null): ReferralFacts {
  return { role: "LEAD", referredOn: d(referredOn), dueOn: d(dueOn), replies: repliedOn ? [{ repliedOn: d(repliedOn), result }] : [] };
}

describe("median and percentile", () => {
  it("takes the middle value or the mean of the two middle ones", () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 20, 30])).toBe(25);
  });

  it("gives the nearest-rank 90th percentile, always an observed value", () => {
    expect(percentile([], 90)).toBeNull();
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90)).toBe(10);
    expect(percentile([100, 1, 50], 90)).toBe(100);
  });
});

describe("referralTiming", () => {
  const today = d("2022-12-31");

  it("counts whole days across a month end and a DST change", () => {
    expect(daysBetween(d("2022-03-15"), d("2022-06-15"))).toBe(92);
    expect(daysBetween(d("2022-06-15"), d("2022-06-10"))).toBe(-5);
  });

  it("says how late a reply was, and zero when it came on the due date", () => {
    expect(referralTiming(referral("2022-03-15", "2022-06-15", "2022-06-15"), today)).toMatchObject({
      state: "replied-on-time",
      replyDays: 92,
      daysLate: 0,
    });
    expect(referralTiming(referral("2022-03-15", "2022-06-15", "2022-06-25"), today)).toMatchObject({
      state: "replied-late",
      replyDays: 102,
      daysLate: 10,
    });
  });

  it("counts an unanswered referral as overdue from its due date to today, or pending before it", () => {
    expect(referralTiming(referral("2022-03-15", "2022-12-01"), today)).toMatchObject({ state: "overdue", daysLate: 30 });
    expect(referralTiming(referral("2022-10-15", "2023-01-15"), today)).toMatchObject({ state: "pending", daysLate: 0 });
  });
});

describe("replyStatistics", () => {
  it("computes reply rate, on-time rate, median and p90 over synthetic referrals", () => {
    const today = d("2022-12-31");
    const referrals = [
      referral("2022-03-15", "2022-06-15", "2022-04-14", "A"), // 30 days
      referral("2022-03-15", "2022-06-15", "2022-05-14", "B"), // 60 days
      referral("2022-03-15", "2022-06-15", "2022-06-13", "B"), // 90 days
      referral("2022-03-15", "2022-06-15", "2022-07-13", "C"), // 120 days, 28 late
      referral("2022-03-15", "2022-06-15"), // overdue
      referral("2022-12-01", "2023-03-01"), // pending
    ];
    const stats = replyStatistics(referrals, today);
    expect(stats).toMatchObject({ received: 6, replied: 4, repliedLate: 1, overdue: 1, pending: 1 });
    expect(stats.replyRate).toBeCloseTo(4 / 6);
    expect(stats.onTimeRate).toBeCloseTo(3 / 4);
    expect(stats.medianReplyDays).toBe(75);
    expect(stats.p90ReplyDays).toBe(120);
  });

  it("reports nothing rather than zero when nothing was referred", () => {
    expect(replyStatistics([], new Date())).toMatchObject({ received: 0, replyRate: null, medianReplyDays: null, p90ReplyDays: null });
  });
});

describe("resultMixByYear and replyDayBins", () => {
  it("counts the first reply's class per year and bins reply days by month", () => {
    const mix = resultMixByYear([
      { ...referral("2022-03-15", "2022-06-15", "2022-04-01", "A"), year: 2022 },
      { ...referral("2022-03-15", "2022-06-15", "2022-04-01", null), year: 2022 },
      { ...referral("2021-03-15", "2021-06-15", "2021-04-01", "D"), year: 2021 },
      { ...referral("2021-03-15", "2021-06-15"), year: 2021 },
    ]);
    expect(mix).toEqual([
      { year: 2021, counts: { A: 0, B: 0, C: 0, D: 1, unclassed: 0 } },
      { year: 2022, counts: { A: 1, B: 0, C: 0, D: 0, unclassed: 1 } },
    ]);
    const bins = replyDayBins([0, 30, 31, 60, 200]);
    expect(bins.map((bin) => bin.count)).toEqual([2, 2, 0, 0, 0, 0, 1]);
    expect(bins[0].label).toBe("0–30");
    expect(bins[6].label).toBe("181+");
  });
});
