import Link from "next/link";
import type { SearchGroup, SearchHit, SearchParams } from "@/lib/data/public/search";
import { HighlightedText } from "@/components/search/highlighted-text";
import { Zh } from "@/components/ui/zh";
import { SEARCH_KIND_LABELS } from "@/lib/search/labels";
import { formatCount, searchHref } from "@/components/search/search-href";

function Hit({ hit }: { hit: SearchHit }) {
  return (
    <li>
      <article className="grid gap-1 py-4">
        <h3 className="text-base leading-snug font-semibold text-balance [overflow-wrap:anywhere]">
          <Link href={hit.href} className="text-ink hover:text-accent hover:underline">
            <HighlightedText segments={hit.title} />
          </Link>
          {hit.exact && <span className="ml-2 align-middle text-xs font-medium text-muted">exact match</span>}
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
export function SearchResults({ groups, params }: SearchResultsProps) {
  return (
    <div className="grid gap-8">
      {groups.map((group) => {
        const label = SEARCH_KIND_LABELS[group.kind].plural;
        const headingId = `results-${group.kind}`;
        return (
          <section key={group.kind} aria-labelledby={headingId} className="grid gap-1">
            <h2 id={headingId} className="flex items-baseline gap-3 text-xl font-bold">
              {label}
              <span className="text-sm font-medium text-muted">{formatCount(group.total, group.more)}</span>
            </h2>
            <ol className="divide-y divide-rule border-y border-rule">
              {group.hits.map((hit) => (
                <Hit key={hit.id} hit={hit} />
              ))}
            </ol>
            {!params.type && group.total > group.hits.length && (
              <p className="pt-2 text-sm">
                <Link href={searchHref({ ...params, type: group.kind, page: 1 })} className="font-medium underline hover:text-accent">
                  {group.more ? `The first ${group.total.toLocaleString("en-US")}` : `All ${group.total.toLocaleString("en-US")}`}{" "}
                  {label.toLowerCase()}
                </Link>
              </p>
            )}
          </section>
        );
      })}
    </div>
  );
}
