import { getTranslations } from "next-intl/server";
import { scaleBand, scaleLinear } from "d3-scale";

// A stacked bar chart drawn on the server as SVG: readable without JavaScript, printable, and
// followed by the same numbers as a table for screen readers and for anyone who prefers to read.
// d3-scale does the arithmetic (band positions, a "nice" axis); React draws the marks.

export interface ChartSeries {
  key: string;
  label: string;
  /** A fill with at least 3:1 contrast against white (WCAG 1.4.11). */
  color: string;
}

export interface ChartDatum {
  label: string;
  values: Record<string, number>;
}

interface BarChartProps {
  id: string;
  title: string;
  /** One sentence saying what the chart shows; also the SVG's accessible description. */
  summary: string;
  categoryLabel: string;
  series: ChartSeries[];
  data: ChartDatum[];
}

const WIDTH = 640;
const HEIGHT = 240;
const MARGIN = { top: 20, right: 12, bottom: 36, left: 40 };

export async function BarChart({ id, title, summary, categoryLabel, series, data }: BarChartProps) {
  const t = await getTranslations("pages");
  const totals = data.map((datum) => series.reduce((sum, s) => sum + (datum.values[s.key] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const x = scaleBand<string>()
    .domain(data.map((datum) => datum.label))
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(0.3);
  const y = scaleLinear().domain([0, max]).nice().range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const ticks = y.ticks(Math.min(5, y.domain()[1])).filter((tick) => Number.isInteger(tick));
  const barWidth = Math.min(x.bandwidth(), 72);

  return (
    <figure aria-labelledby={`${id}-title`} className="chart grid gap-3">
      <figcaption id={`${id}-title`} className="grid gap-0.5">
        <span className="font-semibold">{title}</span>
        <span className="text-sm text-muted">{summary}</span>
      </figcaption>
      {series.length > 1 && (
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={t("legend")}>
          {series.map((s) => (
            <li key={s.key} className="flex items-center gap-1.5">
              <svg width="12" height="12" aria-hidden="true" focusable="false">
                <rect width="12" height="12" fill={s.color} />
              </svg>
              {s.label}
            </li>
          ))}
        </ul>
      )}
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full max-w-2xl"
        role="img"
        aria-labelledby={`${id}-svg-title`}
      >
        <title id={`${id}-svg-title`}>{t("chartTitle", { title, summary })}</title>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} stroke="#e3e0d8" />
            <text x={MARGIN.left - 6} y={y(tick)} dy="0.32em" textAnchor="end" fontSize="11" fill="#55555d">
              {tick}
            </text>
          </g>
        ))}
        {data.map((datum, index) => {
          const left = (x(datum.label) ?? 0) + (x.bandwidth() - barWidth) / 2;
          let base = 0;
          return (
            <g key={datum.label}>
              {series.map((s) => {
                const value = datum.values[s.key] ?? 0;
                if (value === 0) return null;
                const top = y(base + value);
                const height = y(base) - top;
                base += value;
                return <rect key={s.key} x={left} y={top} width={barWidth} height={height} fill={s.color} />;
              })}
              <text x={left + barWidth / 2} y={y(totals[index]) - 5} textAnchor="middle" fontSize="11" fontWeight="600" fill="#17171b">
                {totals[index]}
              </text>
              <text x={left + barWidth / 2} y={HEIGHT - MARGIN.bottom + 16} textAnchor="middle" fontSize="11" fill="#17171b">
                {datum.label}
              </text>
            </g>
          );
        })}
        <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(0)} y2={y(0)} stroke="#17171b" />
      </svg>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium underline">{t("showTable")}</summary>
        <ChartTable id={id} title={title} categoryLabel={categoryLabel} series={series} data={data} totals={totals} totalLabel={t("total")} />
      </details>
    </figure>
  );
}

function ChartTable({
  id,
  title,
  categoryLabel,
  series,
  data,
  totals,
  totalLabel,
}: Pick<BarChartProps, "id" | "title" | "categoryLabel" | "series" | "data"> & { totals: number[]; totalLabel: string }) {
  return (
    <table className="mt-2 min-w-64 border-collapse text-left tabular-nums" aria-describedby={`${id}-title`}>
      <caption className="sr-only">{title}</caption>
      <thead>
        <tr className="border-b border-rule">
          <th scope="col" className="py-1 pr-4 font-semibold">
            {categoryLabel}
          </th>
          {series.length > 1 &&
            series.map((s) => (
              <th key={s.key} scope="col" className="py-1 pr-4 font-semibold">
                {s.label}
              </th>
            ))}
          <th scope="col" className="py-1 pr-4 font-semibold">
            {totalLabel}
          </th>
        </tr>
      </thead>
      <tbody>
        {data.map((datum, index) => (
          <tr key={datum.label} className="border-b border-rule">
            <th scope="row" className="py-1 pr-4 font-normal">
              {datum.label}
            </th>
            {series.length > 1 &&
              series.map((s) => (
                <td key={s.key} className="py-1 pr-4">
                  {datum.values[s.key] ?? 0}
                </td>
              ))}
            <td className="py-1 pr-4 font-semibold">{totals[index]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
