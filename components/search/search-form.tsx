import Link from "next/link";
import type { Body } from "@/lib/generated/prisma/enums";
import { SearchCombobox } from "@/components/search/search-combobox";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { BODY_LABELS } from "@/lib/format/labels";
import type { SearchKind } from "@/lib/search/document";

interface SearchFormProps {
  q: string;
  years: number[];
  year?: number;
  body?: Body;
  type?: SearchKind;
}

// A GET form, like the submission filters: every search has its own address and works without
// JavaScript. The same year and body filters as the submission list narrow the records found.
export function SearchForm({ q, years, year, body, type }: SearchFormProps) {
  const listed = year !== undefined && !years.includes(year) ? [year, ...years] : years;
  const yearOptions = [{ value: "", label: "All years" }, ...listed.map((y) => ({ value: String(y), label: String(y) }))];
  const bodyOptions = [
    { value: "", label: "NPC and CPPCC" },
    { value: "NPC", label: `NPC ${BODY_LABELS.NPC.kindPluralEn.toLowerCase()} (${BODY_LABELS.NPC.kindZh})` },
    { value: "CPPCC", label: `CPPCC ${BODY_LABELS.CPPCC.kindPluralEn.toLowerCase()} (${BODY_LABELS.CPPCC.kindZh})` },
  ];
  return (
    <form method="get" action="/search" role="search" aria-label="Search the tracker" className="grid gap-4 rounded-md border border-rule bg-card p-4">
      <div className="flex flex-wrap items-end gap-3">
        <SearchCombobox key={q} name="q" defaultValue={q} label="Search in Chinese, pinyin or English" />
        <Button type="submit">Search</Button>
      </div>
      <div className="flex flex-wrap items-end gap-4">
        <SelectField className="w-full sm:w-auto" id="search-year" name="year" label="Session year" options={yearOptions} defaultValue={year ? String(year) : ""} />
        <SelectField className="w-full sm:w-auto" id="search-body" name="body" label="Body" options={bodyOptions} defaultValue={body ?? ""} />
        {type && <input type="hidden" name="type" value={type} />}
        {(year || body || type) && (
          <Link href={q ? `/search?q=${encodeURIComponent(q)}` : "/search"} className="pb-2 text-sm font-medium underline hover:text-accent">
            Clear filters
          </Link>
        )}
      </div>
    </form>
  );
}
