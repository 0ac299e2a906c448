import { getLocale, getTranslations } from "next-intl/server";
import type { PublicReferral } from "@/lib/data/public/submission-detail";
import { BilingualName } from "@/components/tracker/bilingual-name";
import { Section } from "@/components/tracker/section";
import { TextBlock } from "@/components/tracker/text-block";
import { Badge } from "@/components/ui/badge";
import { InLanguage } from "@/components/ui/in-language";
import { Zh } from "@/components/ui/zh";
import { LocalDate } from "@/components/tracker/local-date";
import { bilingualName, REFERRAL_ROLE_LABELS, RESULT_LABELS } from "@/lib/format/labels";
import { ministryHref } from "@/lib/format/links";
import { formatDays } from "@/lib/format/percent";
import { parseLocale, type Locale } from "@/lib/i18n/locale";

// A dash, not a word, where no text is given: the same in both languages.
function When({ date, none = "—" }: { date: Date | null; none?: string }) {
  return date ? <LocalDate date={date} /> : <>{none}</>;
}

function lateness(referral: PublicReferral, t: (key: "notDue" | "onTime") => string, overdue: (days: string) => string, locale: string): string {
  if (referral.state === "pending") return t("notDue");
  if (referral.state === "replied-on-time") return t("onTime");
  return referral.state === "overdue" ? overdue(formatDays(referral.daysLate, locale)) : formatDays(referral.daysLate, locale);
}

const cell = "py-2 pr-4 align-top";

/** The ministry as a link in the reader's language, its name in the other language under it. */
function MinistryName({ ministry, locale }: { ministry: PublicReferral["ministry"]; locale: Locale }) {
  const { first, second } = bilingualName(ministry, locale);
  return (
    <>
      <a href={ministryHref(ministry.slug)} className="underline hover:text-accent">
        <InLanguage lang={first.lang} locale={locale}>{first.text}</InLanguage>
      </a>
      {second && (
        <InLanguage lang={second.lang} locale={locale} className="block text-muted">
          {second.text}
        </InLanguage>
      )}
    </>
  );
}

/** Where the submission went: each ministry, its role, the dates, and how late the reply was. */
export async function ReferralTable({ referrals }: { referrals: PublicReferral[] }) {
  const [t, tt, tp, locale] = await Promise.all([
    getTranslations("submission"),
    getTranslations("table"),
    getTranslations("pages"),
    getLocale().then(parseLocale),
  ]);
  const zh = locale === "zh";
  return (
    <Section
      id="referrals-heading"
      title={t("referrals")}
      intro={tt("referralsIntro")}
    >
      {referrals.length === 0 ? (
        <p className="text-muted">{tp("noReferralHere")}</p>
      ) : (
        <div className="overflow-x-auto" role="region" aria-label={tp("referralsTable")} tabIndex={0}>
          <table className="w-full min-w-[36rem] border-collapse text-left text-sm">
            <thead>
              <tr className="border-b-2 border-ink">
                {[tt("ministry"), tt("role"), tt("referredOn"), tt("dueOn"), tt("repliedOn"), tt("daysLate")].map((head) => (
                  <th key={head} scope="col" className={`${cell} font-semibold`}>
                    {head}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {referrals.map((referral) => (
                <tr key={referral.id} className="border-b border-rule">
                  <th scope="row" className={`${cell} font-normal`}>
                    <MinistryName ministry={referral.ministry} locale={locale} />
                  </th>
                  <td className={cell}>
                    {!zh && `${REFERRAL_ROLE_LABELS[referral.role].en} `}
                    <Zh className={zh ? "" : "text-muted"}>{REFERRAL_ROLE_LABELS[referral.role].zh}</Zh>
                  </td>
                  <td className={`${cell} whitespace-nowrap`}>
                    <When date={referral.referredOn} />
                  </td>
                  <td className={`${cell} whitespace-nowrap`}>
                    <When date={referral.dueOn} />
                  </td>
                  <td className={`${cell} whitespace-nowrap`}>
                    <When date={referral.repliedOn} none={tt("noReply")} />
                  </td>
                  <td className={`${cell} tabular-nums`}>{lateness(referral, tt, (days) => tp("overdueSuffix", { days }), locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}

/** Each published reply with its result class and what it signals. */
export async function ReplyList({ referrals }: { referrals: PublicReferral[] }) {
  const [t, tt, tp, zh] = await Promise.all([
    getTranslations("submission"),
    getTranslations("table"),
    getTranslations("pages"),
    getLocale().then((locale) => locale === "zh"),
  ]);
  const replies = referrals.flatMap((referral) => referral.replies.map((reply) => ({ ...reply, ministry: referral.ministry })));
  if (referrals.length === 0) return null;
  return (
    <Section id="replies-heading" title={t("replies")}>
      {replies.length === 0 ? (
        <p className="text-muted">{tp("noReplyYet")}</p>
      ) : (
        <ul className="grid gap-4">
          {replies.map((reply) => (
            <li key={reply.id} className="grid gap-2 rounded-md border border-rule bg-card p-4">
              <div className="flex flex-wrap items-center gap-2">
                <h3 className="font-semibold">
                  <BilingualName nameEn={reply.ministry.nameEn} nameZh={reply.ministry.nameZh} />
                </h3>
                {reply.result && (
                  <Badge tone={reply.result === "A" ? "cppcc" : "neutral"}>
                    {zh ? (
                      <Zh>{t("replyClass", { result: reply.result, label: RESULT_LABELS[reply.result].zh })}</Zh>
                    ) : (
                      <>
                        {t("replyClass", { result: reply.result, label: RESULT_LABELS[reply.result].en })} <Zh>{RESULT_LABELS[reply.result].zh}</Zh>
                      </>
                    )}
                  </Badge>
                )}
                <span className="text-sm text-muted">
                  <When date={reply.repliedOn} />
                  {reply.referenceNumber && ` · ${t("replyRef", { number: reply.referenceNumber })}`}
                </span>
              </div>
              {reply.summaryEn && <TextBlock text={reply.summaryEn} />}
              {reply.summaryZh && <TextBlock text={reply.summaryZh} lang="zh" />}
              {(reply.signalEn || reply.signalZh) && (
                <div className="border-l-2 border-accent pl-3 text-sm">
                  <p className="font-semibold">{tt("signals")}</p>
                  {reply.signalEn && <p>{reply.signalEn}</p>}
                  {reply.signalZh && (
                    <p>
                      <Zh>{reply.signalZh}</Zh>
                    </p>
                  )}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
