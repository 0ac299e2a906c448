import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults, resultCount } from "@/components/search/search-results";
import { searchHref } from "@/components/search/search-href";
import { hasFilters } from "@/components/tracker/submission-filter-fields";
import { EmptyState } from "@/components/tracker/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { listPublishedMinistries } from "@/lib/data/public/ministries";
import { listPublishedSessionYears } from "@/lib/data/public/sessions";
import { parseSearchParams, searchPublished } from "@/lib/data/public/search";
import { listTopicsWithCounts } from "@/lib/data/public/topics";
import { SEARCH_COUNT_CAP } from "@/lib/search/sql";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const [{ q }, t] = await Promise.all([searchParams.then(parseSearchParams), getTranslations("search")]);
  return {
    title: q ? t("titleQuery", { query: q }) : t("title"),
    description: t("description"),
    // Result pages are endless and change with every edit: keep them out of search engines.
    robots: q ? { index: false, follow: true } : undefined,
  };
}

export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  const [params, locale] = await Promise.all([searchParams.then(parseSearchParams), getLocale()]);
  const [outcome, sessions, topics, ministries, t, tl] = await Promise.all([
    searchPublished(params, locale),
    listPublishedSessionYears(),
    listTopicsWithCounts(),
    listPublishedMinistries(),
    getTranslations("search"),
    getTranslations("labels"),
  ]);
  const kindLabel = params.type ? tl(`kind.${params.type}`).toLowerCase() : null;
  const filtered = hasFilters(params);

  return (
    <div className="grid gap-6">
      <header className="grid gap-2">
        <h1 className="text-3xl font-bold tracking-tight [overflow-wrap:anywhere] sm:text-4xl">
          {outcome.query ? t("titleQuery", { query: outcome.query }) : t("title")}
        </h1>
        <p className="max-w-prose text-muted">{t("intro")}</p>
      </header>

      <SearchForm params={{ ...params, q: outcome.query }} years={sessions.map((session) => session.year)} topics={topics} ministries={ministries} />

      {!outcome.searched ? (
        outcome.query ? (
          <EmptyState title={t("nothingTitle")}>
            <p>{t("nothingText")}</p>
          </EmptyState>
        ) : null
      ) : outcome.groups.length === 0 ? (
        <EmptyState title={t("noResults")}>
          <p>
            {t("noResultsText", { query: outcome.query, filtered: filtered || params.type ? "yes" : "no" })}{" "}
            <a href="/submissions" className="font-medium text-ink underline">
              {t("browseAll")}
            </a>
            .
          </p>
        </EmptyState>
      ) : (
        <section aria-label={t("resultsLabel")} className="grid gap-4">
          <p className="text-sm text-muted" role="status">
            {resultCount(t, outcome.total, outcome.more)}
            {kindLabel ? t("inKind", { kind: kindLabel }) : ""}
            {filtered ? t("filtersApply") : ""}
            {outcome.more ? t("capped", { cap: SEARCH_COUNT_CAP }) : ""}
            {params.type && (
              <>
                {" · "}
                <a href={searchHref({ ...params, type: undefined, page: 1 })} className="font-medium text-ink underline">
                  {t("allKinds")}
                </a>
              </>
            )}
          </p>
          <SearchResults groups={outcome.groups} params={params} />
          {params.type && (
            <Pagination page={outcome.page} pageCount={outcome.pageCount} hrefForPage={(page) => searchHref({ ...params, page })} label={t("pages")} />
          )}
        </section>
      )}
    </div>
  );
}
