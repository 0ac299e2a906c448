import Link from "next/link";
import type { SubmissionFilters } from "@/lib/data/public/submission-filters";
import { Button } from "@/components/ui/button";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { ANGLE_STRENGTH_LABELS, BODY_LABELS, PROVENANCE_LABELS, RESULT_LABELS } from "@/lib/format/labels";
import type { NamedRef } from "@/lib/data/public/submissions";

interface SubmissionFilterFormProps {
  years: number[];
  topics: Array<NamedRef & { count: number }>;
  ministries: NamedRef[];
  filters: SubmissionFilters;
}

const any = (label: string): SelectOption => ({ value: "", label });

/** Keep a well-formed value from a shared link selected even when it is not among the options. */
function withCurrent(options: SelectOption[], current: string | undefined): SelectOption[] {
  return current && !options.some((option) => option.value === current) ? [...options, { value: current, label: current }] : options;
}

// A plain GET form: submitting it writes every filter into the address, so a filtered list can be
// shared and works without JavaScript. Page is left out on purpose: new filters start at page 1.
export function SubmissionFilterForm({ years, topics, ministries, filters }: SubmissionFilterFormProps) {
  const fields: Array<{ name: keyof SubmissionFilters; label: string; options: SelectOption[] }> = [
    { name: "year", label: "Session year", options: [any("All years"), ...years.map((y) => ({ value: String(y), label: String(y) }))] },
    {
      name: "body",
      label: "Body",
      options: [
        any("NPC and CPPCC"),
        { value: "NPC", label: `NPC ${BODY_LABELS.NPC.kindPluralEn.toLowerCase()} (${BODY_LABELS.NPC.kindZh})` },
        { value: "CPPCC", label: `CPPCC ${BODY_LABELS.CPPCC.kindPluralEn.toLowerCase()} (${BODY_LABELS.CPPCC.kindZh})` },
      ],
    },
    {
      name: "topic",
      label: "Topic",
      options: [any("All topics"), ...topics.map((t) => ({ value: t.slug, label: `${t.nameEn}${t.nameZh ? ` ${t.nameZh}` : ""} (${t.count})` }))],
    },
    { name: "ministry", label: "Referred to", options: [any("Any ministry"), ...ministries.map((m) => ({ value: m.slug, label: m.nameEn }))] },
    {
      name: "hasReply",
      label: "Reply",
      options: [any("With or without"), { value: "yes", label: "Has a published reply" }, { value: "no", label: "No published reply" }],
    },
    {
      name: "result",
      label: "Result class",
      options: [any("Any class"), ...(["A", "B", "C", "D"] as const).map((r) => ({ value: r, label: `${r} · ${RESULT_LABELS[r].en}` }))],
    },
    {
      name: "strength",
      label: "Angle strength",
      options: [any("Any strength"), ...(["DIRECT", "INDIRECT", "NONE"] as const).map((s) => ({ value: s, label: ANGLE_STRENGTH_LABELS[s] }))],
    },
    {
      name: "provenance",
      label: "Text from",
      options: [any("Any source"), ...Object.entries(PROVENANCE_LABELS).map(([value, label]) => ({ value, label }))],
    },
  ];
  const filtered = fields.some((field) => filters[field.name] !== undefined);
  return (
    <form
      method="get"
      action="/submissions"
      role="search"
      aria-label="Filter submissions"
      className="flex flex-wrap items-end gap-4 rounded-md border border-rule bg-card p-4"
    >
      {fields.map((field) => {
        const current = filters[field.name] === undefined ? "" : String(filters[field.name]);
        return (
          <SelectField
            key={field.name}
            className="w-full sm:w-auto"
            id={`filter-${field.name}`}
            name={field.name}
            label={field.label}
            options={withCurrent(field.options, current)}
            defaultValue={current}
          />
        );
      })}
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
