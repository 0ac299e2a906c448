import type { AngleKind, AngleStrength, Body, ReplyResult } from "@/lib/generated/prisma/enums";
import { BODY_LABELS } from "@/lib/format/labels";
import zh from "@/lib/i18n/messages/zh.json";
import { join } from "@/lib/search/reindex-shared";

// The line under a search result, in both interface languages. Both are written when a row is
// indexed (the words come from the same messages the pages use), so /search picks one by the
// reader's language without a query per result.

export interface Subtitles {
  subtitle: string | null;
  subtitleZh: string | null;
}

interface Name {
  nameEn: string;
  nameZh?: string | null;
}

const zhName = (name: Name) => name.nameZh || name.nameEn;
const both = (en: string | null, zhText: string | null): Subtitles => ({ subtitle: en || null, subtitleZh: zhText || null });

/** "2022 Suggestion · Lei Jun" / "2022年 建议 · 雷军" */
export function submissionSubtitles(year: number, body: Body, submitters: Name[]): Subtitles {
  const label = BODY_LABELS[body];
  return both(
    join([`${year} ${label.kindEn}`, join(submitters.map((name) => name.nameEn), ", ")], " · "),
    join([`${year}年 ${label.kindZh}`, join(submitters.map(zhName), zh.pages.comma)], " · "),
  );
}

/** "Business interest, direct · Tencent" / "商业利益，直接 · 腾讯" */
export function angleSubtitles(kind: AngleKind, strength: AngleStrength, organization: Name | null): Subtitles {
  const en = `${kind === "BUSINESS_INTEREST" ? "Business interest" : "Policy echo"}, ${strength.toLowerCase()}`;
  return both(
    join([en, organization?.nameEn], " · "),
    join([`${zh.angles.kind[kind]}，${zh.labels.strength[strength]}`, organization ? zhName(organization) : null], " · "),
  );
}

/** "Reply from Ministry of Finance · class A" / "财政部的答复 · A类" */
export function replySubtitles(ministry: Name | null, result: ReplyResult | null): Subtitles {
  return both(
    join([ministry ? `Reply from ${ministry.nameEn}` : "Reply", result ? `class ${result}` : null], " · "),
    join([ministry ? `${zhName(ministry)}的${zh.labels.kindOne.reply}` : zh.labels.kindOne.reply, result ? zh.glance.classOf.replace("{result}", result) : null], " · "),
  );
}

export const noteSubtitles: Subtitles = both("Reporter's note", zh.notes.heading);

/** Pinyin (when it is not the English name) and roles: "Lei Jun · Founder, Xiaomi" / "Lei Jun · Founder, 小米" (titles are recorded in English). */
export function personSubtitles(pinyin: string | null, nameEn: string, roles: Array<{ title: string; organization: Name }>): Subtitles {
  const reading = pinyin && pinyin !== nameEn ? pinyin : null;
  return both(
    join([reading, ...roles.map((role) => `${role.title}, ${role.organization.nameEn}`)], " · "),
    join([reading, ...roles.map((role) => `${role.title}, ${zhName(role.organization)}`)], " · "),
  );
}

/** A ministry says what it is; another organization lists its sectors (recorded in English). */
export function organizationSubtitles(ministry: boolean, sectors: string[]): Subtitles {
  return ministry ? both("Ministry or agency", zh.labels.organizationKind.MINISTRY) : both(join(sectors, ", "), join(sectors, ", "));
}
