// Words the public pages use for the domain's codes, in English with the Chinese term beside it.
// One place, so a suggestion is never called a proposal on one page and a suggestion on another.
import type { Body, ReferralRole, ReplyResult, TextProvenance } from "@/lib/generated/prisma/enums";
import { chineseNumeral, ordinal } from "@/lib/format/numbers";

export interface BodyLabel {
  code: Body;
  nameEn: string;
  nameZh: string;
  /** What its members file: an NPC deputy files a suggestion, a CPPCC member a proposal. */
  kindEn: string;
  kindPluralEn: string;
  kindZh: string;
  memberEn: string;
  memberZh: string;
}

export const BODY_LABELS: Record<Body, BodyLabel> = {
  NPC: {
    code: "NPC",
    nameEn: "National People's Congress",
    nameZh: "全国人民代表大会",
    kindEn: "Suggestion",
    kindPluralEn: "Suggestions",
    kindZh: "建议",
    memberEn: "deputy",
    memberZh: "代表",
  },
  CPPCC: {
    code: "CPPCC",
    nameEn: "Chinese People's Political Consultative Conference",
    nameZh: "中国人民政治协商会议",
    kindEn: "Proposal",
    kindPluralEn: "Proposals",
    kindZh: "提案",
    memberEn: "member",
    memberZh: "委员",
  },
};

export const BODIES: readonly Body[] = ["NPC", "CPPCC"];

/** "13th NPC, 5th session" */
export function termSessionEn(body: Body, term: number, session: number): string {
  return `${ordinal(term)} ${body}, ${ordinal(session)} session`;
}

/** "第十三届全国人大第五次会议" / "第十三届全国政协第五次会议" */
export function termSessionZh(body: Body, term: number, session: number): string {
  const bodyZh = body === "NPC" ? "全国人大" : "全国政协";
  return `第${chineseNumeral(term)}届${bodyZh}第${chineseNumeral(session)}次会议`;
}

export const PROVENANCE_LABELS: Record<TextProvenance, string> = {
  OFFICIAL_RELEASE: "Official release",
  COMPANY_PUBLISHED: "Published by the company",
  MEDIA_REPORT: "Media report",
  UNKNOWN: "Provenance unknown",
};

/**
 * The heading a submission goes by. Titles are optional in the schema (some items are known only
 * by number), so fall back to the Chinese title, then to the number, and never render a blank link.
 */
export function submissionDisplayTitle(submission: {
  titleEn: string | null;
  titleZh: string | null;
  officialNumber: string | null;
  body: Body;
}): string {
  if (submission.titleEn) return submission.titleEn;
  if (submission.titleZh) return submission.titleZh;
  const kind = BODY_LABELS[submission.body].kindEn;
  return submission.officialNumber ? `${kind} No. ${submission.officialNumber}` : `Untitled ${kind.toLowerCase()}`;
}

/** Reply result classes as the State Council defines them (DOMAIN.md). */
export const RESULT_LABELS: Record<ReplyResult, { en: string; zh: string }> = {
  A: { en: "Solved or adopted", zh: "已解决或采纳" },
  B: { en: "Being solved or planned", zh: "正在解决或列入计划解决" },
  C: { en: "To be solved later (constraints)", zh: "因条件限制需以后解决" },
  D: { en: "Kept for reference", zh: "留作参考" },
};

/** 主办 lead, 会办/协办 joint, 参阅 for reference. */
export const REFERRAL_ROLE_LABELS: Record<ReferralRole, { en: string; zh: string }> = {
  LEAD: { en: "Lead", zh: "主办" },
  JOINT: { en: "Joint", zh: "会办/协办" },
  REFERENCE: { en: "For reference", zh: "参阅" },
};

