import type { PrismaClient } from "@/lib/generated/prisma/client";
import { importKinds } from "@/lib/import/kinds";
import { NameMatcher, queueUnmatchedNames } from "@/lib/import/names";
import { readImportText, type ImportFormat } from "@/lib/import/read-file";
import { rowActions, type FileRow, type ImportKindName, type ImportReport, type PlannedRow, type RowAction, type RowReport, type Tx } from "@/lib/import/types";

// The one pipeline of every import kind: plan each row (dry run), then write every accepted row in
// ONE transaction. A commit goes ahead only when no row waits on an unmatched name and no row is
// refused, unless the editor chose to skip the refused rows; a failure part-way leaves nothing.

export interface ImportInput {
  kind: ImportKindName;
  text: string;
  format: ImportFormat;
  /** Where the names were seen, for the queue: "people.csv". */
  source: string;
  notices?: string[];
}

function summarise(fileProblems: string[], notices: string[], rows: RowReport[], unmatchedNames: string[], skipRefused = false): ImportReport {
  const counts = Object.fromEntries(rowActions.map((action) => [action, 0])) as Record<RowAction, number>;
  for (const row of rows) counts[row.action] += 1;
  const ok = fileProblems.length === 0 && counts.waiting === 0 && (skipRefused || counts.refuse === 0) && counts.create + counts.update + counts.unchanged > 0;
  return { ok, fileProblems, notices, rows, counts, unmatchedNames };
}

async function planFile(db: Tx, input: ImportInput) {
  const kind = importKinds[input.kind];
  const file = readImportText(input.text, input.format, kind.columns, input.notices);
  if (!file.ok) return { file, kind, outcomes: [], matcher: null };
  const fresh: FileRow[] = [];
  const duplicateReports: RowReport[] = [];
  for (const row of file.rows) {
    const earlier = file.duplicates.get(row.line);
    if (earlier === undefined) fresh.push(row);
    else duplicateReports.push({ line: row.line, action: "refuse", message: `Row ${row.line} duplicates row ${earlier} (every cell the same); remove one of them.` });
  }
  const matcher = await NameMatcher.load(db);
  const outcomes = [...(await kind.plan(db, fresh, { names: matcher })), ...duplicateReports.map((report) => ({ report, planned: undefined }))];
  outcomes.sort((a, b) => a.report.line - b.report.line);
  return { file, kind, outcomes, matcher };
}

const namesOf = (matcher: NameMatcher | null) => (matcher ? [...matcher.unmatched.values()].map((entry) => entry.name) : []);

/**
 * The dry run: reads and checks everything and writes no record. Names that match nothing are
 * put in the unmatched-names queue (that is what lets an editor resolve them).
 */
export async function dryRunImport(db: PrismaClient, input: ImportInput): Promise<ImportReport> {
  const { file, outcomes, matcher } = await db.$transaction((tx) => planFile(tx, input), { maxWait: 30_000, timeout: 300_000 });
  if (!file.ok) return summarise(file.problems, [], [], []);
  if (matcher?.unmatched.size) await db.$transaction((tx) => queueUnmatchedNames(tx, matcher, `${input.source} (${input.kind})`));
  return summarise([], file.notices, outcomes.map((outcome) => outcome.report), namesOf(matcher));
}

export interface CommitOptions {
  actorEmail: string;
  actorId?: string | null;
  skipRefused?: boolean;
  /** Told how many of `total` rows are written, as the work goes; throwing aborts and rolls back. */
  onProgress?: (done: number, total: number) => Promise<void> | void;
}

export class ImportRefused extends Error {
  constructor(readonly report: ImportReport, readonly matcher: NameMatcher | null = null) {
    super("The import was refused; nothing was written.");
  }
}

/** The real import, in one transaction: every accepted row or none. */
export async function commitImport(db: PrismaClient, input: ImportInput, options: CommitOptions): Promise<ImportReport> {
  try {
    return await db.$transaction(
      async (tx) => {
        const { file, kind, outcomes, matcher } = await planFile(tx, input);
        if (!file.ok) throw new ImportRefused(summarise(file.problems, [], [], []));
        const report = summarise([], file.notices, outcomes.map((outcome) => outcome.report), namesOf(matcher), options.skipRefused);
        if (!report.ok) throw new ImportRefused(report, matcher);
        const planned = outcomes.flatMap((outcome) => (outcome.planned ? [outcome.planned] : [])) as PlannedRow<unknown>[];
        const total = planned.length;
        await options.onProgress?.(0, total);
        await kind.write(tx, planned, async (done) => {
          await options.onProgress?.(done, total);
        });
        await tx.auditEntry.create({
          data: { actorId: options.actorId ?? null, actorEmail: options.actorEmail, action: `import.${input.kind}`, entityType: "Import", after: { source: input.source, ...report.counts } },
        });
        return report;
      },
      { maxWait: 30_000, timeout: 600_000 },
    );
  } catch (error) {
    if (error instanceof ImportRefused) {
      // A commit tried before any dry run still puts its unknown names in the queue.
      const matcher = error.matcher;
      if (matcher?.unmatched.size) await db.$transaction((tx) => queueUnmatchedNames(tx, matcher, `${input.source} (${input.kind})`));
      return error.report;
    }
    throw error;
  }
}
