"use client";

import { useId, useMemo, useState } from "react";
import { useFormContext, useWatch, type FieldValues } from "react-hook-form";
import { FormSelect } from "@/components/ui/form-field";
import { errorAt } from "./form-errors";
import { matchText, PickerSearch } from "./picker-search";

// A picker of one record among many (submissions, organizations): a search box that narrows a
// native <select>, as the party picker does. The select holds the value, so keyboard, screen
// readers and the form's errors work as with any select; the chosen option always stays listed.

interface Option {
  id: string;
  label: string;
  status?: string;
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
    const needle = matchText(query.trim());
    return options.filter((option) => !needle || option.id === chosen || matchText(option.label).includes(needle));
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
      <PickerSearch
        id={searchId}
        label={`Find ${label.toLowerCase()} by name`}
        query={query}
        onQuery={setQuery}
        placeholder={searchHint}
        matches={matching.length}
      />
    </div>
  );
}
