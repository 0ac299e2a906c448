/** "2013–2023", "since 2013", "until 2018", or "" when no year is known. */
export function yearRange(fromYear: number | null, toYear: number | null): string {
  if (fromYear && toYear) return fromYear === toYear ? String(fromYear) : `${fromYear}–${toYear}`;
  if (fromYear) return `since ${fromYear}`;
  if (toYear) return `until ${toYear}`;
  return "";
}
