import { getTranslations } from "next-intl/server";
import { SearchCombobox } from "@/components/search/search-combobox";
import { hasFilters, SubmissionFilterFields, type FilterChoices } from "@/components/tracker/submission-filter-fields";
import { Button } from "@/components/ui/button";
import type { SearchParams } from "@/lib/data/public/search";

interface SearchFormProps extends FilterChoices {
  params: SearchParams;
}

// A GET form, like the submission filters: every search has its own address and works without
// JavaScript. The submission list's own filter fields narrow the records found.
export async function SearchForm({ params, years, topics, ministries }: SearchFormProps) {
  const [t, tf, tl] = await Promise.all([getTranslations("search"), getTranslations("filters"), getTranslations("labels")]);
  const kinds = ["submission", "person", "organization", "ministry", "topic", "reply", "angle", "note"] as const;
  const { q, type, page: _page, ...filters } = params;
  const listed = filters.year !== undefined && !years.includes(filters.year) ? [filters.year, ...years] : years;
  return (
    <form method="get" action="/search" role="search" aria-label={t("formLabel")} className="grid gap-4 rounded-md border border-rule bg-card p-4">
      <div className="flex flex-wrap items-end gap-3">
        <SearchCombobox
          key={q}
          name="q"
          defaultValue={q}
          label={t("boxLabel")}
          placeholder={t("placeholder")}
          suggestionsLabel={t("suggestions")}
          kindLabels={Object.fromEntries(kinds.map((kind) => [kind, tl(`kindOne.${kind}`)])) as Record<(typeof kinds)[number], string>}
          statusTemplate={t.raw("suggestionStatus") as string}
        />
        <Button type="submit">{t("submit")}</Button>
      </div>
      <fieldset className="grid grid-cols-2 items-end gap-x-3 gap-y-4 sm:grid-cols-3 lg:grid-cols-5">
        <legend className="sr-only">{t("filters")}</legend>
        <SubmissionFilterFields years={listed} topics={topics} ministries={ministries} filters={filters} idPrefix="search" />
        {type && <input type="hidden" name="type" value={type} />}
        {(hasFilters(filters) || type) && (
          <a href={q ? `/search?q=${encodeURIComponent(q)}` : "/search"} className="pb-2 text-sm font-medium underline hover:text-accent">
            {tf("clear")}
          </a>
        )}
      </fieldset>
    </form>
  );
}
