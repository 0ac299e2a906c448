import { getLocale } from "next-intl/server";
import { formatDate, isoDate } from "@/lib/format/dates";

/**
 * A day in the reader's language inside <time>: "4 March 2022" / "2022年3月4日". `instant` keeps
 * the full timestamp in dateTime (a record's last update), otherwise the machine value is the day.
 */
export async function LocalDate({ date, instant = false }: { date: Date; instant?: boolean }) {
  const locale = await getLocale();
  return <time dateTime={instant ? date.toISOString() : isoDate(date)}>{formatDate(date, locale)}</time>;
}
