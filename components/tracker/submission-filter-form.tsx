import Link from "next/link";
import type { Body } from "@/lib/generated/prisma/enums";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { BODY_LABELS } from "@/lib/format/labels";

interface SubmissionFilterFormProps {
  years: number[];
  year?: number;
  body?: Body;
}

// A plain GET form: submitting it writes ?year=&body= into the address, so a filtered list can be
// shared and works without JavaScript. Page is left out on purpose: new filters start at page 1.
export function SubmissionFilterForm({ years, year, body }: SubmissionFilterFormProps) {
  // Keep an unknown but well-formed year from a shared link selected, so the form tells the truth.
  const listed = year !== undefined && !years.includes(year) ? [year, ...years] : years;
  const yearOptions = [{ value: "", label: "All years" }, ...listed.map((y) => ({ value: String(y), label: String(y) }))];
  const bodyOptions = [
    { value: "", label: "NPC and CPPCC" },
    { value: "NPC", label: `NPC ${BODY_LABELS.NPC.kindPluralEn.toLowerCase()} (${BODY_LABELS.NPC.kindZh})` },
    { value: "CPPCC", label: `CPPCC ${BODY_LABELS.CPPCC.kindPluralEn.toLowerCase()} (${BODY_LABELS.CPPCC.kindZh})` },
  ];
  const filtered = year !== undefined || body !== undefined;
  return (
    <form
      method="get"
      action="/submissions"
      role="search"
      aria-label="Filter submissions"
      className="flex flex-wrap items-end gap-4 rounded-md border border-rule bg-card p-4"
    >
      <SelectField className="w-full sm:w-auto" id="filter-year" name="year" label="Session year" options={yearOptions} defaultValue={year ? String(year) : ""} />
      <SelectField className="w-full sm:w-auto" id="filter-body" name="body" label="Body" options={bodyOptions} defaultValue={body ?? ""} />
      <div className="flex items-center gap-4">
        <Button type="submit">Apply filters</Button>
        {filtered && (
          <Link href="/submissions" className="text-sm font-medium underline hover:text-accent">
            Clear filters
          </Link>
        )}
      </div>
    </form>
  );
}
