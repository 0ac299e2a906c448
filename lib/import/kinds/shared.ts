import type { Body } from "@/lib/generated/prisma/enums";
import type { NameMatcher } from "@/lib/import/names";
import type { FileRow, RowOutcome, Tx } from "@/lib/import/types";

// What several kinds share: finding submissions by their natural key (year, body, official
// number) in one query, and resolving a ministry's name through the matcher.

export const refuse = <D>(line: number, message: string): RowOutcome<D> => ({ report: { line, action: "refuse", message: `Row ${line}: ${message}` } });
export const waiting = <D>(line: number, names: string[]): RowOutcome<D> => ({
  report: {
    line,
    action: "waiting",
    message: `Row ${line}: waits on ${names.map((name) => `"${name}"`).join(", ")}, which match${names.length === 1 ? "es" : ""} no record yet. Resolve ${names.length === 1 ? "it" : "them"} in the unmatched-names queue, then run the import again.`,
  },
});

export interface SubmissionKey {
  year: number;
  body: Body;
  officialNumber: string;
}

/** Checks year, body and official number; returns the key or the refusal's words. */
export function submissionKey(cells: Record<string, string>): SubmissionKey | string {
  if (!/^\d{4}$/.test(cells.year)) return `"year" ${JSON.stringify(cells.year)} is not a year such as 2022.`;
  const body = cells.body.toUpperCase();
  if (body !== "NPC" && body !== "CPPCC") return `"body" ${JSON.stringify(cells.body)} must be NPC or CPPCC.`;
  if (!cells.official_number) return `"official number" is empty.`;
  return { year: Number(cells.year), body, officialNumber: cells.official_number };
}

export const keyString = (key: SubmissionKey) => `${key.year}|${key.body}|${key.officialNumber}`;

export async function findSubmissions(db: Tx, rows: FileRow[]) {
  const keys = rows.map((row) => submissionKey(row.cells)).filter((key): key is SubmissionKey => typeof key !== "string");
  if (!keys.length) return new Map<string, { id: string; isComplex: boolean; status: string }>();
  const found = await db.submission.findMany({
    where: { deletedAt: null, officialNumber: { in: [...new Set(keys.map((key) => key.officialNumber))] }, session: { year: { in: [...new Set(keys.map((key) => key.year))] } } },
    select: { id: true, isComplex: true, status: true, body: true, officialNumber: true, session: { select: { year: true } } },
  });
  return new Map(found.map((row) => [`${row.session.year}|${row.body}|${row.officialNumber}`, row]));
}

/** The ministry a cell names, or an outcome that stops the row. */
export function ministryOf<D>(names: NameMatcher, line: number, name: string): { id: string; label: string } | RowOutcome<D> {
  if (!name.trim()) return refuse(line, `"ministry" is empty.`);
  const match = names.match("MINISTRY", name, line);
  if (match.status === "found") return { id: match.id, label: match.label };
  if (match.status === "ambiguous") return refuse(line, `"${name}" could be ${match.labels.join(" or ")}; use the full name.`);
  if (match.status === "ignored") return refuse(line, `the ministry "${name}" was set aside (ignored) in the unmatched-names queue.`);
  return waiting(line, [name]);
}

export const isOutcome = <D>(value: unknown): value is RowOutcome<D> => Boolean(value && typeof value === "object" && "report" in value);

/** Runs `work` over `items` in batches, reporting progress after each. */
export async function inBatches<T>(items: T[], size: number, offset: number, progress: (done: number) => Promise<void>, work: (batch: T[]) => Promise<unknown>) {
  for (let start = 0; start < items.length; start += size) {
    const batch = items.slice(start, start + size);
    await work(batch);
    await progress(offset + start + batch.length);
  }
}

/** Creates in batches, then updates one by one, then counts the unchanged rows as done. */
export async function writePlanned<D>(
  rows: Array<{ action: string; existingId?: string; data: D }>,
  progress: (done: number) => Promise<void>,
  create: (batch: D[]) => Promise<unknown>,
  update: (id: string, data: D) => Promise<unknown>,
) {
  const creates = rows.filter((row) => row.action === "create").map((row) => row.data);
  const updates = rows.filter((row) => row.action === "update");
  await inBatches(creates, 500, 0, progress, create);
  await inBatches(updates, 100, creates.length, progress, async (batch) => {
    for (const row of batch) await update(row.existingId as string, row.data);
  });
  await progress(rows.length);
}
