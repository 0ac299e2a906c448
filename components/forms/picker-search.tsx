"use client";

import { controlClassName } from "@/components/ui/form-field";

// The search box of the record pickers (party-picker, searchable-picker-field): it narrows the
// picker's native <select>, and tells screen readers how many options are left.

/** Case- and accent-insensitive, so "lei jun", "Lei" and "雷" all find 雷军 Lei Jun. */
export function matchText(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

interface PickerSearchProps {
  id: string;
  /** The screen-reader label, e.g. "Find submitter 1 by name". */
  label: string;
  query: string;
  onQuery: (query: string) => void;
  placeholder: string;
  matches: number;
}

export function PickerSearch({ id, label, query, onQuery, placeholder, matches }: PickerSearchProps) {
  return (
    <>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        id={id}
        type="search"
        value={query}
        onChange={(event) => onQuery(event.target.value)}
        placeholder={placeholder}
        aria-describedby={`${id}-count`}
        className={controlClassName}
      />
      <p id={`${id}-count`} className="sr-only" aria-live="polite">
        {query ? `${matches} ${matches === 1 ? "match" : "matches"}` : ""}
      </p>
    </>
  );
}
