"use client";

import { Controller, useFormContext } from "react-hook-form";
import { FormCheckbox, FormFieldset } from "@/components/ui/form-choice";
import type { LookupOption } from "@/lib/data/lookups";
import type { SubmissionFormValues } from "@/lib/validation/submission";
import { errorAt } from "./form-errors";

// Topics as a checkbox group. A Controller rather than register(): with register, a group of one
// checkbox yields a boolean instead of an array.

export function SubmissionTopicsField({ topics }: { topics: LookupOption[] }) {
  const { control, formState } = useFormContext<SubmissionFormValues>();
  return (
    <Controller
      control={control}
      name="topicIds"
      render={({ field }) => {
        const chosen = new Set(field.value);
        const toggle = (id: string, on: boolean) =>
          field.onChange(on ? [...field.value, id] : field.value.filter((value) => value !== id));
        return (
          <FormFieldset
            name="topicIds"
            legend="Topics"
            hint={`${chosen.size} chosen. Readers follow topics, so pick the ones the submission is about.`}
            error={errorAt(formState.errors, "topicIds")}
          >
            {topics.length === 0 ? (
              <p className="text-sm text-muted">No topics exist yet.</p>
            ) : (
              <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
                {topics.map((topic, index) => (
                  <FormCheckbox
                    key={topic.id}
                    id={`field-topicIds-${topic.id}`}
                    ref={index === 0 ? field.ref : undefined}
                    name={field.name}
                    value={topic.id}
                    checked={chosen.has(topic.id)}
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
