import { getLocale, getTranslations } from "next-intl/server";
import { BarChart } from "@/components/charts/bar-chart";
import type { Body } from "@/lib/generated/prisma/enums";
import { bodySeries } from "@/lib/format/chart-series";

/** Submissions per session year, NPC and CPPCC stacked: a chart with its table. */
export async function YearChart({ id, title, byYear }: { id: string; title: string; byYear: Array<{ year: number; counts: Record<Body, number> }> }) {
  // One bar says nothing a sentence cannot: the chart starts when there are two years to compare.
  if (byYear.length < 2) return null;
  const [t, tl] = await Promise.all([getTranslations("pages"), getTranslations("labels")]);
  const total = byYear.reduce((sum, row) => sum + row.counts.NPC + row.counts.CPPCC, 0);
  const span = (await getLocale()) === "zh" ? `${byYear[0].year}–${byYear[byYear.length - 1].year}年` : `from ${byYear[0].year} to ${byYear[byYear.length - 1].year}`;
  return (
    <BarChart
      id={id}
      title={title}
      summary={t("yearChartSummary", { total, span })}
      categoryLabel={t("sessionYear")}
      series={bodySeries(tl)}
      data={byYear.map((row) => ({ label: String(row.year), values: row.counts }))}
    />
  );
}
