"use client";

import { useFieldArray, useFormContext } from "react-hook-form";
import { FormInput } from "@/components/ui/form-field";
import { emptySource } from "@/lib/validation/submission";
import type { OrganizationFormValues } from "@/lib/validation/organization";
import { errorAt } from "../form-errors";
import { secondaryButtonClassName } from "../submission-parties-field";

// The sources of one business interest (an annual report, the company's site, a news report),
// inside the interest's row of the organization form.

export function InterestSourcesField({ index }: { index: number }) {
  const { control, register, formState } = useFormContext<OrganizationFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: `interests.${index}.sources` as const });
  const error = (source: number, field: string) => errorAt(formState.errors, `interests.${index}.sources.${source}.${field}`);
  return (
    <div className="md:col-span-4">
      <p className="text-xs font-semibold text-ink">Sources of interest {index + 1}</p>
      {fields.length === 0 ? <p className="text-xs text-muted">None yet: a public interest should cite one.</p> : null}
      <ol className="mt-1 flex flex-col gap-2">
        {fields.map((field, source) => (
          <li key={field.id} className="grid gap-2 md:grid-cols-[1fr_10rem_1fr_auto] md:items-end">
            <FormInput label="Title" required error={error(source, "title")} {...register(`interests.${index}.sources.${source}.title` as const)} />
            <FormInput label="Publisher" error={error(source, "publisher")} {...register(`interests.${index}.sources.${source}.publisher` as const)} />
            <FormInput label="Web address" type="url" placeholder="https://" error={error(source, "url")} {...register(`interests.${index}.sources.${source}.url` as const)} />
            <button type="button" className={secondaryButtonClassName} onClick={() => remove(source)} aria-label={`Remove source ${source + 1} of interest ${index + 1}`}>
              Remove
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className={`${secondaryButtonClassName} mt-2`} onClick={() => append({ ...emptySource })}>
        + Add a source
      </button>
    </div>
  );
}
