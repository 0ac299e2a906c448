"use client";

import { Controller, useFormContext } from "react-hook-form";
import { FormCheckbox, FormFieldset } from "@/components/ui/form-choice";
import type { LookupOption } from "@/lib/data/lookups";
import type { OrganizationFormValues } from "@/lib/validation/organization";
import { errorAt } from "../form-errors";

// Topics an editor judges material to the organization. The public "notable silences" list the
// organization's members who filed nothing on them in a session. Reporters see the choice but
// cannot change it (the server refuses it too).

export function MaterialTopicsField({ topics, editable }: { topics: LookupOption[]; editable: boolean }) {
  const { control, formState } = useFormContext<OrganizationFormValues>();
  return (
    <Controller
      control={control}
      name="materialTopicIds"
      render={({ field }) => {
        const value = field.value ?? [];
        const chosen = new Set(value);
        const toggle = (id: string, on: boolean) => field.onChange(on ? [...value, id] : value.filter((item) => item !== id));
        return (
          <FormFieldset
            name="materialTopicIds"
            legend="Material topics"
            hint={
              editable
                ? `${chosen.size} chosen. Its members who file nothing on these in a session are listed publicly as notable silences.`
                : "An editor marks these: they decide which silences are listed publicly."
            }
            error={errorAt(formState.errors, "materialTopicIds")}
          >
            {topics.length === 0 ? (
              <p className="text-sm text-muted">No topics exist yet.</p>
            ) : (
              <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
                {topics.map((topic, index) => (
                  <FormCheckbox
                    key={topic.id}
                    id={`field-materialTopicIds-${topic.id}`}
                    ref={index === 0 ? field.ref : undefined}
                    name={field.name}
                    value={topic.id}
                    checked={chosen.has(topic.id)}
                    disabled={!editable}
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
