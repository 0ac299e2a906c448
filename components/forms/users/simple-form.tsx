"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, type ReactNode } from "react";
import { FormProvider, useForm, type DefaultValues, type FieldValues, type Resolver } from "react-hook-form";
import type { z } from "zod";
import { FormErrorSummary } from "@/components/ui/form-error-summary";
import { fieldIds } from "@/components/ui/form-field";
import { applyServerErrors, flattenErrors } from "../form-errors";

// A small form with the house standards (shared schema, field errors, a linked summary, nothing
// lost on refusal) for the account screens, which have no versions, statuses or history.

interface SimpleFormProps<V extends FieldValues> {
  schema: z.ZodType;
  defaultValues: DefaultValues<V>;
  labels: Record<string, string>;
  submitLabel: string;
  send: (values: V) => Promise<{ ok: true } | { ok: false; formError?: string; fieldErrors?: Record<string, string[]> }>;
  /** Called after a success; return the confirmation to show. */
  onDone: () => string;
  resetOnSuccess?: boolean;
  children: ReactNode;
}

export function SimpleForm<V extends FieldValues>({ schema, defaultValues, labels, submitLabel, send, onDone, resetOnSuccess, children }: SimpleFormProps<V>) {
  const methods = useForm<V>({ resolver: zodResolver(schema as never) as unknown as Resolver<V>, defaultValues, mode: "onTouched" });
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { handleSubmit, getValues, setError, reset, formState } = methods;
  const onSubmit = handleSubmit(async () => {
    setFormError(null);
    setDone(null);
    type Result = Awaited<ReturnType<typeof send>>;
    const offline: Result = { ok: false, formError: "We could not reach the server; nothing changed." };
    const result = await send(getValues()).catch(() => offline);
    if (!result.ok) {
      setFormError(result.formError ?? "Nothing changed.");
      applyServerErrors(setError, result.fieldErrors);
      return;
    }
    if (resetOnSuccess) reset();
    setDone(onDone());
  });
  const flat = flattenErrors(formState.errors);
  return (
    <FormProvider {...methods}>
      <form noValidate onSubmit={onSubmit} className="flex flex-col gap-4">
        {formError || (formState.submitCount > 0 && flat.length > 0) ? (
          <FormErrorSummary
            title={formError ?? "Some fields need attention. Nothing has changed yet."}
            items={flat.map((error) => ({ targetId: fieldIds(error.name).id, label: labels[error.name] ?? error.name, message: error.message }))}
          />
        ) : null}
        {done ? <p role="status" className="rounded-md border border-emerald-700/30 bg-emerald-50 px-3 py-2 text-sm text-emerald-950">{done}</p> : null}
        <fieldset disabled={formState.isSubmitting} className="flex flex-col gap-4">{children}</fieldset>
        <div>
          <button type="submit" disabled={formState.isSubmitting} className="rounded-md bg-ink px-4 py-2 text-sm font-semibold text-white disabled:opacity-60">
            {formState.isSubmitting ? "Saving…" : submitLabel}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
