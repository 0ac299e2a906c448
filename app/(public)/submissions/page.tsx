import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/tracker/empty-state";
import { ResultSummary } from "@/components/tracker/result-summary";
import { SubmissionFilterForm } from "@/components/tracker/submission-filter-form";
import { SubmissionList } from "@/components/tracker/submission-list";
import { Pagination } from "@/components/ui/pagination";
import { Zh } from "@/components/ui/zh";
import { listPublishedSessionYears } from "@/lib/data/public/sessions";
import { listPublishedMinistries } from "@/lib/data/public/ministries";
import { parseSubmissionFilters, submissionsHref, type SubmissionFilters } from "@/lib/data/public/submission-filters";
import { listTopicsWithCounts } from "@/lib/data/public/topics";
import { countSubmissionFacets, listPublishedSubmissions } from "@/lib/data/public/submissions";
import { pageMetadata } from "@/lib/seo";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
type Translate = Awaited<ReturnType<typeof getTranslations<"list">>>;
type TranslateLabels = Awaited<ReturnType<typeof getTranslations<"labels">>>;

function describe(t: Translate, tl: TranslateLabels, { year, body }: SubmissionFilters): string {
  const kinds = body ? tl(`body.${body}`) : t("title");
  return year ? t("titleYear", { kinds, year: String(year) }) : kinds;
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const [filters, t, tl] = await Promise.all([searchParams.then(parseSubmissionFilters), getTranslations("list"), getTranslations("labels")]);
  return pageMetadata({
    title: describe(t, tl, filters),
    description: t("description"),
    // The canonical address keeps the filters and the order (a filtered view is a page of its own) but not the page number.
    path: submissionsHref(filters),
  });
}

// Reading searchParams already makes this page render per request.
export default async function SubmissionsPage({ searchParams }: { searchParams: SearchParams }) {
  const filters = parseSubmissionFilters(await searchParams);
  const { page: _page, sort: _sort, ...narrowing } = filters;
  const [result, counts, sessions, topics, ministries, t, tl] = await Promise.all([
    listPublishedSubmissions(filters),
    countSubmissionFacets(narrowing),
    listPublishedSessionYears(),
    listTopicsWithCounts(),
    listPublishedMinistries(),
    getTranslations("list"),
    getTranslations("labels"),
  ]);
  const applied = { ...filters, page: result.page };

  return (
    <div className="grid gap-6">
      <header className="grid gap-2">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{describe(t, tl, filters)}</h1>
        <p className="max-w-prose text-muted">{t.rich("intro", { zh: (chunks) => <Zh>{chunks}</Zh> })}</p>
      </header>

      <SubmissionFilterForm years={sessions.map((session) => session.year)} topics={topics} ministries={ministries} filters={filters} counts={counts} />

      <section aria-label={t("results")} className="grid gap-2">
        <ResultSummary
          page={result.page}
          pageSize={result.pageSize}
          total={result.total}
          shown={result.items.length}
          counts={{ NPC: counts.body.NPC ?? 0, CPPCC: counts.body.CPPCC ?? 0 }}
          filters={filters}
        />
        {result.items.length > 0 ? (
          <SubmissionList items={result.items} start={(result.page - 1) * result.pageSize + 1} />
        ) : (
          <EmptyState title={t("emptyTitle")}>
            <p>
              {t("emptyText")}{" "}
              <a href="/submissions" className="font-medium text-ink underline">
                {t("seeAll")}
              </a>
              .
            </p>
          </EmptyState>
        )}
        <Pagination page={result.page} pageCount={result.pageCount} hrefForPage={(page) => submissionsHref(applied, page)} />
      </section>
    </div>
  );
}
