"use client";

import { useFormContext } from "react-hook-form";
import { FormFieldset, FormRadio } from "@/components/ui/form-choice";
import type { PublicationStatus } from "@/lib/generated/prisma/enums";
import type { SubmissionFormValues } from "@/lib/validation/submission";
import { errorAt } from "./form-errors";

const statusText: Record<PublicationStatus, { label: string; description: string }> = {
  DRAFT: { label: "Draft", description: "Work in progress; only staff see it." },
  IN_REVIEW: { label: "In review", description: "Ready for an editor to check and publish." },
  PUBLISHED: { label: "Published", description: "Public on the tracker as soon as it is saved." },
  UNPUBLISHED: { label: "Unpublished", description: "Taken off the public site; staff still see it." },
};

/** Only the statuses the user may choose are offered; the server checks again. */
export function SubmissionStatusField({ allowed }: { allowed: readonly PublicationStatus[] }) {
  const { register, formState } = useFormContext<SubmissionFormValues>();
  const error = errorAt(formState.errors, "status");
  return (
    <FormFieldset
      name="status"
      legend="Status"
      error={error}
      hint={allowed.includes("PUBLISHED") ? undefined : "An editor publishes: send it for review when it is ready."}
    >
      <div className="flex flex-col gap-2">
        {allowed.map((status) => (
          <FormRadio
            key={status}
            id={`field-status-${status}`}
            value={status}
            aria-invalid={error ? true : undefined}
            label={statusText[status].label}
            description={statusText[status].description}
            {...register("status")}
          />
        ))}
      </div>
    </FormFieldset>
  );
}
