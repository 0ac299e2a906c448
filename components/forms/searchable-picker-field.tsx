"use client";

import { useId, useMemo, useState } from "react";
import { useFormContext, useWatch, type FieldValues } from "react-hook-form";
import { controlClassName, FormSelect } from "@/components/ui/form-field";
import { errorAt } from "./form-errors";

// A picker of one record among many (submissions, organizations): a search box that narrows a
// native <select>, as the party picker does. The select holds the value, so keyboard, screen
// readers and the form's errors work as with any select; the chosen option always stays listed.

interface Option {
  id: string;
  label: string;
  status?: string;
}

/** Case- and accent-insensitive, so "lei jun", "Lei" and "雷" all match 雷军 Lei Jun. */
function normalize(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

export function SearchablePickerField({ name, label, options, required, hint, placeholder = "Choose…", searchHint, className }: {
  name: string;
  label: string;
  options: Option[];
  required?: boolean;
  hint?: string;
  placeholder?: string;
  /** Placeholder of the search box, e.g. "Narrow the list: type a title or number". */
  searchHint: string;
  className?: string;
}) {
  const { register, formState, control } = useFormContext<FieldValues>();
  const chosen = useWatch({ control, name }) as string | undefined;
  const [query, setQuery] = useState("");
  const searchId = useId();
  const matching = useMemo(() => {
    const needle = normalize(query.trim());
    return options.filter((option) => !needle || option.id === chosen || normalize(option.label).includes(needle));
  }, [options, query, chosen]);

  return (
    <div className={`flex flex-col gap-1 ${className ?? ""}`}>
      <FormSelect label={label} required={required} hint={hint} error={errorAt(formState.errors, name)} {...register(name)}>
        <option value="">{query && matching.length === 0 ? "No match: change the search" : placeholder}</option>
        {matching.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
            {option.status && option.status !== "PUBLISHED" ? " (not published yet)" : ""}
          </option>
        ))}
      </FormSelect>
      <label htmlFor={searchId} className="sr-only">
        Find {label.toLowerCase()} by name
      </label>
      <input
        id={searchId}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        placeholder={searchHint}
        aria-describedby={`${searchId}-count`}
        className={controlClassName}
      />
      <p id={`${searchId}-count`} className="sr-only" aria-live="polite">
        {query ? `${matching.length} ${matching.length === 1 ? "match" : "matches"}` : ""}
      </p>
    </div>
  );
}
