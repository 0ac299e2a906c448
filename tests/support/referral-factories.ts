import { db } from "@/lib/db";
import type { Prisma, Referral, Reply } from "@/lib/generated/prisma/client";
import type { PublicationStatus, ReplyResult } from "@/lib/generated/prisma/enums";
import { uniqueTag } from "./factories";

// Referrals and replies for tests. The real 2022 data has none, so every ministry statistic is
// tested on these synthetic rows (kept in a file of their own, beside factories.ts).

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export interface ReferralOptions extends Partial<Omit<Prisma.ReferralUncheckedCreateInput, "referredOn" | "dueOn">> {
  submissionId: string;
  ministryId: string;
  referredOn?: string;
  dueOn?: string;
  status?: PublicationStatus;
}

export async function createReferral({ referredOn = "2022-03-15", dueOn = "2022-06-15", ...data }: ReferralOptions): Promise<Referral> {
  return db.referral.create({
    data: {
      role: "LEAD",
      status: "PUBLISHED",
      publishedAt: new Date(),
      ...data,
      referredOn: day(referredOn),
      dueOn: day(dueOn),
    },
  });
}

export interface ReplyOptions extends Partial<Omit<Prisma.ReplyUncheckedCreateInput, "repliedOn">> {
  referralId: string;
  repliedOn: string;
  result?: ReplyResult | null;
  status?: PublicationStatus;
}

export async function createReply({ repliedOn, ...data }: ReplyOptions): Promise<Reply> {
  const tag = uniqueTag();
  return db.reply.create({
    data: {
      status: "PUBLISHED",
      publishedAt: new Date(),
      summaryEn: `Synthetic reply ${tag}, created by a test.`,
      referenceNumber: `SYN-${tag}`,
      ...data,
      repliedOn: day(repliedOn),
    },
  });
}
