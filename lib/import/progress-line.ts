// "Rows done and time left", worked out the same way for the terminal and the browser.

export interface Progress {
  done: number;
  total: number;
  startedAt: number;
  now?: number;
}

/** Seconds left at the pace so far, or null before there is a pace to go by. */
export function secondsLeft({ done, total, startedAt, now = Date.now() }: Progress): number | null {
  if (done <= 0 || total <= 0 || done >= total) return done >= total && total > 0 ? 0 : null;
  const elapsed = (now - startedAt) / 1000;
  return Math.max(0, Math.round((elapsed / done) * (total - done)));
}

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, "0")} s`;
}

/** `[##########----------]  5,000 of 10,000 rows (50%), about 4 s left` */
export function progressLine(progress: Progress, width = 30): string {
  const { done, total } = progress;
  const share = total > 0 ? done / total : 0;
  const filled = Math.round(share * width);
  const left = secondsLeft(progress);
  const eta = done >= total ? "done" : left === null ? "working out the time left" : `about ${formatDuration(left)} left`;
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done.toLocaleString("en")} of ${total.toLocaleString("en")} rows (${Math.floor(share * 100)}%), ${eta}`;
}
