"use client";

import { useFormContext, useWatch, type FieldValues } from "react-hook-form";
import { FormFieldset, FormRadio } from "@/components/ui/form-choice";
import { FormInput, FormSelect, FormTextarea } from "@/components/ui/form-field";
import type { PublicationStatus } from "@/lib/generated/prisma/enums";
import { statusLabels } from "@/lib/records/types";
import { errorAt } from "./form-errors";
import { useIsNewRecord } from "./record-form";

// Field groups shared by the record forms: English and Chinese side by side, the workflow status
// with an optional publication time, and a plain picker of related records.

const statusDescriptions: Record<PublicationStatus, string> = {
  DRAFT: "Work in progress; only staff see it.",
  IN_REVIEW: "Ready for an editor to check and publish.",
  PUBLISHED: "Public on the tracker as soon as it is saved.",
  UNPUBLISHED: "Taken off the public site; staff still see it.",
};

export function TextField({ name, label, hint, required, type, className }: { name: string; label: string; hint?: string; required?: boolean; type?: string; className?: string }) {
  const { register, formState } = useFormContext<FieldValues>();
  return <FormInput label={label} hint={hint} required={required} type={type} className={className} error={errorAt(formState.errors, name)} autoComplete="off" {...register(name)} />;
}

export function TextAreaField({ name, label, hint, rows = 3, lang }: { name: string; label: string; hint?: string; rows?: number; lang?: string }) {
  const { register, formState } = useFormContext<FieldValues>();
  return <FormTextarea label={label} hint={hint} rows={rows} lang={lang} error={errorAt(formState.errors, name)} {...register(name)} />;
}

/** `<base>En` and `<base>Zh` side by side (stacked on narrow screens). */
export function BilingualFields({ base, label, rows, requiredEn, hint }: { base: string; label: string; rows?: number; requiredEn?: boolean; hint?: string }) {
  const { register, formState } = useFormContext<FieldValues>();
  const { errors } = formState;
  const en = `${base}En`;
  const zh = `${base}Zh`;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {rows ? (
        <>
          <FormTextarea label={`${label} (English)`} hint={hint} rows={rows} error={errorAt(errors, en)} {...register(en)} />
          <FormTextarea label={`${label} (Chinese)`} rows={rows} lang="zh-Hans" error={errorAt(errors, zh)} {...register(zh)} />
        </>
      ) : (
        <>
          <FormInput label={`${label} (English)`} hint={hint} required={requiredEn} autoComplete="off" error={errorAt(errors, en)} {...register(en)} />
          <FormInput label={`${label} (Chinese)`} lang="zh-Hans" autoComplete="off" error={errorAt(errors, zh)} {...register(zh)} />
        </>
      )}
    </div>
  );
}

export function PickerField({ name, label, options, required, hint, placeholder = "Choose…", className }: {
  name: string; label: string; options: Array<{ id: string; label: string }>; required?: boolean; hint?: string; placeholder?: string; className?: string;
}) {
  const { register, formState } = useFormContext<FieldValues>();
  return (
    <FormSelect label={label} required={required} hint={hint} className={className} error={errorAt(formState.errors, name)} {...register(name)}>
      <option value="">{placeholder}</option>
      {options.map((option) => (
        <option key={option.id} value={option.id}>{option.label}</option>
      ))}
    </FormSelect>
  );
}

/** Status radios; a publication time when the record can be scheduled and the user may publish. */
// The same moves the server allows (lib/data/records/workflow.ts): a public record leaves the
// site by being unpublished, and a new one starts as a draft, in review or published.
const next: Record<PublicationStatus | "NEW", readonly PublicationStatus[]> = {
  NEW: ["DRAFT", "IN_REVIEW", "PUBLISHED"],
  DRAFT: ["DRAFT", "IN_REVIEW", "PUBLISHED"],
  IN_REVIEW: ["DRAFT", "IN_REVIEW", "PUBLISHED"],
  PUBLISHED: ["PUBLISHED", "UNPUBLISHED"],
  UNPUBLISHED: ["DRAFT", "IN_REVIEW", "PUBLISHED", "UNPUBLISHED"],
};

export function StatusField({ allowed: allowedByRole, schedulable }: { allowed: readonly PublicationStatus[]; schedulable: boolean }) {
  const { register, formState, control } = useFormContext<FieldValues>();
  const isNew = useIsNewRecord();
  const saved = formState.defaultValues?.status as PublicationStatus | undefined;
  // A scheduled record loads as "Published" with a time; it has not been published yet.
  const from = isNew || !saved ? "NEW" : saved === "PUBLISHED" && formState.defaultValues?.publishAt ? "IN_REVIEW" : saved;
  const allowed = allowedByRole.filter((value) => next[from].includes(value) || value === saved);
  const error = errorAt(formState.errors, "status");
  const status = useWatch({ control, name: "status" }) as PublicationStatus;
  const mayPublish = allowed.includes("PUBLISHED") && allowedByRole.includes("PUBLISHED");
  const alreadyPublic = from === "PUBLISHED";
  return (
    <div className="grid gap-5 md:grid-cols-2">
      <FormFieldset name="status" legend="Status" error={error} hint={mayPublish ? undefined : "An editor publishes: send it for review when it is ready."}>
        <div className="flex flex-col gap-2">
          {allowed.map((value) => (
            <FormRadio key={value} id={`field-status-${value}`} value={value} aria-invalid={error ? true : undefined} label={statusLabels[value]} description={value === "PUBLISHED" && schedulable && !alreadyPublic ? "Public on the tracker now, or at the time you set." : statusDescriptions[value]} {...register("status")} />
          ))}
        </div>
      </FormFieldset>
      {schedulable && mayPublish && !alreadyPublic && status === "PUBLISHED" ? (
        <FormInput
          label="Publish at (UTC)"
          type="datetime-local"
          hint="Leave empty to publish when you save. A future time keeps it in review until then."
          error={errorAt(formState.errors, "publishAt")}
          {...register("publishAt")}
        />
      ) : null}
    </div>
  );
}
