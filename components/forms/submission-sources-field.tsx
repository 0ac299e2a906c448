"use client";

import { useFieldArray, useFormContext } from "react-hook-form";
import { FormFieldset } from "@/components/ui/form-choice";
import { FormInput } from "@/components/ui/form-field";
import { emptySource, type SubmissionFormValues } from "@/lib/validation/submission";
import { errorAt } from "./form-errors";
import { secondaryButtonClassName } from "./submission-parties-field";

// Where the facts come from. A source with the same title and publisher as an existing one is the
// same source: the save reuses it instead of making a copy.

export function SubmissionSourcesField() {
  const { control, register, formState } = useFormContext<SubmissionFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: "sources" });
  const { errors } = formState;
  const error = (index: number, field: string) => errorAt(errors, `sources.${index}.${field}`);

  return (
    <FormFieldset
      name="sources"
      legend="Sources"
      hint="Every fact shown to the public needs at least one source before it is published."
      error={errorAt(errors, "sources")}
    >
      {fields.length === 0 ? <p className="mb-2 text-sm text-muted">No sources yet.</p> : null}
      <ol className="flex flex-col gap-4">
        {fields.map((field, index) => (
          <li key={field.id} className="rounded-md border border-rule bg-paper p-4">
            <div className="mb-3 flex items-center justify-between">
              <h4 className="text-sm font-semibold text-ink">Source {index + 1}</h4>
              <button
                type="button"
                className={secondaryButtonClassName}
                onClick={() => remove(index)}
                aria-label={`Remove source ${index + 1}`}
              >
                Remove
              </button>
            </div>
            <div className="grid gap-4 md:grid-cols-2">
              <FormInput
                label="Title"
                required
                className="md:col-span-2"
                error={error(index, "title")}
                {...register(`sources.${index}.title` as const)}
              />
              <FormInput label="Publisher" error={error(index, "publisher")} {...register(`sources.${index}.publisher` as const)} />
              <FormInput
                label="Published on"
                type="date"
                error={error(index, "publishedOn")}
                {...register(`sources.${index}.publishedOn` as const)}
              />
              <FormInput
                label="Web address"
                type="url"
                inputMode="url"
                placeholder="https://"
                className="md:col-span-2"
                error={error(index, "url")}
                {...register(`sources.${index}.url` as const)}
              />
            </div>
          </li>
        ))}
      </ol>
      <button type="button" className={`${secondaryButtonClassName} mt-3`} onClick={() => append({ ...emptySource })}>
        + Add source
      </button>
    </FormFieldset>
  );
}
