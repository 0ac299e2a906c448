// Staff timestamps, in UTC and labelled so, the same for everyone whatever the server's zone.
const format = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

export function formatStaffTime(date: Date): string {
  return `${format.format(date)} UTC`;
}

export function When({ date }: { date: Date }) {
  return <time dateTime={date.toISOString()}>{formatStaffTime(date)}</time>;
}
