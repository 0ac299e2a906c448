import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/tracker/empty-state";
import { ResultSummary } from "@/components/tracker/result-summary";
import { SubmissionFilterForm } from "@/components/tracker/submission-filter-form";
import { SubmissionList } from "@/components/tracker/submission-list";
import { Pagination } from "@/components/ui/pagination";
import { Zh } from "@/components/ui/zh";
import { countPublishedSubmissionsByBody, listPublishedSessionYears } from "@/lib/data/public/sessions";
import { listPublishedMinistries } from "@/lib/data/public/ministries";
import { parseSubmissionFilters, submissionsHref, type SubmissionFilters } from "@/lib/data/public/submission-filters";
import { listTopicsWithCounts } from "@/lib/data/public/topics";
import { listPublishedSubmissions } from "@/lib/data/public/submissions";
import { BODY_LABELS } from "@/lib/format/labels";
import { pageMetadata } from "@/lib/seo";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function describe({ year, body }: SubmissionFilters): string {
  const kinds = body ? `${body} ${BODY_LABELS[body].kindPluralEn.toLowerCase()}` : "Submissions";
  return year ? `${kinds}, ${year}` : kinds;
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const filters = parseSubmissionFilters(await searchParams);
  return pageMetadata({
    title: describe(filters),
    description: "Suggestions by NPC deputies and proposals by CPPCC members at China's two sessions, with sources.",
    // The canonical address keeps the filters (a filtered view is a page of its own) but not the page number.
    path: submissionsHref(filters),
  });
}

// Reading searchParams already makes this page render per request.
export default async function SubmissionsPage({ searchParams }: { searchParams: SearchParams }) {
  const filters = parseSubmissionFilters(await searchParams);
  const { page: _page, body: _body, ...otherFilters } = filters;
  const [result, counts, sessions, topics, ministries] = await Promise.all([
    listPublishedSubmissions(filters),
    countPublishedSubmissionsByBody(otherFilters),
    listPublishedSessionYears(),
    listTopicsWithCounts(),
    listPublishedMinistries(),
  ]);
  const applied = { ...filters, page: result.page };

  return (
    <div className="grid gap-6">
      <header className="grid gap-2">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{describe(filters)}</h1>
        <p className="max-w-prose text-muted">
          Suggestions (<Zh>建议</Zh>) by NPC deputies and proposals (<Zh>提案</Zh>) by CPPCC members, newest session
          first.
        </p>
      </header>

      <SubmissionFilterForm years={sessions.map((session) => session.year)} topics={topics} ministries={ministries} filters={filters} />

      <section aria-label="Results" className="grid gap-2">
        <ResultSummary
          page={result.page}
          pageSize={result.pageSize}
          total={result.total}
          shown={result.items.length}
          counts={counts}
          filters={filters}
        />
        {result.items.length > 0 ? (
          <SubmissionList items={result.items} start={(result.page - 1) * result.pageSize + 1} />
        ) : (
          <EmptyState title="No published submissions match">
            <p>
              Try another year or body, or{" "}
              <Link href="/submissions" className="font-medium text-ink underline">
                see all submissions
              </Link>
              .
            </p>
          </EmptyState>
        )}
        <Pagination page={result.page} pageCount={result.pageCount} hrefForPage={(page) => submissionsHref(applied, page)} />
      </section>
    </div>
  );
}
