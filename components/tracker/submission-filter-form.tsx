import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { hasFilters, SubmissionFilterFields, type FilterChoices } from "@/components/tracker/submission-filter-fields";
import { DEFAULT_SORT, SUBMISSION_SORTS, type SubmissionFilters } from "@/lib/data/public/submission-filters";
import type { FacetCounts } from "@/lib/data/public/submissions";

interface SubmissionFilterFormProps extends FilterChoices {
  filters: SubmissionFilters;
  counts: FacetCounts;
}

const sortLabelKeys = { newest: "sortNewest", oldest: "sortOldest", cosigners: "sortCosigners", title: "sortTitle" } as const;

// A plain GET form: submitting it writes every filter into the address, so a filtered list can be
// shared and works without JavaScript. Page is left out on purpose: new filters start at page 1.
export async function SubmissionFilterForm({ filters, counts, ...choices }: SubmissionFilterFormProps) {
  const t = await getTranslations("filters");
  return (
    <form method="get" action="/submissions" role="search" aria-label={t("formLabel")} className="grid grid-cols-2 items-end gap-x-3 gap-y-4 rounded-md border border-rule bg-card p-4 sm:grid-cols-3 lg:grid-cols-5">
      <SubmissionFilterFields {...choices} filters={filters} counts={counts} idPrefix="filter" />
      <SelectField
        id="filter-sort"
        name="sort"
        label={t("sort")}
        options={SUBMISSION_SORTS.map((sort) => ({ value: sort === DEFAULT_SORT ? "" : sort, label: t(sortLabelKeys[sort]) }))}
        defaultValue={filters.sort ?? ""}
      />
      <div className="flex items-center gap-4 sm:col-span-2 lg:col-span-1">
        <Button type="submit">{t("apply")}</Button>
        {hasFilters(filters) && (
          <a href="/submissions" className="text-sm font-medium underline hover:text-accent">
            {t("clear")}
          </a>
        )}
      </div>
    </form>
  );
}
