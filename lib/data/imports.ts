import "server-only";
import { canImport } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { resolveDbTarget } from "@/lib/db/target";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { decodeImportBytes } from "@/lib/import/decode";
import { liveProgress, progressRecorder } from "@/lib/import/job-progress";
import { detectFormat, type ImportFormat } from "@/lib/import/read-file";
import { commitImport, dryRunImport } from "@/lib/import/run";
import type { ImportKindName, ImportReport, RowReport } from "@/lib/import/types";

// Imports from /admin/import: the uploaded file and its dry-run report are kept as an ImportJob;
// the commit runs on the server as a job whose progress the browser polls. Editors and admins
// only, checked here as well as in the actions.

const asJson = (report: ImportReport) => JSON.parse(JSON.stringify(report)) as Prisma.InputJsonValue;
const readReport = (value: unknown) => value as ImportReport | null;

/** A heartbeat older than this, on a job no process here is running, means its process died. */
const ORPHAN_AFTER_MS = 2 * 60 * 1000;

async function planJob(kind: ImportKindName, text: string, format: ImportFormat, source: string, notices: string[]) {
  return dryRunImport(db, { kind, text, format, source, notices });
}

export async function createImportDryRun(input: { kind: ImportKindName; fileName: string; bytes: Uint8Array }): Promise<string> {
  const user = await requirePermission(canImport);
  const decoded = decodeImportBytes(input.bytes);
  const fileName = input.fileName.slice(0, 200) || "upload";
  const text = decoded.ok ? decoded.text : "";
  const format = detectFormat(fileName, text);
  const report: ImportReport = decoded.ok
    ? await planJob(input.kind, text, format, fileName, decoded.notices)
    : { ok: false, fileProblems: decoded.problems, notices: [], rows: [], counts: { create: 0, update: 0, unchanged: 0, refuse: 0, waiting: 0 }, unmatchedNames: [] };
  const job = await db.importJob.create({
    data: { kind: input.kind, fileName, content: text, format, report: asJson(report), totalRows: report.rows.length, createdById: user.id, createdBy: user.email },
    select: { id: true },
  });
  return job.id;
}

/** Runs the dry run again on the kept file (after the names queue was resolved, say). */
export async function rerunImportDryRun(jobId: string): Promise<void> {
  await requirePermission(canImport);
  const job = await db.importJob.findUnique({ where: { id: jobId } });
  if (!job) throw new AppError("That import no longer exists.", {}, "not_found");
  if (job.status !== "DRY_RUN") throw new AppError("This import has already been committed; upload the file again to check it anew.");
  if (!job.content) throw new AppError("This file could not be read at all; upload a corrected file.");
  const before = readReport(job.report);
  const report = await planJob(job.kind as ImportKindName, job.content, job.format as ImportFormat, job.fileName, before?.notices ?? []);
  await db.importJob.update({ where: { id: jobId }, data: { report: asJson(report), totalRows: report.rows.length } });
}

/**
 * Starts the commit as a job and returns at once. Only one start wins (the status moves from
 * DRY_RUN to RUNNING in one conditional update), whichever instance receives the clicks.
 */
export async function startImportCommit(jobId: string, skipRefused: boolean): Promise<void> {
  const user = await requirePermission(canImport);
  const job = await db.importJob.findUnique({ where: { id: jobId }, select: { status: true, report: true } });
  if (!job) throw new AppError("That import no longer exists.", {}, "not_found");
  const report = readReport(job.report);
  if (job.status !== "DRY_RUN") throw new AppError("This import has already been started.");
  if (!report || report.fileProblems.length) throw new AppError("This file cannot be imported; see the problems listed.");
  if (report.counts.waiting) throw new AppError("Some rows wait on unmatched names. Resolve them in the queue, then run the dry run again.");
  if (report.counts.refuse && !skipRefused) throw new AppError("Some rows are refused. Fix them in the file, or choose to skip them.");
  const claimed = await db.importJob.updateMany({ where: { id: jobId, status: "DRY_RUN" }, data: { status: "RUNNING", skipRefused, startedAt: new Date(), doneRows: 0 } });
  if (claimed.count !== 1) throw new AppError("This import has already been started.");
  void runImportJob(jobId, user).catch((error: unknown) => console.error(`import job ${jobId} could not start`, error));
}

async function runImportJob(jobId: string, user: { id: string; email: string }): Promise<void> {
  const job = await db.importJob.findUniqueOrThrow({ where: { id: jobId } });
  const progress = progressRecorder(db, jobId, resolveDbTarget().kind === "postgres");
  // Live from the first moment, so a progress reader never needs the database meanwhile.
  const counts = readReport(job.report)?.counts;
  await progress.report(0, counts ? counts.create + counts.update + counts.unchanged : 0);
  try {
    const report = await commitImport(
      db,
      { kind: job.kind as ImportKindName, text: job.content, format: job.format as ImportFormat, source: job.fileName, notices: readReport(job.report)?.notices },
      { actorEmail: user.email, actorId: user.id, skipRefused: job.skipRefused, onProgress: (done, total) => progress.report(done, total) },
    );
    if (!report.ok) {
      // The data changed between the dry run and the commit: nothing was written; say what now.
      await db.importJob.update({ where: { id: jobId }, data: { status: "DRY_RUN", report: asJson(report), error: "Things changed since the dry run, and the import was stopped before writing anything. Here is the new dry run.", finishedAt: null, startedAt: null } });
      await progress.finish();
      return;
    }
    const written = report.counts.create + report.counts.update + report.counts.unchanged;
    await db.importJob.update({ where: { id: jobId }, data: { status: "DONE", report: asJson(report), doneRows: written, totalRows: written, finishedAt: new Date(), error: null } });
    await progress.finish();
  } catch (error) {
    console.error(`import job ${jobId} failed`, error);
    await db.importJob.update({
      where: { id: jobId },
      data: { status: "FAILED", finishedAt: new Date(), error: "The import stopped because of an error on our side, and the database was left exactly as before: nothing was imported. Try again; if it fails again, tell an admin." },
    });
    await progress.finish();
  }
}

export interface ImportJobView {
  id: string;
  kind: ImportKindName;
  fileName: string;
  format: string;
  status: "DRY_RUN" | "RUNNING" | "DONE" | "FAILED";
  error: string | null;
  createdBy: string;
  createdAt: Date;
  report: Omit<ImportReport, "rows"> | null;
  rows: RowReport[];
  rowCount: number;
  page: number;
  pageCount: number;
}

export const REPORT_PAGE_SIZE = 50;

export async function getImportJob(jobId: string, page = 1, only?: RowReport["action"]): Promise<ImportJobView | null> {
  await requirePermission(canImport);
  const job = await db.importJob.findUnique({ where: { id: jobId }, select: { id: true, kind: true, fileName: true, format: true, status: true, error: true, createdBy: true, createdAt: true, report: true } });
  if (!job) return null;
  const full = readReport(job.report);
  const rows = (full?.rows ?? []).filter((row) => !only || row.action === only);
  const pageCount = Math.max(1, Math.ceil(rows.length / REPORT_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page)), pageCount);
  const { rows: _all, ...summary } = full ?? { rows: [] };
  return {
    ...job,
    kind: job.kind as ImportKindName,
    report: full ? (summary as Omit<ImportReport, "rows">) : null,
    rows: rows.slice((current - 1) * REPORT_PAGE_SIZE, current * REPORT_PAGE_SIZE),
    rowCount: rows.length,
    page: current,
    pageCount,
  };
}

export interface ImportProgressView {
  status: "DRY_RUN" | "RUNNING" | "DONE" | "FAILED";
  done: number;
  total: number;
  /** When the commit started (ms), for the time left. */
  startedAt: number | null;
  error: string | null;
}

export async function getImportProgress(jobId: string): Promise<ImportProgressView> {
  await requirePermission(canImport);
  return readImportProgress(jobId);
}

/**
 * For the progress stream: checks the permission once, when the stream opens, and returns a
 * reader. The reader answers from this process's memory while the job runs here (on the embedded
 * database any query would wait for the import's transaction), from the database otherwise.
 */
export async function openImportProgress(jobId: string): Promise<() => Promise<ImportProgressView>> {
  await requirePermission(canImport);
  if (!(await db.importJob.findUnique({ where: { id: jobId }, select: { id: true } }))) throw new AppError("That import no longer exists.", {}, "not_found");
  return () => readImportProgress(jobId);
}

async function readImportProgress(jobId: string): Promise<ImportProgressView> {
  const running = liveProgress(jobId);
  if (running) return { status: "RUNNING", done: running.done, total: running.total, startedAt: running.startedAt, error: null };
  const job = await db.importJob.findUnique({ where: { id: jobId }, select: { status: true, doneRows: true, totalRows: true, startedAt: true, updatedAt: true, error: true } });
  if (!job) throw new AppError("That import no longer exists.", {}, "not_found");
  if (job.status === "RUNNING" && Date.now() - job.updatedAt.getTime() > ORPHAN_AFTER_MS) {
    // The process running it died (its transaction died with it, so nothing was written).
    const error = "The server running this import stopped before it finished; nothing was imported. Run the import again.";
    await db.importJob.updateMany({ where: { id: jobId, status: "RUNNING", updatedAt: job.updatedAt }, data: { status: "FAILED", error, finishedAt: new Date() } });
    return { status: "FAILED", done: 0, total: job.totalRows, startedAt: null, error };
  }
  return { status: job.status, done: job.doneRows, total: job.totalRows, startedAt: job.startedAt?.getTime() ?? null, error: job.error };
}

export async function listRecentImports() {
  await requirePermission(canImport);
  return db.importJob.findMany({ orderBy: { createdAt: "desc" }, take: 10, select: { id: true, kind: true, fileName: true, status: true, createdBy: true, createdAt: true, totalRows: true } });
}
