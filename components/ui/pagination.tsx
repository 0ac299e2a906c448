import { getTranslations } from "next-intl/server";

interface PaginationProps {
  page: number;
  pageCount: number;
  /** Builds the address of a page, so the caller keeps its own filters in the query string. */
  hrefForPage: (page: number) => string;
  label?: string;
}

/** Pages to show: the first, the last, and two either side of the current one. */
function pageWindow(page: number, pageCount: number): Array<number | "gap"> {
  const pages = new Set([1, pageCount, page - 2, page - 1, page, page + 1, page + 2]);
  const sorted = [...pages].filter((n) => n >= 1 && n <= pageCount).sort((a, b) => a - b);
  const result: Array<number | "gap"> = [];
  for (const n of sorted) {
    const previous = result[result.length - 1];
    if (typeof previous === "number" && n - previous > 1) result.push("gap");
    result.push(n);
  }
  return result;
}

const itemClass = "inline-flex min-w-10 items-center justify-center rounded-md border px-3 py-2 text-sm";

// Plain links, so every page has its own shareable address and works without JavaScript.
export async function Pagination({ page, pageCount, hrefForPage, label }: PaginationProps) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("pagination");
  return (
    <nav aria-label={label ?? t("label")} className="mt-8">
      <ul className="flex flex-wrap items-center gap-2">
        <li>
          {page > 1 ? (
            <a href={hrefForPage(page - 1)} rel="prev" className={`${itemClass} border-rule bg-card hover:border-ink`}>
              {t("previous")}
            </a>
          ) : (
            <span aria-disabled="true" className={`${itemClass} border-rule text-muted/70`}>
              {t("previous")}
            </span>
          )}
        </li>
        {pageWindow(page, pageCount).map((item, index) =>
          item === "gap" ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={item}>
              {item === page ? (
                <span aria-current="page" className={`${itemClass} border-ink bg-ink font-semibold text-white`}>
                  <span className="sr-only">{t("page", { page: item })}</span>
                  <span aria-hidden="true">{item}</span>
                </span>
              ) : (
                <a href={hrefForPage(item)} className={`${itemClass} border-rule bg-card hover:border-ink`}>
                  <span className="sr-only">{t("page", { page: item })}</span>
                  <span aria-hidden="true">{item}</span>
                </a>
              )}
            </li>
          ),
        )}
        <li>
          {page < pageCount ? (
            <a href={hrefForPage(page + 1)} rel="next" className={`${itemClass} border-rule bg-card hover:border-ink`}>
              {t("next")}
            </a>
          ) : (
            <span aria-disabled="true" className={`${itemClass} border-rule text-muted/70`}>
              {t("next")}
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}
