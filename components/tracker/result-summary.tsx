import { getTranslations } from "next-intl/server";
import type { BodyCounts } from "@/lib/data/public/sessions";
import { submissionsHref, type SubmissionFilters } from "@/lib/data/public/submission-filters";
import { BODIES } from "@/lib/format/labels";
import { formatCount } from "@/lib/format/numbers";

interface ResultSummaryProps {
  page: number;
  pageSize: number;
  total: number;
  shown: number;
  counts: BodyCounts;
  filters: SubmissionFilters;
}

/** "Showing 21–25 of 25 submissions", then the split by body with links to narrow to one. */
export async function ResultSummary({ page, pageSize, total, shown, counts, filters }: ResultSummaryProps) {
  const [t, tl] = await Promise.all([getTranslations("list"), getTranslations("labels")]);
  const { year, body } = filters;
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = (page - 1) * pageSize + shown;
  const scope = year ? t("fromYear", { year: String(year) }) : "";
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-2 pb-3 text-sm">
      <p className="font-semibold">
        {total === 0
          ? `${t("none")}${scope}`
          : `${t("showing", { first: formatCount(first), last: formatCount(last), total })}${scope}`}
      </p>
      {counts.NPC + counts.CPPCC > 0 && (
        <ul className="flex flex-wrap gap-x-4 text-muted" aria-label={t("byBody")}>
          {BODIES.map((code) => {
            const label = t("bodyCount", { count: formatCount(counts[code]), body: tl(`body.${code}`) });
            const href = submissionsHref({ ...filters, body: code });
            return (
              <li key={code}>
                {body === code ? (
                  <span aria-current="true" className="font-semibold text-ink">
                    {label}
                  </span>
                ) : (
                  <a href={href} className="underline hover:text-accent">
                    {label}
                  </a>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
