// Reply statistics for ministry pages and session overviews, as pure functions over plain rows so
// they are tested without a database. Dates are @db.Date values (midnight UTC); day counts are
// whole calendar days.

import type { ReferralRole, ReplyResult } from "@/lib/generated/prisma/enums";

const DAY_MS = 86_400_000;

export const RESULT_CLASSES: readonly ReplyResult[] = ["A", "B", "C", "D"];

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  const start = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
  const end = Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate());
  return Math.round((end - start) / DAY_MS);
}

/** The median: the middle value, or the mean of the two middle values; null for no values. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The p-th percentile by the nearest-rank method: the smallest value with at least p% of values at
 * or below it. Always one of the observed values, so "90% of replies came within N days" is exact.
 */
export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1];
}

export interface ReferralFacts {
  role: ReferralRole;
  referredOn: Date;
  dueOn: Date;
  /** Published replies, earliest first. */
  replies: Array<{ repliedOn: Date; result: ReplyResult | null }>;
}

export type ReferralState = "replied-on-time" | "replied-late" | "overdue" | "pending";

export interface ReferralTiming {
  state: ReferralState;
  repliedOn: Date | null;
  /** Days from referral to the first reply; null while unanswered. */
  replyDays: number | null;
  /** Days past the due date: of the first reply, or of today for an overdue item; 0 when on time. */
  daysLate: number;
}

/** Where one referral stands on `today`: answered in time, answered late, overdue or not yet due. */
export function referralTiming(referral: ReferralFacts, today: Date): ReferralTiming {
  const first = referral.replies[0];
  if (first) {
    const late = Math.max(0, daysBetween(referral.dueOn, first.repliedOn));
    return {
      state: late > 0 ? "replied-late" : "replied-on-time",
      repliedOn: first.repliedOn,
      replyDays: daysBetween(referral.referredOn, first.repliedOn),
      daysLate: late,
    };
  }
  const overdue = Math.max(0, daysBetween(referral.dueOn, today));
  return { state: overdue > 0 ? "overdue" : "pending", repliedOn: null, replyDays: null, daysLate: overdue };
}

export type ResultCounts = Record<ReplyResult | "unclassed", number>;

export function emptyResultCounts(): ResultCounts {
  return { A: 0, B: 0, C: 0, D: 0, unclassed: 0 };
}

export interface ReplyStatistics {
  received: number;
  replied: number;
  repliedLate: number;
  overdue: number;
  pending: number;
  /** Replied / received; null when nothing was received. */
  replyRate: number | null;
  /** Replied on or before the due date / replied; null when nothing was replied. */
  onTimeRate: number | null;
  medianReplyDays: number | null;
  p90ReplyDays: number | null;
  replyDays: number[];
}

/** The WhatDoTheyKnow-style figures for a set of referrals, counted on `today`. */
export function replyStatistics(referrals: ReferralFacts[], today: Date): ReplyStatistics {
  const timings = referrals.map((referral) => referralTiming(referral, today));
  const replyDays = timings.flatMap((timing) => (timing.replyDays === null ? [] : [timing.replyDays]));
  const count = (state: ReferralState) => timings.filter((timing) => timing.state === state).length;
  const replied = replyDays.length;
  return {
    received: referrals.length,
    replied,
    repliedLate: count("replied-late"),
    overdue: count("overdue"),
    pending: count("pending"),
    replyRate: referrals.length > 0 ? replied / referrals.length : null,
    onTimeRate: replied > 0 ? count("replied-on-time") / replied : null,
    medianReplyDays: median(replyDays),
    p90ReplyDays: percentile(replyDays, 90),
    replyDays,
  };
}

/** Result classes of the first reply to each referral, counted per session year. */
export function resultMixByYear(referrals: Array<ReferralFacts & { year: number }>): Array<{ year: number; counts: ResultCounts }> {
  const byYear = new Map<number, ResultCounts>();
  for (const referral of referrals) {
    const first = referral.replies[0];
    if (!first) continue;
    const counts = byYear.get(referral.year) ?? emptyResultCounts();
    counts[first.result ?? "unclassed"] += 1;
    byYear.set(referral.year, counts);
  }
  return [...byYear.entries()].sort(([a], [b]) => a - b).map(([year, counts]) => ({ year, counts }));
}

/** Reply times grouped into month-wide bins (0-30, 31-60, ... days) for the distribution chart. */
export function replyDayBins(replyDays: number[], width = 30, bins = 7): Array<{ label: string; count: number }> {
  const result = Array.from({ length: bins }, (_, index) => ({
    label: index === bins - 1 ? `${index * width + 1}+` : `${index === 0 ? 0 : index * width + 1}–${(index + 1) * width}`,
    count: 0,
  }));
  for (const days of replyDays) {
    const index = Math.min(bins - 1, Math.max(0, Math.ceil(days / width) - 1));
    result[index].count += 1;
  }
  return result;
}
