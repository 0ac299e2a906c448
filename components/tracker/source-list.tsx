import { getTranslations } from "next-intl/server";
import type { PublicSource } from "@/lib/data/public/submission-detail";
import { LocalDate } from "@/components/tracker/local-date";
import { safeWebHref } from "@/lib/format/links";

function dateOf(source: PublicSource) {
  if (source.publishedOn) return <LocalDate date={source.publishedOn} />;
  return source.year ? <span>{source.year}</span> : null;
}

/** Every public fact carries a source; this is where a reader checks them. */
export async function SourceList({ sources }: { sources: PublicSource[] }) {
  const [t, tp, tl] = await Promise.all([getTranslations("record"), getTranslations("pages"), getTranslations("labels")]);
  return (
    <section aria-labelledby="sources-heading" className="grid gap-3">
      <h2 id="sources-heading" className="text-2xl font-bold">
        {t("sources")}
      </h2>
      {sources.length === 0 ? (
        <p className="text-muted">{tp("noSource")}</p>
      ) : (
        <ol className="grid list-decimal gap-2 pl-6 marker:text-muted">
          {sources.map((source) => {
            const date = dateOf(source);
            const href = safeWebHref(source.url);
            return (
              <li key={source.id} className="pl-1">
                {href ? (
                  <a href={href} rel="noopener noreferrer" className="font-semibold underline hover:text-accent">
                    {source.title}
                  </a>
                ) : (
                  <cite className="font-semibold not-italic">{source.title}</cite>
                )}
                <span className="text-muted">
                  {source.publisher && <>, {source.publisher}</>}
                  {date && <>, {date}</>}
                  <span className="text-sm"> · {tl(`sourceKind.${source.kind}`)}</span>
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
