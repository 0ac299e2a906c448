"use client";

import { useEffect } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { FormFieldset, FormRadio } from "@/components/ui/form-choice";
import { FormSelect } from "@/components/ui/form-field";
import type { RecordLookups } from "@/lib/data/lookups";
import { AngleKind, AngleStrength } from "@/lib/generated/prisma/enums";
import type { AngleFormValues } from "@/lib/validation/angle";
import { errorAt } from "../form-errors";

// The angle form's choices: its kind and strength as radio groups, and the interest picker, which
// offers only the interests of the organization chosen above it.

const kinds: Record<AngleKind, { label: string; description: string }> = {
  BUSINESS_INTEREST: { label: "Business interest", description: "The submission serves the submitter's own business or its organization's." },
  POLICY_ECHO: { label: "Policy echo", description: "The submission repeats a line Beijing already favours." },
};
const strengths: Record<AngleStrength, { label: string; description: string }> = {
  DIRECT: { label: "Direct", description: "Names or plainly benefits the organization's products, markets or sector." },
  INDIRECT: { label: "Indirect", description: "Benefits the organization through its sector or a wider change." },
  NONE: { label: "None", description: "Checked, and no link found." },
};

function RadioGroup<K extends string>({ name, legend, options }: { name: "kind" | "strength"; legend: string; options: Record<K, { label: string; description: string }> }) {
  const { register, formState } = useFormContext<AngleFormValues>();
  const error = errorAt(formState.errors, name);
  return (
    <FormFieldset name={name} legend={legend} required error={error}>
      <div className="flex flex-col gap-2">
        {(Object.keys(options) as K[]).map((value) => (
          <FormRadio key={value} id={`field-${name}-${value}`} value={value} label={options[value].label} description={options[value].description} {...register(name)} />
        ))}
      </div>
    </FormFieldset>
  );
}

export function KindField() {
  return <RadioGroup name="kind" legend="Kind of angle" options={kinds} />;
}

export function StrengthField() {
  return <RadioGroup name="strength" legend="Strength" options={strengths} />;
}

export function InterestField({ interests }: { interests: RecordLookups["interests"] }) {
  const { register, formState, control, getValues, setValue } = useFormContext<AngleFormValues>();
  const organizationId = useWatch({ control, name: "organizationId" });
  const own = interests.filter((interest) => interest.organizationId === organizationId);
  // A new organization makes the old one's interest meaningless: clear it rather than save a mismatch.
  useEffect(() => {
    const current = getValues("interestId");
    if (current && !interests.some((interest) => interest.id === current && interest.organizationId === organizationId)) {
      setValue("interestId", "", { shouldDirty: true });
    }
  }, [organizationId, interests, getValues, setValue]);
  return (
    <FormSelect
      label="Interest"
      hint={organizationId ? (own.length === 0 ? "This organization has no interests yet: add them on its page under Organizations." : "Optional: the product, market or sector it serves.") : "Choose the organization first."}
      disabled={!organizationId}
      error={errorAt(formState.errors, "interestId")}
      {...register("interestId")}
    >
      <option value="">No particular interest</option>
      {own.map((interest) => (
        <option key={interest.id} value={interest.id}>{interest.label}</option>
      ))}
    </FormSelect>
  );
}
