// Words the public pages use for the domain's codes, in English with the Chinese term beside it.
// One place, so a suggestion is never called a proposal on one page and a suggestion on another.
import type { Body, ReferralRole, ReplyResult, TextProvenance } from "@/lib/generated/prisma/enums";
import { chineseNumeral, ordinal } from "@/lib/format/numbers";
import type { Locale } from "@/lib/i18n/locale";

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

/** A submission's title in the reader's language, and the language it is actually in. */
export interface SubmissionTitleText {
  text: string;
  lang: Locale;
  /** The English title is the submitter's own words in translation: show it in quotation marks. */
  quoted: boolean;
}

/**
 * The heading a submission goes by. Titles are optional in the schema (some items are known only
 * by number), so the reader's language comes first, then the other language, then the number in
 * the reader's language, and never a blank link.
 */
export function submissionTitle(
  submission: { titleEn: string | null; titleZh: string | null; titleIsQuote?: boolean; officialNumber: string | null; body: Body },
  locale: Locale,
): SubmissionTitleText {
  const { titleEn, titleZh, officialNumber } = submission;
  if (locale === "zh" && titleZh) return { text: titleZh, lang: "zh", quoted: false };
  if (titleEn) return { text: titleEn, lang: "en", quoted: Boolean(submission.titleIsQuote) };
  if (titleZh) return { text: titleZh, lang: "zh", quoted: false };
  const { kindEn, kindZh } = BODY_LABELS[submission.body];
  if (locale === "zh") return { text: officialNumber ? `第${officialNumber}号${kindZh}` : `无标题${kindZh}`, lang: "zh", quoted: false };
  return { text: officialNumber ? `${kindEn} No. ${officialNumber}` : `Untitled ${kindEn.toLowerCase()}`, lang: "en", quoted: false };
}

/** The English heading, for the back office, feeds and other English-only places. */
export function submissionDisplayTitle(submission: Parameters<typeof submissionTitle>[0]): string {
  return submissionTitle(submission, "en").text;
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


/** A record's name in both languages, in the order its page heading shows them. */
export interface BilingualNameParts {
  first: { text: string; lang: Locale };
  second: { text: string; lang: Locale } | null;
}

/**
 * People read Chinese-first (马化腾 Ma Huateng) in both interfaces; organizations, ministries and
 * topics English-first, and Chinese-first when the interface is in Chinese: the reader's language
 * leads, the other stays beside it as the fallback.
 */
export function bilingualName(
  name: { nameEn: string; nameZh: string | null },
  locale: Locale,
  order: "zh-first" | "en-first" = "en-first",
): BilingualNameParts {
  const en = { text: name.nameEn, lang: "en" as const };
  if (!name.nameZh) return { first: en, second: null };
  const zh = { text: name.nameZh, lang: "zh" as const };
  return order === "zh-first" || locale === "zh" ? { first: zh, second: en } : { first: en, second: zh };
}

/** The same as one line of plain text: page titles and other places without markup. */
export function bilingualNameText(...args: Parameters<typeof bilingualName>): string {
  const { first, second } = bilingualName(...args);
  return second ? `${first.text} ${second.text}` : first.text;
}
