"use client";

import { useFieldArray, useFormContext } from "react-hook-form";
import { FormFieldset } from "@/components/ui/form-choice";
import type { LookupOption } from "@/lib/data/lookups";
import type { SubmissionFormValues } from "@/lib/validation/submission";
import { errorAt } from "./form-errors";
import { PartyPicker } from "./party-picker";

// A list of submitters or co-signers, each a person or an organization (a party, a group, a
// committee can file a CPPCC proposal too), each chosen with a PartyPicker.

interface PartiesFieldProps {
  name: "submitters" | "cosigners";
  legend: string;
  singular: string;
  hint?: string;
  required?: boolean;
  people: LookupOption[];
  organizations: LookupOption[];
}

export const secondaryButtonClassName =
  "inline-flex items-center rounded-md border border-ink/25 bg-card px-3 py-1.5 text-sm font-medium text-ink hover:bg-paper";

export function SubmissionPartiesField({ name, legend, singular, hint, required, people, organizations }: PartiesFieldProps) {
  const { control, formState } = useFormContext<SubmissionFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name });
  const { errors } = formState;

  return (
    <FormFieldset name={name} legend={legend} hint={hint} required={required} error={errorAt(errors, name)}>
      {fields.length === 0 ? <p className="mb-2 text-sm text-muted">None yet.</p> : null}
      <ol className="flex flex-col gap-3">
        {fields.map((field, index) => (
          <li key={field.id} className="flex items-start gap-2">
            <PartyPicker name={name} index={index} singular={singular} people={people} organizations={organizations} />
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
