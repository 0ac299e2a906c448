const percent = new Intl.NumberFormat("en-GB", { style: "percent", maximumFractionDigits: 0 });

/** "83%", or "—" when there is nothing to divide. */
export function formatShare(share: number | null): string {
  return share === null ? "—" : percent.format(share);
}

/** "45 days", "1 day" / "45天", "—"; halves from a median of an even count keep one decimal. */
export function formatDays(days: number | null, locale: string): string {
  if (days === null) return "—";
  const shown = Number.isInteger(days) ? String(days) : days.toFixed(1);
  if (locale === "zh") return `${shown}天`;
  return `${shown} day${days === 1 ? "" : "s"}`;
}
