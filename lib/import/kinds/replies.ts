import type { ReplyResult } from "@/lib/generated/prisma/enums";
import { findSubmissions, isOutcome, keyString, ministryOf, refuse, submissionKey, writePlanned } from "@/lib/import/kinds/shared";
import { bulkInsert, type BulkTable } from "@/lib/import/kinds/bulk-insert";
import type { ImportKind, RowOutcome } from "@/lib/import/types";
import { dateProblem, parseIsoDate, text } from "@/lib/import/values";
import { reindexSubmission } from "@/lib/search/reindex";

// Ministries' replies. A reply answers a referral (the submission's year, body and official
// number, and the ministry), which must be recorded first. Natural key: the referral and the
// date of the reply. New replies are drafts.

const resultWords: Record<string, ReplyResult> = { a: "A", b: "B", c: "C", d: "D" };

interface ReplyData {
  referralId: string;
  submissionId: string;
  repliedOn: Date;
  fields: { referenceNumber: string | null; result: ReplyResult | null; summaryEn: string | null; summaryZh: string | null };
}

const replyTable: BulkTable<ReplyData> = {
  table: "Reply",
  updatedAt: true,
  columns: [
    { name: "referralId", type: "text", value: (data) => data.referralId },
    { name: "repliedOn", type: "date", value: (data) => data.repliedOn },
    { name: "referenceNumber", type: "text", value: (data) => data.fields.referenceNumber },
    { name: "result", type: "enum:ReplyResult", value: (data) => data.fields.result },
    { name: "summaryEn", type: "text", value: (data) => data.fields.summaryEn },
    { name: "summaryZh", type: "text", value: (data) => data.fields.summaryZh },
    { name: "status", type: "enum:PublicationStatus", value: () => "DRAFT" },
  ],
};

export const repliesKind: ImportKind<ReplyData> = {
  name: "replies",
  noun: "reply",
  columns: { required: ["year", "body", "official_number", "ministry", "replied_on"], optional: ["reference_number", "result", "summary_en", "summary_zh"] },
  example: { year: "2022", body: "CPPCC", official_number: "1234", ministry: "Ministry of Industry and Information Technology", replied_on: "2022-07-10", reference_number: "工信提函〔2022〕001号", result: "B", summary_en: "Example: the ministry is drafting rules.", summary_zh: "示例：正在制定规定。" },

  async plan(db, rows, { names }) {
    const submissions = await findSubmissions(db, rows);
    const referrals = submissions.size
      ? await db.referral.findMany({ where: { deletedAt: null, submissionId: { in: [...submissions.values()].map((row) => row.id) } }, select: { id: true, submissionId: true, ministryId: true } })
      : [];
    const referralByKey = new Map(referrals.map((row) => [`${row.submissionId}|${row.ministryId}`, row.id]));
    const replies = referrals.length
      ? await db.reply.findMany({ where: { deletedAt: null, referralId: { in: referrals.map((row) => row.id) } }, select: { id: true, referralId: true, repliedOn: true, referenceNumber: true, result: true, summaryEn: true, summaryZh: true } })
      : [];
    const replyByKey = new Map(replies.map((row) => [`${row.referralId}|${row.repliedOn.toISOString().slice(0, 10)}`, row]));
    const seen = new Map<string, number>();
    return rows.map(({ line, cells }): RowOutcome<ReplyData> => {
      const key = submissionKey(cells);
      if (typeof key === "string") return refuse(line, key);
      const repliedOn = parseIsoDate(cells.replied_on);
      if (!repliedOn) return refuse(line, dateProblem("replied_on", cells.replied_on));
      const result = cells.result.trim() ? resultWords[cells.result.trim().toLowerCase()] : null;
      if (result === undefined) return refuse(line, `"result" ${JSON.stringify(cells.result)} must be A, B, C or D.`);
      const ministry = ministryOf<ReplyData>(names, line, cells.ministry);
      if (isOutcome<ReplyData>(ministry)) return ministry;
      const submission = submissions.get(keyString(key));
      if (!submission) return refuse(line, `there is no ${key.body} submission number ${key.officialNumber} in ${key.year}. Import the submission first.`);
      const referralId = referralByKey.get(`${submission.id}|${ministry.id}`);
      if (!referralId) return refuse(line, `${key.body} ${key.officialNumber} (${key.year}) was not referred to ${ministry.label}. Import the referral first.`);
      const natural = `${referralId}|${cells.replied_on}`;
      if (seen.has(natural)) return refuse(line, `repeats row ${seen.get(natural)} (same referral and reply date).`);
      seen.set(natural, line);
      const fields = { referenceNumber: text(cells.reference_number), result, summaryEn: text(cells.summary_en), summaryZh: text(cells.summary_zh) };
      const data = { referralId, submissionId: submission.id, repliedOn, fields };
      const what = `${ministry.label}'s reply of ${cells.replied_on} to ${key.body} ${key.officialNumber} (${key.year})`;
      const found = replyByKey.get(natural);
      if (!found) return { report: { line, action: "create", message: `Row ${line}: new reply: ${what}.` }, planned: { line, action: "create", data } };
      const changed = (Object.keys(fields) as Array<keyof typeof fields>).filter((name) => fields[name] !== null && fields[name] !== found[name]);
      if (!changed.length) return { report: { line, action: "unchanged", message: `Row ${line}: already recorded, nothing to change.` }, planned: { line, action: "unchanged", existingId: found.id, data } };
      return { report: { line, action: "update", message: `Row ${line}: changes ${changed.map((name) => name.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`)).join(", ")} of ${what}.` }, planned: { line, action: "update", existingId: found.id, data } };
    });
  },

  async write(tx, rows, progress) {
    await writePlanned(
      rows,
      progress,
      (batch) => bulkInsert(tx, replyTable, batch),
      async (id, data) => {
        const fields = Object.fromEntries(Object.entries(data.fields).filter(([, value]) => value !== null));
        const updated = await tx.reply.update({ where: { id }, data: { ...fields, version: { increment: 1 } }, select: { status: true } });
        if (updated.status === "PUBLISHED") await reindexSubmission(tx, data.submissionId);
      },
    );
  },
};
