import { getTranslations } from "next-intl/server";
import type { SearchGroup, SearchHit, SearchParams } from "@/lib/data/public/search";
import { HighlightedText } from "@/components/search/highlighted-text";
import { searchHref } from "@/components/search/search-href";
import { Zh } from "@/components/ui/zh";

type Translate = Awaited<ReturnType<typeof getTranslations<"search">>>;

/** "12 results", or "more than 200 results" when the count stopped at the cap. */
export function resultCount(t: Translate, count: number, more: boolean): string {
  return more ? t("countMore", { count }) : t("count", { count });
}

function Hit({ hit, exactLabel }: { hit: SearchHit; exactLabel: string }) {
  return (
    <li>
      <article className="grid gap-1 py-4">
        <h3 className="text-base leading-snug font-semibold text-balance [overflow-wrap:anywhere]">
          <a href={hit.href} className="text-ink hover:text-accent hover:underline">
            <HighlightedText segments={hit.title} />
          </a>
          {hit.exact && <span className="ml-2 align-middle text-xs font-medium text-muted">{exactLabel}</span>}
        </h3>
        {hit.titleZh && (
          <Zh className="text-sm text-muted">
            <HighlightedText segments={hit.titleZh} />
          </Zh>
        )}
        {hit.subtitle && (
          <p className="text-sm text-muted">
            <HighlightedText segments={hit.subtitle} />
          </p>
        )}
        {hit.passage && (
          <p className="text-sm leading-relaxed text-ink/90">
            <HighlightedText segments={hit.passage} />
          </p>
        )}
      </article>
    </li>
  );
}

interface SearchResultsProps {
  groups: SearchGroup[];
  params: SearchParams;
}

/** Results grouped by kind, each group with its count and a link to all of it. */
export async function SearchResults({ groups, params }: SearchResultsProps) {
  const [t, tl] = await Promise.all([getTranslations("search"), getTranslations("labels")]);
  return (
    <div className="grid gap-8">
      {groups.map((group) => {
        const label = tl(`kind.${group.kind}`);
        const headingId = `results-${group.kind}`;
        return (
          <section key={group.kind} aria-labelledby={headingId} className="grid gap-1">
            <h2 id={headingId} className="flex items-baseline gap-3 text-xl font-bold">
              {label}
              <span className="text-sm font-medium text-muted">{resultCount(t, group.total, group.more)}</span>
            </h2>
            <ol className="divide-y divide-rule border-y border-rule">
              {group.hits.map((hit) => (
                <Hit key={hit.id} hit={hit} exactLabel={t("exact")} />
              ))}
            </ol>
            {!params.type && group.total > group.hits.length && (
              <p className="pt-2 text-sm">
                <a href={searchHref({ ...params, type: group.kind, page: 1 })} className="font-medium underline hover:text-accent">
                  {t(group.more ? "firstOfKind" : "allOfKind", { count: group.total.toLocaleString("en-US"), kind: label.toLowerCase() })}
                </a>
              </p>
            )}
          </section>
        );
      })}
    </div>
  );
}
