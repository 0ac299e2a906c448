import { getLocale, getTranslations } from "next-intl/server";
import type { SessionFigures, SessionOverviewData } from "@/lib/data/public/session-overview";
import { BarChart } from "@/components/charts/bar-chart";
import { RankedLinks } from "@/components/tracker/ranked-links";
import { Section } from "@/components/tracker/section";
import { Zh } from "@/components/ui/zh";
import { LocalDate } from "@/components/tracker/local-date";
import { RESULT_LABELS } from "@/lib/format/labels";
import { SubmissionTitle } from "@/components/tracker/submission-title";
import { parseLocale } from "@/lib/i18n/locale";
import { ministryHref, sessionHref, submissionHref, topicHref } from "@/lib/format/links";
import { formatShare } from "@/lib/format/percent";
import { countSeries } from "@/lib/format/chart-series";
import { RESULT_CLASSES } from "@/lib/stats/replies";

interface Row {
  label: "npc" | "cppcc" | "referred" | "replied" | "direct";
  value: (figures: SessionFigures) => number | null;
  format?: (value: number | null) => string;
}

// No referral recorded is shown as a dash, not 0%: it means we hold no referral data yet, not that
// nothing was referred.
const share = (part: (f: SessionFigures) => number) => (f: SessionFigures) => (f.total > 0 && part(f) > 0 ? part(f) / f.total : null);
const rows: Row[] = [
  { label: "npc", value: (f) => f.counts.NPC },
  { label: "cppcc", value: (f) => f.counts.CPPCC },
  { label: "referred", value: share((f) => f.referred), format: formatShare },
  { label: "replied", value: share((f) => f.replied), format: formatShare },
  { label: "direct", value: (f) => f.angles.DIRECT },
];

type TranslateGlance = Awaited<ReturnType<typeof getTranslations<"glance">>>;

function change(t: TranslateGlance, current: number | null, previous: number | null, isShare: boolean): string {
  if (current === null || previous === null) return "—";
  const diff = current - previous;
  if (diff === 0) return t("noChange");
  const sign = diff > 0 ? "+" : "−";
  return isShare ? t("points", { sign, n: Math.round(Math.abs(diff) * 100) }) : `${sign}${Math.abs(diff)}`;
}

/** This session's figures beside the session before (a table: it is a comparison to read). */
export async function SessionComparison({ data }: { data: SessionOverviewData }) {
  const [t, tf, tg] = await Promise.all([getTranslations("session"), getTranslations("figures"), getTranslations("glance")]);
  const { session, figures, previous } = data;
  return (
    <Section
      id="comparison-heading"
      title={previous ? t("compared", { year: session.year, previous: previous.session.year }) : t("inFigures", { year: session.year })}
      intro={tg("comparisonIntro")}
    >
      <div className="overflow-x-auto" role="region" aria-label={tg("comparisonTable")} tabIndex={0}>
        <table className="w-full min-w-[28rem] border-collapse text-left text-sm tabular-nums">
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4 font-semibold">
                {tf("figure")}
              </th>
              <th scope="col" className="py-2 pr-4 font-semibold">
                {session.year}
              </th>
              {previous && (
                <>
                  <th scope="col" className="py-2 pr-4 font-semibold">
                    <a href={sessionHref(previous.session.year)} className="underline hover:text-accent">
                      {previous.session.year}
                    </a>
                  </th>
                  <th scope="col" className="py-2 pr-4 font-semibold">
                    {tf("change")}
                  </th>
                </>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const format = row.format ?? ((value: number | null) => (value === null ? "—" : String(value)));
              const current = row.value(figures);
              const before = previous ? row.value(previous.figures) : null;
              return (
                <tr key={row.label} className="border-b border-rule">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    {tf(row.label)}
                  </th>
                  <td className="py-2 pr-4 font-semibold">{format(current)}</td>
                  {previous && (
                    <>
                      <td className="py-2 pr-4">{format(before)}</td>
                      <td className="py-2 pr-4 text-muted">{change(tg, current, before, Boolean(row.format))}</td>
                    </>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Section>
  );
}

/** Topics, result classes, latest replies and notable angles of one session. */
export async function SessionGlance({ data }: { data: SessionOverviewData }) {
  const [t, tg, tp, ta, locale] = await Promise.all([
    getTranslations("session"),
    getTranslations("glance"),
    getTranslations("pages"),
    getTranslations("angles"),
    getLocale().then(parseLocale),
  ]);
  const zh = locale === "zh";
  const replies = RESULT_CLASSES.reduce((sum, result) => sum + data.figures.results[result], 0) + data.figures.results.unclassed;
  return (
    <div className="grid gap-10 lg:grid-cols-2">
      <Section id="topics-heading" title={t("topics")}>
        <RankedLinks
          label={tg("topicsOf", { year: String(data.session.year) })}
          empty={tg("noTopic")}
          unit={[tp("submissionUnit"), tp("submissionsUnit")]}
          items={data.topics.slice(0, 12).map((topic) => ({ key: topic.slug, href: topicHref(topic.slug), ...topic }))}
        />
      </Section>
      <Section id="results-heading" title={t("results")}>
        {replies === 0 ? (
          <p className="text-muted">{tg("noReplyYet")}</p>
        ) : (
          <BarChart
            id="session-results"
            title={tg("resultsOf", { year: String(data.session.year) })}
            summary={tg("resultsSummary")}
            categoryLabel={tg("resultClass")}
            series={countSeries(tg("replies"))}
            data={[...RESULT_CLASSES, "unclassed" as const].map((result) => ({
              label: result === "unclassed" ? tg("notClassed") : result,
              values: { count: data.figures.results[result] },
            }))}
          />
        )}
      </Section>
      <Section id="latest-replies-heading" title={t("latestReplies")}>
        {data.latestReplies.length === 0 ? (
          <p className="text-muted">{tg("noneYet")}</p>
        ) : (
          <ul className="grid gap-3 text-sm">
            {data.latestReplies.map((reply) => (
              <li key={reply.id} className="grid gap-0.5">
                <a href={submissionHref(reply.submission.slug)} className="font-semibold underline hover:text-accent">
                  <SubmissionTitle submission={reply.submission} locale={locale} />
                </a>
                <span className="text-muted">
                  <a href={ministryHref(reply.ministry.slug)} className="underline hover:text-ink">
                    {zh && reply.ministry.nameZh ? <Zh>{reply.ministry.nameZh}</Zh> : reply.ministry.nameEn}
                  </a>{" "}
                  {tg("repliedOn")} <LocalDate date={reply.repliedOn} />
                  {reply.result && (
                    <>
                      {" "}
                      · {tg("classOf", { result: reply.result })}
                      {zh ? "，" : ", "}
                      {!zh && `${RESULT_LABELS[reply.result].en.toLowerCase()} (`}
                      <Zh>{RESULT_LABELS[reply.result].zh}</Zh>
                      {!zh && ")"}
                    </>
                  )}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="angles-heading" title={t("notableAngles")} intro={tg("anglesIntro")}>
        {data.notableAngles.length === 0 ? (
          <p className="text-muted">{tg("noDirectAngle")}</p>
        ) : (
          <ul className="grid gap-3 text-sm">
            {data.notableAngles.map((angle) => (
              <li key={angle.id} className="grid gap-0.5">
                <a href={submissionHref(angle.submission.slug)} className="font-semibold underline hover:text-accent">
                  <SubmissionTitle submission={angle.submission} locale={locale} />
                </a>
                <span className="text-muted">
                  {ta(`kind.${angle.kind}`)}{tp("colon")}{zh && angle.rationaleZh ? <Zh>{angle.rationaleZh}</Zh> : angle.rationaleEn}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
