"use client";

import { useId, useMemo, useState } from "react";
import { useFormContext } from "react-hook-form";
import { FormSelect } from "@/components/ui/form-field";
import type { LookupOption } from "@/lib/data/lookups";
import { partyRef, type SubmissionFormValues } from "@/lib/validation/submission";
import { errorAt } from "./form-errors";
import { matchText, PickerSearch } from "./picker-search";

// One submitter or co-signer: a search box that narrows a native <select> of people and
// organizations. The select stays the control that holds the value, so keyboard, screen readers
// and a form without JavaScript behave as before; the search only hides what does not match.
// The chosen option always stays, so narrowing never loses a choice already made.

interface PartyPickerProps {
  name: "submitters" | "cosigners";
  index: number;
  singular: string;
  people: LookupOption[];
  organizations: LookupOption[];
}

const unpublished = (option: LookupOption) => (option.status === "PUBLISHED" ? "" : " (not published yet)");

export function PartyPicker({ name, index, singular, people, organizations }: PartyPickerProps) {
  const { register, watch, formState } = useFormContext<SubmissionFormValues>();
  const [query, setQuery] = useState("");
  const searchId = useId();
  const field = `${name}.${index}.party` as const;
  const chosen = watch(field);

  const { matchingPeople, matchingOrganizations } = useMemo(() => {
    const needle = matchText(query.trim());
    const keep = (kind: "person" | "organization") => (option: LookupOption) =>
      !needle || matchText(option.label).includes(needle) || partyRef(kind, option.id) === chosen;
    return { matchingPeople: people.filter(keep("person")), matchingOrganizations: organizations.filter(keep("organization")) };
  }, [query, chosen, people, organizations]);
  const matches = matchingPeople.length + matchingOrganizations.length;

  return (
    <div className="flex flex-1 flex-col gap-1">
      <FormSelect label={`${singular} ${index + 1}`} error={errorAt(formState.errors, field)} {...register(field)}>
        <option value="">{query && matches === 0 ? "No match: change the search" : "Choose a person or an organization…"}</option>
        {matchingPeople.length > 0 ? (
          <optgroup label="People">
            {matchingPeople.map((person) => (
              <option key={person.id} value={partyRef("person", person.id)}>
                {person.label}
                {unpublished(person)}
              </option>
            ))}
          </optgroup>
        ) : null}
        {matchingOrganizations.length > 0 ? (
          <optgroup label="Organizations (parties, groups, companies)">
            {matchingOrganizations.map((org) => (
              <option key={org.id} value={partyRef("organization", org.id)}>
                {org.label}
                {unpublished(org)}
              </option>
            ))}
          </optgroup>
        ) : null}
      </FormSelect>
      <PickerSearch
        id={searchId}
        label={`Find ${singular.toLowerCase()} ${index + 1} by name`}
        query={query}
        onQuery={setQuery}
        placeholder="Narrow the list: type 雷军, Lei Jun, Xiaomi…"
        matches={matches}
      />
    </div>
  );
}
