import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SessionFigures, SessionOverviewData } from "@/lib/data/public/session-overview";
import { BarChart } from "@/components/charts/bar-chart";
import { RankedLinks } from "@/components/tracker/ranked-links";
import { Section } from "@/components/tracker/section";
import { Zh } from "@/components/ui/zh";
import { formatDate, isoDate } from "@/lib/format/dates";
import { ANGLE_KIND_LABELS, RESULT_LABELS, submissionDisplayTitle } from "@/lib/format/labels";
import { ministryHref, sessionHref, submissionHref, topicHref } from "@/lib/format/links";
import { formatShare } from "@/lib/format/percent";
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

function change(current: number | null, previous: number | null, isShare: boolean): string {
  if (current === null || previous === null) return "—";
  const diff = current - previous;
  if (diff === 0) return "No change";
  const sign = diff > 0 ? "+" : "−";
  return isShare ? `${sign}${Math.round(Math.abs(diff) * 100)} points` : `${sign}${Math.abs(diff)}`;
}

/** This session's figures beside the session before (a table: it is a comparison to read). */
export async function SessionComparison({ data }: { data: SessionOverviewData }) {
  const [t, tf] = await Promise.all([getTranslations("session"), getTranslations("figures")]);
  const { session, figures, previous } = data;
  return (
    <Section
      id="comparison-heading"
      title={previous ? t("compared", { year: session.year, previous: previous.session.year }) : t("inFigures", { year: session.year })}
      intro="Counts are of the submissions we have published, not of everything filed. A dash: none recorded yet."
    >
      <div className="overflow-x-auto" role="region" aria-label="Comparison table" tabIndex={0}>
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
                    <Link href={sessionHref(previous.session.year)} className="underline hover:text-accent">
                      {previous.session.year}
                    </Link>
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
                      <td className="py-2 pr-4 text-muted">{change(current, before, Boolean(row.format))}</td>
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
  const t = await getTranslations("session");
  const replies = RESULT_CLASSES.reduce((sum, result) => sum + data.figures.results[result], 0) + data.figures.results.unclassed;
  return (
    <div className="grid gap-10 lg:grid-cols-2">
      <Section id="topics-heading" title={t("topics")}>
        <RankedLinks
          label={`Topics of ${data.session.year} submissions`}
          empty="No topic recorded for this session yet."
          unit={["submission", "submissions"]}
          items={data.topics.slice(0, 12).map((topic) => ({ key: topic.slug, href: topicHref(topic.slug), ...topic }))}
        />
      </Section>
      <Section id="results-heading" title={t("results")}>
        {replies === 0 ? (
          <p className="text-muted">
            No ministry reply to this session&apos;s submissions has been published yet. Replies usually come three to six
            months after the session.
          </p>
        ) : (
          <BarChart
            id="session-results"
            title={`Result classes, ${data.session.year}`}
            summary="The class of each ministry's first reply to a referral."
            categoryLabel="Result class"
            series={[{ key: "count", label: "Replies", color: "#1d4f8f" }]}
            data={[...RESULT_CLASSES, "unclassed" as const].map((result) => ({
              label: result === "unclassed" ? "Not classed" : result,
              values: { count: data.figures.results[result] },
            }))}
          />
        )}
      </Section>
      <Section id="latest-replies-heading" title={t("latestReplies")}>
        {data.latestReplies.length === 0 ? (
          <p className="text-muted">None published yet.</p>
        ) : (
          <ul className="grid gap-3 text-sm">
            {data.latestReplies.map((reply) => (
              <li key={reply.id} className="grid gap-0.5">
                <Link href={submissionHref(reply.submission.slug)} className="font-semibold underline hover:text-accent">
                  {submissionDisplayTitle(reply.submission)}
                </Link>
                <span className="text-muted">
                  <Link href={ministryHref(reply.ministry.slug)} className="underline hover:text-ink">
                    {reply.ministry.nameEn}
                  </Link>{" "}
                  replied <time dateTime={isoDate(reply.repliedOn)}>{formatDate(reply.repliedOn)}</time>
                  {reply.result && (
                    <>
                      {" "}
                      · class {reply.result}, {RESULT_LABELS[reply.result].en.toLowerCase()} (<Zh>{RESULT_LABELS[reply.result].zh}</Zh>)
                    </>
                  )}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="angles-heading" title={t("notableAngles")} intro="Direct links between a submission and its submitter's business or Beijing's line.">
        {data.notableAngles.length === 0 ? (
          <p className="text-muted">No direct angle published for this session yet.</p>
        ) : (
          <ul className="grid gap-3 text-sm">
            {data.notableAngles.map((angle) => (
              <li key={angle.id} className="grid gap-0.5">
                <Link href={submissionHref(angle.submission.slug)} className="font-semibold underline hover:text-accent">
                  {submissionDisplayTitle(angle.submission)}
                </Link>
                <span className="text-muted">
                  {ANGLE_KIND_LABELS[angle.kind].en}: {angle.rationaleEn}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
