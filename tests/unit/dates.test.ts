import { describe, expect, it } from "vitest";
import { formatDate, formatDateRange, isoDate } from "@/lib/format/dates";

// Session days are midnight UTC; the reader's language picks the words, never the server's zone.

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("formatDate", () => {
  it("writes a day in English or in Chinese", () => {
    expect(formatDate(day("2022-03-04"), "en")).toBe("4 March 2022");
    expect(formatDate(day("2022-03-04"), "zh")).toBe("2022年3月4日");
  });

  it("keeps the UTC day whatever the hour", () => {
    expect(formatDate(new Date("2022-03-04T23:30:00Z"), "zh")).toBe("2022年3月4日");
    expect(isoDate(day("2022-03-04"))).toBe("2022-03-04");
  });

  it("treats an unknown locale as English", () => {
    expect(formatDate(day("2022-03-04"), "fr")).toBe("4 March 2022");
  });
});

describe("formatDateRange", () => {
  it("writes a range within one month", () => {
    expect(formatDateRange(day("2022-03-04"), day("2022-03-11"), "en")).toBe("4–11 March 2022");
    expect(formatDateRange(day("2022-03-04"), day("2022-03-11"), "zh")).toBe("2022年3月4日至11日");
  });

  it("writes a range across months", () => {
    expect(formatDateRange(day("2022-02-28"), day("2022-03-05"), "en")).toBe("28 February – 5 March 2022");
    expect(formatDateRange(day("2022-02-28"), day("2022-03-05"), "zh")).toBe("2022年2月28日至3月5日");
  });

  it("writes a range across years in full", () => {
    expect(formatDateRange(day("2022-12-30"), day("2023-01-02"), "en")).toBe("30 December 2022 – 2 January 2023");
    expect(formatDateRange(day("2022-12-30"), day("2023-01-02"), "zh")).toBe("2022年12月30日至2023年1月2日");
  });
});
