// Dates on public pages. Session days are stored as @db.Date (midnight UTC), so every format here
// pins the time zone to UTC: formatting in the server's local zone would shift 4 March to 3 March
// on a machine west of Greenwich.

const dayMonthYear = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  day: "numeric",
  month: "long",
  year: "numeric",
});

const dayMonth = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "long" });
const day = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric" });

/** "4 March 2022" */
export function formatDate(date: Date): string {
  return dayMonthYear.format(date);
}

/** The machine-readable value for <time dateTime>: "2022-03-04". */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "4–11 March 2022", "28 February – 5 March 2022", or across years in full. */
export function formatDateRange(start: Date, end: Date): string {
  const sameYear = start.getUTCFullYear() === end.getUTCFullYear();
  const sameMonth = sameYear && start.getUTCMonth() === end.getUTCMonth();
  if (sameMonth) return `${day.format(start)}–${dayMonthYear.format(end)}`;
  if (sameYear) return `${dayMonth.format(start)} – ${dayMonthYear.format(end)}`;
  return `${dayMonthYear.format(start)} – ${dayMonthYear.format(end)}`;
}
