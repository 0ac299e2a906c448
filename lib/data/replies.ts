import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineRecord, type Delegate } from "@/lib/data/records/define-record";
import { citationSelect, sourceIdFor, sourceValues } from "@/lib/data/records/sources";
import type { FieldErrors } from "@/lib/errors";
import { dayDate, dayValue } from "@/lib/validation/fields";
import { updateReplySchema, type ReplyFormValues, type ReplyInput } from "@/lib/validation/reply";

// Replies: a ministry's answer to a referral, dated no earlier than the referral, with its result
// class, summary and text in both languages, the signal it gives and its sources.

const select = {
  id: true, referralId: true, repliedOn: true, referenceNumber: true, result: true, summaryEn: true, summaryZh: true,
  textEn: true, textZh: true, signalEn: true, signalZh: true,
  status: true, publishedAt: true, deletedAt: true, version: true, createdAt: true, updatedAt: true,
  citations: citationSelect,
  referral: { select: { ministry: { select: { nameEn: true } }, submission: { select: { titleEn: true, titleZh: true, slug: true, status: true } } } },
} satisfies Prisma.ReplySelect;
type ReplySnapshot = Prisma.ReplyGetPayload<{ select: typeof select }>;

export const replyRecord = defineRecord<ReplyInput, ReplyFormValues, ReplySnapshot>({
  type: "Reply",
  delegate: (tx) => tx.reply as unknown as Delegate,
  select,
  schema: updateReplySchema,
  check: async (tx, input) => {
    const errors: FieldErrors = {};
    const referral = await tx.referral.findFirst({ where: { id: input.referralId, deletedAt: null }, select: { referredOn: true } });
    if (!referral) errors.referralId = ["That referral no longer exists. Choose another."];
    else if (input.repliedOn < dayValue(referral.referredOn)) {
      errors.repliedOn = [`A reply cannot predate its referral (referred on ${dayValue(referral.referredOn)}).`];
    }
    return errors;
  },
  toData: (input) => ({
    referralId: input.referralId, repliedOn: dayDate(input.repliedOn), referenceNumber: input.referenceNumber, result: input.result,
    summaryEn: input.summaryEn, summaryZh: input.summaryZh, textEn: input.textEn, textZh: input.textZh,
    signalEn: input.signalEn, signalZh: input.signalZh,
  }),
  writeRelations: async (tx, replyId, input) => {
    await tx.citation.deleteMany({ where: { replyId } });
    for (const source of input.sources) await tx.citation.create({ data: { replyId, sourceId: await sourceIdFor(tx, source) } });
  },
  toValues: (row) => ({
    referralId: row.referralId, repliedOn: dayValue(row.repliedOn), referenceNumber: row.referenceNumber ?? "", result: row.result ?? "",
    summaryEn: row.summaryEn ?? "", summaryZh: row.summaryZh ?? "", textEn: row.textEn ?? "", textZh: row.textZh ?? "",
    signalEn: row.signalEn ?? "", signalZh: row.signalZh ?? "", sources: sourceValues(row.citations),
    status: row.status, version: row.version,
  }),
  title: (row) => `${row.referral.ministry.nameEn} reply${row.referenceNumber ? ` ${row.referenceNumber}` : ""} (${dayValue(row.repliedOn)})`,
});
