import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ReferralRole } from "@/lib/generated/prisma/enums";
import { readCsvFile } from "@/lib/import/csv-file";

// Import of referrals (submission -> ministry, role, date) from CSV, with a dry run that reports
// row by row what would be created, updated, left unchanged or refused, and why. The natural key
// is the submission (session year + body + official number) and the ministry, so importing the
// same file twice changes nothing. Imported referrals are drafts: an editor publishes them.

export const referralColumns = { required: ["year", "body", "official_number", "ministry", "role", "referred_on"] };
export const referralTemplate = "year,body,official_number,ministry,role,referred_on\r\n2022,CPPCC,1234,Ministry of Industry and Information Technology,lead,2022-04-15\r\n";

export type RowAction = "create" | "update" | "unchanged" | "refuse";

export interface RowReport {
  line: number;
  action: RowAction;
  /** What happens, or why not, in an editor's words. */
  message: string;
}

export interface ImportReport {
  ok: boolean;
  /** Problems with the file as a whole; when set, no row was looked at. */
  fileProblems: string[];
  rows: RowReport[];
  counts: Record<RowAction, number>;
}

const roleWords: Record<string, ReferralRole> = {
  lead: "LEAD", "主办": "LEAD",
  joint: "JOINT", "会办": "JOINT", "协办": "JOINT",
  reference: "REFERENCE", "for reference": "REFERENCE", "参阅": "REFERENCE",
};

/** A real calendar date written YYYY-MM-DD, or null (2022-02-30 is null). */
export function parseIsoDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value ? date : null;
}

/** Three months after referral, six for complex items; the 31st becomes the month's last day. */
export function replyDueOn(referredOn: Date, isComplex: boolean): Date {
  const months = isComplex ? 6 : 3;
  const year = referredOn.getUTCFullYear();
  const month = referredOn.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(referredOn.getUTCDate(), lastDay)));
}

interface PlannedRow {
  line: number;
  action: Exclude<RowAction, "refuse">;
  existingId?: string;
  data: { submissionId: string; ministryId: string; role: ReferralRole; referredOn: Date; dueOn: Date };
}

type Db = Pick<PrismaClient, "submission" | "organization" | "referral">;

async function planRows(db: Db, rows: Array<{ line: number; cells: Record<string, string> }>) {
  const ministries = await db.organization.findMany({ where: { kind: "MINISTRY", deletedAt: null }, select: { id: true, nameEn: true, nameZh: true, aliases: true } });
  const byName = new Map<string, Array<{ id: string; nameEn: string }>>();
  for (const ministry of ministries) {
    for (const name of [ministry.nameEn, ministry.nameZh, ...ministry.aliases]) {
      if (!name) continue;
      const key = name.trim().toLowerCase();
      const list = byName.get(key) ?? [];
      if (!list.some((entry) => entry.id === ministry.id)) list.push(ministry);
      byName.set(key, list);
    }
  }
  // Look everything up in two queries rather than two per row: 10,000 rows must take seconds.
  const candidates = rows.filter(({ cells }) => /^\d{4}$/.test(cells.year) && cells.official_number);
  const submissions = candidates.length
    ? await db.submission.findMany({
        where: {
          deletedAt: null,
          officialNumber: { in: [...new Set(candidates.map(({ cells }) => cells.official_number))] },
          session: { year: { in: [...new Set(candidates.map(({ cells }) => Number(cells.year)))] } },
        },
        select: { id: true, isComplex: true, body: true, officialNumber: true, session: { select: { year: true } } },
      })
    : [];
  const submissionByKey = new Map(submissions.map((row) => [`${row.session.year}|${row.body}|${row.officialNumber}`, row]));
  const existingReferrals = submissions.length
    ? await db.referral.findMany({
        where: { deletedAt: null, submissionId: { in: submissions.map((row) => row.id) }, ministryId: { in: ministries.map((row) => row.id) } },
        select: { id: true, submissionId: true, ministryId: true, role: true, referredOn: true },
      })
    : [];
  const referralByKey = new Map(existingReferrals.map((row) => [`${row.submissionId}|${row.ministryId}`, row]));

  const reports: RowReport[] = [];
  const planned: PlannedRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of rows) {
    const refuse = (message: string) => reports.push({ line, action: "refuse", message: `Row ${line}: ${message}` });
    const year = /^\d{4}$/.test(cells.year) ? Number(cells.year) : null;
    const body = cells.body.toUpperCase();
    const role = roleWords[cells.role.toLowerCase()];
    const referredOn = parseIsoDate(cells.referred_on);
    if (year === null) { refuse(`"year" ${JSON.stringify(cells.year)} is not a year such as 2022.`); continue; }
    if (body !== "NPC" && body !== "CPPCC") { refuse(`"body" ${JSON.stringify(cells.body)} must be NPC or CPPCC.`); continue; }
    if (!cells.official_number) { refuse(`"official number" is empty.`); continue; }
    if (!role) { refuse(`"role" ${JSON.stringify(cells.role)} must be lead (主办), joint (会办) or reference (参阅).`); continue; }
    if (!referredOn) { refuse(`"referred on" ${cells.referred_on || "(empty)"} is not a date; write it as YYYY-MM-DD, e.g. 2022-04-15.`); continue; }
    const matches = byName.get(cells.ministry.trim().toLowerCase()) ?? [];
    if (matches.length === 0) { refuse(`no ministry is called "${cells.ministry}". Add it, or add this spelling as an alias, then import again.`); continue; }
    if (matches.length > 1) { refuse(`"${cells.ministry}" could be ${matches.map((m) => m.nameEn).join(" or ")}; use the full name.`); continue; }
    const submission = submissionByKey.get(`${year}|${body}|${cells.official_number}`);
    if (!submission) { refuse(`there is no ${body} submission number ${cells.official_number} in ${year}.`); continue; }
    const ministry = matches[0];
    const key = `${submission.id}|${ministry.id}`;
    if (seen.has(key)) { refuse(`repeats row ${seen.get(key)} (same submission and ministry).`); continue; }
    seen.set(key, line);

    const data = { submissionId: submission.id, ministryId: ministry.id, role, referredOn, dueOn: replyDueOn(referredOn, submission.isComplex) };
    const existing = referralByKey.get(key);
    const what = `${body} ${cells.official_number} (${year}) to ${ministry.nameEn}, ${role.toLowerCase()}, ${cells.referred_on}`;
    if (!existing) {
      planned.push({ line, action: "create", data });
      reports.push({ line, action: "create", message: `Row ${line}: new referral of ${what}.` });
    } else if (existing.role === role && existing.referredOn.getTime() === referredOn.getTime()) {
      planned.push({ line, action: "unchanged", existingId: existing.id, data });
      reports.push({ line, action: "unchanged", message: `Row ${line}: already recorded, nothing to change.` });
    } else {
      planned.push({ line, action: "update", existingId: existing.id, data });
      reports.push({ line, action: "update", message: `Row ${line}: changes the referral of ${what}.` });
    }
  }
  return { reports, planned };
}

function summarise(fileProblems: string[], rows: RowReport[]): ImportReport {
  const counts: Record<RowAction, number> = { create: 0, update: 0, unchanged: 0, refuse: 0 };
  for (const row of rows) counts[row.action] += 1;
  return { ok: fileProblems.length === 0 && counts.refuse === 0, fileProblems, rows, counts };
}

/** The dry run: reads and checks everything, writes nothing. */
export async function dryRunReferralImport(db: Db, bytes: Uint8Array): Promise<ImportReport> {
  const file = readCsvFile(bytes, referralColumns);
  if (!file.ok) return summarise(file.problems, []);
  return summarise([], (await planRows(db, file.rows)).reports);
}

/**
 * The real import, in one transaction: every row or none. A file with any refused row is not
 * imported at all (the report says which rows to fix).
 */
export async function commitReferralImport(db: PrismaClient, bytes: Uint8Array, actorEmail: string): Promise<ImportReport> {
  const file = readCsvFile(bytes, referralColumns);
  if (!file.ok) return summarise(file.problems, []);
  return db.$transaction(
    async (tx) => {
      const { reports, planned } = await planRows(tx, file.rows);
      const report = summarise([], reports);
      if (!report.ok) return report;
      const creates = planned.filter((row) => row.action === "create").map((row) => ({ ...row.data, status: "DRAFT" as const }));
      for (let start = 0; start < creates.length; start += 1000) await tx.referral.createMany({ data: creates.slice(start, start + 1000) });
      for (const row of planned) {
        if (row.action === "update") {
          await tx.referral.update({ where: { id: row.existingId }, data: { role: row.data.role, referredOn: row.data.referredOn, dueOn: row.data.dueOn, version: { increment: 1 } } });
        }
      }
      await tx.auditEntry.create({ data: { actorEmail, action: "import.referrals", entityType: "Referral", after: report.counts } });
      return report;
    },
    { maxWait: 30_000, timeout: 300_000 },
  );
}
