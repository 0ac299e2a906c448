import type { getTranslations } from "next-intl/server";

type Translate = Awaited<ReturnType<typeof getTranslations<"pages">>>;

/** "2013–2023", "since 2013" / "2013年起", "until 2018" / "至2018年", or "" when no year is known. */
export function yearRange(t: Translate, fromYear: number | null, toYear: number | null): string {
  if (fromYear && toYear) return fromYear === toYear ? String(fromYear) : `${fromYear}–${toYear}`;
  if (fromYear) return t("yearsSince", { year: String(fromYear) });
  if (toYear) return t("yearsUntil", { year: String(toYear) });
  return "";
}
