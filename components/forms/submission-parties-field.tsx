"use client";

import { useMemo } from "react";
import { useFieldArray, useFormContext } from "react-hook-form";
import { FormFieldset } from "@/components/ui/form-choice";
import { FormSelect } from "@/components/ui/form-field";
import type { LookupOption } from "@/lib/data/lookups";
import { partyRef, type SubmissionFormValues } from "@/lib/validation/submission";
import { errorAt } from "./form-errors";

// A list of submitters or co-signers, each a person or an organization (a party, a group, a
// committee can file a CPPCC proposal too). A native <select> with optgroups: type-to-find works,
// and so do the keyboard and screen readers. A search-as-you-type picker can replace it later.

interface PartiesFieldProps {
  name: "submitters" | "cosigners";
  legend: string;
  singular: string;
  hint?: string;
  required?: boolean;
  people: LookupOption[];
  organizations: LookupOption[];
}

const unpublished = (option: LookupOption) => (option.status === "PUBLISHED" ? "" : " (not published yet)");

export const secondaryButtonClassName =
  "inline-flex items-center rounded-md border border-ink/25 bg-card px-3 py-1.5 text-sm font-medium text-ink hover:bg-paper";

export function SubmissionPartiesField({ name, legend, singular, hint, required, people, organizations }: PartiesFieldProps) {
  const { control, register, formState } = useFormContext<SubmissionFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name });
  const { errors } = formState;

  // Built once and shared by every row: a long co-signer list would otherwise rebuild them all.
  const options = useMemo(
    () => (
      <>
        <option value="">Choose a person or an organization…</option>
        <optgroup label="People">
          {people.map((person) => (
            <option key={person.id} value={partyRef("person", person.id)}>
              {person.label}
              {unpublished(person)}
            </option>
          ))}
        </optgroup>
        <optgroup label="Organizations (parties, groups, companies)">
          {organizations.map((org) => (
            <option key={org.id} value={partyRef("organization", org.id)}>
              {org.label}
              {unpublished(org)}
            </option>
          ))}
        </optgroup>
      </>
    ),
    [people, organizations],
  );

  return (
    <FormFieldset name={name} legend={legend} hint={hint} required={required} error={errorAt(errors, name)}>
      {fields.length === 0 ? <p className="mb-2 text-sm text-muted">None yet.</p> : null}
      <ol className="flex flex-col gap-3">
        {fields.map((field, index) => (
          <li key={field.id} className="flex items-start gap-2">
            <FormSelect
              label={`${singular} ${index + 1}`}
              className="flex-1"
              error={errorAt(errors, `${name}.${index}.party`)}
              {...register(`${name}.${index}.party` as const)}
            >
              {options}
            </FormSelect>
            <button
              type="button"
              className={`${secondaryButtonClassName} mt-6`}
              onClick={() => remove(index)}
              aria-label={`Remove ${singular.toLowerCase()} ${index + 1}`}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className={`${secondaryButtonClassName} mt-3`} onClick={() => append({ party: "" })}>
        + Add {singular.toLowerCase()}
      </button>
    </FormFieldset>
  );
}
