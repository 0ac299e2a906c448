import type { ReferralRole } from "@/lib/generated/prisma/enums";
import { findSubmissions, isOutcome, keyString, ministryOf, refuse, submissionKey, writePlanned } from "@/lib/import/kinds/shared";
import { bulkInsert, type BulkTable } from "@/lib/import/kinds/bulk-insert";
import type { ImportKind, RowOutcome } from "@/lib/import/types";
import { dateProblem, parseIsoDate, replyDueOn } from "@/lib/import/values";

// Referrals (submission -> ministry, role, date). Natural key: the submission (year, body,
// official number) and the ministry, so importing the same file twice changes nothing.
// Imported referrals are drafts: an editor publishes them.

const roleWords: Record<string, ReferralRole> = {
  lead: "LEAD", "主办": "LEAD",
  joint: "JOINT", "会办": "JOINT", "协办": "JOINT",
  reference: "REFERENCE", "for reference": "REFERENCE", "参阅": "REFERENCE",
};

interface ReferralData {
  submissionId: string;
  ministryId: string;
  role: ReferralRole;
  referredOn: Date;
  dueOn: Date;
}

const referralTable: BulkTable<ReferralData> = {
  table: "Referral",
  updatedAt: true,
  columns: [
    { name: "submissionId", type: "text", value: (data) => data.submissionId },
    { name: "ministryId", type: "text", value: (data) => data.ministryId },
    { name: "role", type: "enum:ReferralRole", value: (data) => data.role },
    { name: "referredOn", type: "date", value: (data) => data.referredOn },
    { name: "dueOn", type: "date", value: (data) => data.dueOn },
    { name: "status", type: "enum:PublicationStatus", value: () => "DRAFT" },
  ],
};

export const referralsKind: ImportKind<ReferralData> = {
  name: "referrals",
  noun: "referral",
  columns: { required: ["year", "body", "official_number", "ministry", "role", "referred_on"], optional: [] },
  example: { year: "2022", body: "CPPCC", official_number: "1234", ministry: "Ministry of Industry and Information Technology", role: "lead", referred_on: "2022-04-15" },

  async plan(db, rows, { names }) {
    const submissions = await findSubmissions(db, rows);
    const existing = submissions.size
      ? await db.referral.findMany({ where: { deletedAt: null, submissionId: { in: [...submissions.values()].map((row) => row.id) } }, select: { id: true, submissionId: true, ministryId: true, role: true, referredOn: true } })
      : [];
    const byKey = new Map(existing.map((row) => [`${row.submissionId}|${row.ministryId}`, row]));
    const seen = new Map<string, number>();
    return rows.map(({ line, cells }): RowOutcome<ReferralData> => {
      const key = submissionKey(cells);
      if (typeof key === "string") return refuse(line, key);
      const role = roleWords[cells.role.toLowerCase()];
      if (!role) return refuse(line, `"role" ${JSON.stringify(cells.role)} must be lead (主办), joint (会办) or reference (参阅).`);
      const referredOn = parseIsoDate(cells.referred_on);
      if (!referredOn) return refuse(line, dateProblem("referred_on", cells.referred_on));
      const ministry = ministryOf<ReferralData>(names, line, cells.ministry);
      if (isOutcome<ReferralData>(ministry)) return ministry;
      const submission = submissions.get(keyString(key));
      if (!submission) return refuse(line, `there is no ${key.body} submission number ${key.officialNumber} in ${key.year}. Import the submission first.`);
      const natural = `${submission.id}|${ministry.id}`;
      if (seen.has(natural)) return refuse(line, `repeats row ${seen.get(natural)} (same submission and ministry).`);
      seen.set(natural, line);
      const data = { submissionId: submission.id, ministryId: ministry.id, role, referredOn, dueOn: replyDueOn(referredOn, submission.isComplex) };
      const what = `${key.body} ${key.officialNumber} (${key.year}) to ${ministry.label}, ${role.toLowerCase()}, ${cells.referred_on}`;
      const found = byKey.get(natural);
      if (!found) return { report: { line, action: "create", message: `Row ${line}: new referral of ${what}.` }, planned: { line, action: "create", data } };
      if (found.role === role && found.referredOn.getTime() === referredOn.getTime()) {
        return { report: { line, action: "unchanged", message: `Row ${line}: already recorded, nothing to change.` }, planned: { line, action: "unchanged", existingId: found.id, data } };
      }
      return { report: { line, action: "update", message: `Row ${line}: changes the referral of ${what}.` }, planned: { line, action: "update", existingId: found.id, data } };
    });
  },

  async write(tx, rows, progress) {
    await writePlanned(
      rows,
      progress,
      (batch) => bulkInsert(tx, referralTable, batch),
      (id, data) => tx.referral.update({ where: { id }, data: { role: data.role, referredOn: data.referredOn, dueOn: data.dueOn, version: { increment: 1 } } }),
    );
  },
};
