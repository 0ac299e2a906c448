import { getLocale, getTranslations } from "next-intl/server";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import type { SubmissionFilters } from "@/lib/data/public/submission-filters";
import type { FacetCounts, NamedRef } from "@/lib/data/public/submissions";
import { BODIES } from "@/lib/format/labels";
import { formatCount } from "@/lib/format/numbers";

export interface FilterChoices {
  years: number[];
  topics: NamedRef[];
  ministries: NamedRef[];
}

interface SubmissionFilterFieldsProps extends FilterChoices {
  filters: Omit<SubmissionFilters, "page">;
  /** Per filter value, what picking it would leave: shown beside each option when given. */
  counts?: FacetCounts;
  /** Prefix of the fields' ids, so two forms on a page never share one. */
  idPrefix: string;
}

type FieldName = "year" | "body" | "topic" | "ministry" | "hasReply" | "result" | "strength" | "provenance";

/** Keep a well-formed value from a shared link selected even when it is not among the options. */
function withCurrent(options: SelectOption[], current: string): SelectOption[] {
  return current && !options.some((option) => option.value === current) ? [...options, { value: current, label: current }] : options;
}

// The list's filters as native selects, shared by /submissions and /search so a reader narrows
// both the same way. Counts come from one faceted query (countSubmissionFacets).
export async function SubmissionFilterFields({ years, topics, ministries, filters, counts, idPrefix }: SubmissionFilterFieldsProps) {
  const [t, tl, locale] = await Promise.all([getTranslations("filters"), getTranslations("labels"), getLocale()]);
  const zh = locale === "zh";
  const name = (ref: NamedRef) => (zh ? ref.nameZh ?? ref.nameEn : ref.nameEn);
  const option = (field: FieldName, value: string, label: string): SelectOption => {
    const count = counts?.[field][value];
    return { value, label: counts ? t("withCount", { label, count: formatCount(count ?? 0) }) : label };
  };
  const fields: Array<{ name: FieldName; label: string; options: SelectOption[] }> = [
    { name: "year", label: t("year"), options: [{ value: "", label: t("allYears") }, ...years.map((y) => option("year", String(y), String(y)))] },
    { name: "body", label: t("body"), options: [{ value: "", label: t("bothBodies") }, ...BODIES.map((b) => option("body", b, tl(`body.${b}`)))] },
    { name: "topic", label: t("topic"), options: [{ value: "", label: t("allTopics") }, ...topics.map((topic) => option("topic", topic.slug, name(topic)))] },
    { name: "ministry", label: t("ministry"), options: [{ value: "", label: t("anyMinistry") }, ...ministries.map((m) => option("ministry", m.slug, name(m)))] },
    {
      name: "hasReply",
      label: t("hasReply"),
      options: [{ value: "", label: t("replyEither") }, option("hasReply", "yes", t("replyYes")), option("hasReply", "no", t("replyNo"))],
    },
    {
      name: "result",
      label: t("result"),
      options: [{ value: "", label: t("anyResult") }, ...(["A", "B", "C", "D"] as const).map((r) => option("result", r, `${r} · ${tl(`result.${r}`)}`))],
    },
    {
      name: "strength",
      label: t("strength"),
      options: [{ value: "", label: t("anyStrength") }, ...(["DIRECT", "INDIRECT", "NONE"] as const).map((s) => option("strength", s, tl(`strength.${s}`)))],
    },
    {
      name: "provenance",
      label: t("provenance"),
      options: [
        { value: "", label: t("anyProvenance") },
        ...(["OFFICIAL_RELEASE", "COMPANY_PUBLISHED", "MEDIA_REPORT", "UNKNOWN"] as const).map((p) => option("provenance", p, tl(`provenance.${p}`))),
      ],
    },
  ];
  return (
    <>
      {fields.map((field) => {
        const current = filters[field.name] === undefined ? "" : String(filters[field.name]);
        return (
          <SelectField
            key={field.name}
            id={`${idPrefix}-${field.name}`}
            name={field.name}
            label={field.label}
            options={withCurrent(field.options, current)}
            defaultValue={current}
          />
        );
      })}
    </>
  );
}

/** Whether any of the list's filters is set (sort and page aside). */
export function hasFilters(filters: Omit<SubmissionFilters, "page">): boolean {
  return (["year", "body", "topic", "ministry", "hasReply", "result", "strength", "provenance"] as const).some((key) => filters[key] !== undefined);
}
