import type { Metadata } from "next";
import Link from "next/link";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";
import { formatCount, searchHref } from "@/components/search/search-href";
import { EmptyState } from "@/components/tracker/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { listPublishedSessionYears } from "@/lib/data/public/sessions";
import { parseSearchParams, searchPublished } from "@/lib/data/public/search";
import { SEARCH_KIND_LABELS } from "@/lib/search/labels";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { q } = parseSearchParams(await searchParams);
  return {
    title: q ? `Search: ${q}` : "Search",
    description: "Search submissions, replies, people, organizations, ministries and topics of China's two sessions.",
    // Result pages are endless and change with every edit: keep them out of search engines.
    robots: q ? { index: false, follow: true } : undefined,
  };
}

export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  const params = parseSearchParams(await searchParams);
  const [outcome, sessions] = await Promise.all([searchPublished(params), listPublishedSessionYears()]);
  const kindLabel = params.type ? SEARCH_KIND_LABELS[params.type].plural.toLowerCase() : null;

  return (
    <div className="grid gap-6">
      <header className="grid gap-2">
        <h1 className="text-3xl font-bold tracking-tight [overflow-wrap:anywhere] sm:text-4xl">
          {outcome.query ? <>Search: “{outcome.query}”</> : "Search"}
        </h1>
        <p className="max-w-prose text-muted">
          Names in Chinese, pinyin (with or without spaces and tones) or English, nicknames, and words from titles and
          texts. Exact names and titles come first, then the newest.
        </p>
      </header>

      <SearchForm q={outcome.query} years={sessions.map((session) => session.year)} year={params.year} body={params.body} type={params.type} />

      {!outcome.searched ? (
        outcome.query ? (
          <EmptyState title="Nothing to search for">
            <p>Type words or names in Chinese, pinyin or English (words of up to 40 letters).</p>
          </EmptyState>
        ) : null
      ) : outcome.groups.length === 0 ? (
        <EmptyState title="No results">
          <p>
            Nothing public matches “{outcome.query}”{params.year || params.body || params.type ? " with these filters" : ""}. Try
            fewer words, the English or Chinese name, or{" "}
            <Link href="/submissions" className="font-medium text-ink underline">
              browse all submissions
            </Link>
            .
          </p>
        </EmptyState>
      ) : (
        <section aria-label="Search results" className="grid gap-4">
          <p className="text-sm text-muted" role="status">
            {formatCount(outcome.total, outcome.more)}
            {kindLabel ? ` in ${kindLabel}` : ""}
            {params.year || params.body ? " (filters apply to submissions, replies, angles and notes)" : ""}
            {outcome.more ? ". Only the first 200 of each kind are listed: add a word to narrow the search" : ""}
            {params.type && (
              <>
                {" · "}
                <Link href={searchHref({ ...params, type: undefined, page: 1 })} className="font-medium text-ink underline">
                  all kinds of results
                </Link>
              </>
            )}
          </p>
          <SearchResults groups={outcome.groups} params={params} />
          {params.type && (
            <Pagination
              page={outcome.page}
              pageCount={outcome.pageCount}
              hrefForPage={(page) => searchHref({ ...params, page })}
              label="Result pages"
            />
          )}
        </section>
      )}
    </div>
  );
}
