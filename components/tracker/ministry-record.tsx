import { getLocale, getTranslations } from "next-intl/server";
import type { MinistryReferral, PublicMinistry } from "@/lib/data/public/ministries";
import { BarChart } from "@/components/charts/bar-chart";
import { Zh } from "@/components/ui/zh";
import { countSeries, resultSeries } from "@/lib/format/chart-series";
import { LocalDate } from "@/components/tracker/local-date";
import { REFERRAL_ROLE_LABELS, RESULT_LABELS } from "@/lib/format/labels";
import { SubmissionTitle } from "@/components/tracker/submission-title";
import { parseLocale } from "@/lib/i18n/locale";
import { submissionHref } from "@/lib/format/links";
import { formatDays, formatShare } from "@/lib/format/percent";

function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className="grid content-start gap-1 rounded-md border border-rule bg-card p-4">
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="text-3xl font-bold tabular-nums">{value}</dd>
      {note && <dd className="text-xs text-muted">{note}</dd>}
    </div>
  );
}

/** The WhatDoTheyKnow-style headline figures of a ministry. */
export async function MinistryFigures({ ministry }: { ministry: PublicMinistry }) {
  const [t, tp, locale] = await Promise.all([getTranslations("figures"), getTranslations("pages"), getLocale()]);
  const stats = ministry.statistics;
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
      <Figure
        label={t("received")}
        value={String(stats.received)}
        note={tp("byRole", { lead: ministry.byRole.LEAD, joint: ministry.byRole.JOINT, reference: ministry.byRole.REFERENCE })}
      />
      <Figure label={t("replyRate")} value={formatShare(stats.replyRate)} note={tp("replied", { count: stats.replied })} />
      <Figure label={t("median")} value={formatDays(stats.medianReplyDays, locale)} note={tp("medianNote")} />
      <Figure label={t("p90")} value={formatDays(stats.p90ReplyDays, locale)} note={tp("p90Note")} />
      <Figure label={t("overdue")} value={String(stats.overdue)} note={tp("overdueNote", { late: stats.repliedLate, pending: stats.pending })} />
    </dl>
  );
}

export async function ResultMixChart({ ministry }: { ministry: PublicMinistry }) {
  const [t, tl, tg] = await Promise.all([getTranslations("pages"), getTranslations("labels"), getTranslations("glance")]);
  if (ministry.resultMix.length === 0) return <p className="text-muted">{t("noResultYet")}</p>;
  return (
    <BarChart
      id="result-mix"
      title={t("resultMixTitle")}
      summary={t("resultMixSummary")}
      categoryLabel={t("sessionYear")}
      series={resultSeries(tl, tg("notClassed"))}
      data={ministry.resultMix.map((row) => ({ label: String(row.year), values: row.counts }))}
    />
  );
}

export async function ReplyTimeChart({ ministry }: { ministry: PublicMinistry }) {
  if (ministry.statistics.replied === 0) return null;
  const [t, tg] = await Promise.all([getTranslations("pages"), getTranslations("glance")]);
  return (
    <BarChart
      id="reply-times"
      title={t("replyTimesTitle")}
      summary={t("replyTimesSummary")}
      categoryLabel={t("days")}
      series={countSeries(tg("replies"))}
      data={ministry.replyBins.map((bin) => ({ label: bin.label, values: { count: bin.count } }))}
    />
  );
}

type Translate = Awaited<ReturnType<typeof getTranslations<"pages">>>;

function stateText(t: Translate, referral: MinistryReferral, locale: string): string {
  switch (referral.state) {
    case "replied-on-time":
      return t("onTime");
    case "replied-late":
      return t("late", { days: formatDays(referral.daysLate, locale) });
    case "overdue":
      return t("overdueBy", { days: formatDays(referral.daysLate, locale) });
    default:
      return t("notDue");
  }
}

const cell = "py-2 pr-4 align-top";

/** Referrals as a table: submission, role, referred, due, replied, result, timeliness. */
export async function MinistryReferralTable({ referrals, caption }: { referrals: MinistryReferral[]; caption: string }) {
  const [t, locale] = await Promise.all([getTranslations("pages"), getLocale().then(parseLocale)]);
  const zh = locale === "zh";
  return (
    <div className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            {(["colSubmission", "colYear", "colRole", "colReferred", "colDue", "colReplied", "colResult", "colTimeliness"] as const).map((key) => t(key)).map((head) => (
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
                <a href={submissionHref(referral.submission.slug)} className="underline hover:text-accent">
                  <SubmissionTitle submission={referral.submission} locale={locale} />
                </a>
              </th>
              <td className={`${cell} tabular-nums`}>{referral.year}</td>
              <td className={cell}>
                {!zh && `${REFERRAL_ROLE_LABELS[referral.role].en} `}
                <Zh>{REFERRAL_ROLE_LABELS[referral.role].zh}</Zh>
              </td>
              <td className={`${cell} whitespace-nowrap`}>
                <LocalDate date={referral.referredOn} />
              </td>
              <td className={`${cell} whitespace-nowrap`}>
                <LocalDate date={referral.dueOn} />
              </td>
              <td className={`${cell} whitespace-nowrap`}>
                {referral.repliedOn ? <LocalDate date={referral.repliedOn} /> : t("noReply")}
              </td>
              <td className={cell}>{referral.result ? <abbr title={zh ? RESULT_LABELS[referral.result].zh : RESULT_LABELS[referral.result].en}>{referral.result}</abbr> : "—"}</td>
              <td className={cell}>{stateText(t, referral, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
