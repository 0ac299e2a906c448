"use client";

import { Controller, useFormContext, type FieldValues } from "react-hook-form";
import { FormCheckbox, FormFieldset } from "@/components/ui/form-choice";
import type { LookupOption } from "@/lib/data/lookups";
import { errorAt } from "./form-errors";

interface TopicCheckboxesProps {
  /** The form field holding the chosen topic ids. */
  name: string;
  legend: string;
  /** The hint under the legend, given how many topics are chosen. */
  hint: (chosen: number) => string;
  topics: LookupOption[];
  disabled?: boolean;
}

// Topics as a checkbox group, shared by the submission and organization forms. A Controller rather
// than register(): with register, a group of one checkbox yields a boolean instead of an array.
export function TopicCheckboxes({ name, legend, hint, topics, disabled = false }: TopicCheckboxesProps) {
  const { control, formState } = useFormContext<FieldValues>();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => {
        const value: string[] = field.value ?? [];
        const chosen = new Set(value);
        const toggle = (id: string, on: boolean) => field.onChange(on ? [...value, id] : value.filter((item) => item !== id));
        return (
          <FormFieldset name={name} legend={legend} hint={hint(chosen.size)} error={errorAt(formState.errors, name)}>
            {topics.length === 0 ? (
              <p className="text-sm text-muted">No topics exist yet.</p>
            ) : (
              <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
                {topics.map((topic, index) => (
                  <FormCheckbox
                    key={topic.id}
                    id={`field-${name}-${topic.id}`}
                    ref={index === 0 ? field.ref : undefined}
                    name={field.name}
                    value={topic.id}
                    checked={chosen.has(topic.id)}
                    disabled={disabled}
                    onChange={(event) => toggle(topic.id, event.target.checked)}
                    onBlur={field.onBlur}
                    label={topic.label}
                  />
                ))}
              </div>
            )}
          </FormFieldset>
        );
      }}
    />
  );
}
