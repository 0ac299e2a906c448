import { parseLocale, type Locale } from "@/lib/i18n/locale";

// Dates on public pages, in the reader's language. Session days are stored as @db.Date (midnight
// UTC), so every format here pins the time zone to UTC: formatting in the server's local zone would
// shift 4 March to 3 March on a machine west of Greenwich.

const inUtc = (tag: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tag, { timeZone: "UTC", ...options });

interface DateFormats {
  full: Intl.DateTimeFormat;
  dayMonth: Intl.DateTimeFormat;
  day: Intl.DateTimeFormat;
}

const FORMATS: Record<Locale, DateFormats> = {
  en: {
    full: inUtc("en-GB", { day: "numeric", month: "long", year: "numeric" }),
    dayMonth: inUtc("en-GB", { day: "numeric", month: "long" }),
    day: inUtc("en-GB", { day: "numeric" }),
  },
  zh: {
    full: inUtc("zh-CN", { day: "numeric", month: "long", year: "numeric" }),
    dayMonth: inUtc("zh-CN", { day: "numeric", month: "long" }),
    day: inUtc("zh-CN", { day: "numeric" }),
  },
};

/** "4 March 2022" / "2022年3月4日". The locale is next-intl's (getLocale()); anything but "zh" is English. */
export function formatDate(date: Date, locale: string): string {
  return FORMATS[parseLocale(locale)].full.format(date);
}

/** The machine-readable value for <time dateTime>: "2022-03-04". */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * "4–11 March 2022", "28 February – 5 March 2022", or across years in full; in Chinese
 * "2022年3月4日至11日", "2022年2月28日至3月5日". Built by hand rather than with formatRange: ICU
 * gives "2022/3/4 – 2022/3/11" for zh-CN, and its English spacing differs between versions.
 */
export function formatDateRange(start: Date, end: Date, locale: string): string {
  const zh = parseLocale(locale) === "zh";
  const { full, dayMonth, day } = FORMATS[zh ? "zh" : "en"];
  const sameYear = start.getUTCFullYear() === end.getUTCFullYear();
  const sameMonth = sameYear && start.getUTCMonth() === end.getUTCMonth();
  if (zh) return `${full.format(start)}至${(sameMonth ? day : sameYear ? dayMonth : full).format(end)}`;
  if (sameMonth) return `${day.format(start)}–${full.format(end)}`;
  return `${(sameYear ? dayMonth : full).format(start)} – ${full.format(end)}`;
}
