"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { FormProvider, useForm, type FieldValues, type Resolver } from "react-hook-form";
import type { z } from "zod";
import { FormErrorSummary } from "@/components/ui/form-error-summary";
import { fieldIds } from "@/components/ui/form-field";
import type { ActionResult } from "@/lib/actions/safe-action";
import type { SavedRecord } from "@/lib/data/records/define-record";
import { editHref, RECORDS, type RecordType } from "@/lib/records/types";
import { ConflictPanel } from "./conflict-panel";
import { FormSubmitBar } from "./form-submit-bar";
import { applyServerErrors, flattenErrors } from "./form-errors";
import { useUnsavedChangesWarning } from "./use-unsaved-changes-warning";

// The shell every record form shares: the form's own zod schema in the browser, the raw values
// sent to the server action (which parses them again), field errors and a summary that links to
// them, a warning before leaving with unsaved changes, and, when someone else saved first, their
// version beside this one so nothing typed is lost.

export interface RecordFormProps<V extends FieldValues> {
  type: RecordType;
  recordId?: string;
  initialValues: V;
  readOnly?: boolean;
}

interface ShellProps<V extends FieldValues> extends RecordFormProps<V> {
  schema: z.ZodType;
  save: (values: V) => Promise<ActionResult<SavedRecord>>;
  /** The latest saved values, loaded after a conflict. */
  loadLatest?: () => Promise<{ version: number; values: V } | null>;
  labels: Record<string, string>;
  children: ReactNode;
}

export const RecordFormContext = createContext<{ isNew: boolean }>({ isNew: true });

/** Whether the form around a field creates a record (no saved status to move from yet). */
export function useIsNewRecord(): boolean {
  return useContext(RecordFormContext).isNew;
}

const offline: ActionResult<SavedRecord> = {
  ok: false,
  formError: "We could not reach the server, so nothing was saved. Your changes are still here: check your connection and try again.",
};

export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  const id = fieldIds(`section-${title}`).id;
  return (
    <section className="rounded-lg border border-rule bg-card p-5 shadow-xs" aria-labelledby={id}>
      <h2 id={id} className="mb-4 text-lg font-semibold text-ink">{title}</h2>
      {children}
    </section>
  );
}

export function RecordFormShell<V extends FieldValues>({
  type, recordId, initialValues, readOnly = false, schema, save, loadLatest, labels, children,
}: ShellProps<V>) {
  const router = useRouter();
  const summaryRef = useRef<HTMLDivElement>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [serverFailures, setServerFailures] = useState(0);
  const [leaving, setLeaving] = useState(false);
  const [theirs, setTheirs] = useState<{ version: number; values: V } | null>(null);
  const methods = useForm<V>({
    resolver: zodResolver(schema as never) as unknown as Resolver<V>,
    defaultValues: initialValues as never,
    mode: "onTouched",
  });
  const { handleSubmit, getValues, setError, setValue, register, formState } = methods;
  const { errors, isDirty, isSubmitting, submitCount } = formState;
  useUnsavedChangesWarning(isDirty && !leaving && !readOnly);

  useEffect(() => {
    if (serverFailures > 0) summaryRef.current?.focus();
  }, [serverFailures]);

  const onSubmit = handleSubmit(async () => {
    setFormError(null);
    const values = getValues();
    const result = await save(values).catch(() => offline);
    if (!result.ok) {
      setFormError(result.formError ?? "Nothing was saved.");
      applyServerErrors(setError, result.fieldErrors);
      if ("code" in result && result.code === "conflict" && loadLatest) setTheirs(await loadLatest().catch(() => null));
      setServerFailures((count) => count + 1);
      return;
    }
    setLeaving(true);
    router.push(`${editHref(type, result.data.id)}?saved=${recordId ? "updated" : "created"}&v=${result.data.version}`);
  });

  const flat = flattenErrors(errors).filter((error) => !error.name.startsWith("_"));
  const showSummary = Boolean(formError) || (submitCount > 0 && flat.length > 0);
  const label = (name: string) => {
    const [head, index, field] = name.split(".");
    const base = labels[head] ?? head;
    return index === undefined ? base : `${base} ${Number(index) + 1}${field ? `, ${labels[field] ?? field}` : ""}`;
  };

  return (
    <RecordFormContext value={{ isNew: !recordId }}>
    <FormProvider {...methods}>
      <form noValidate onSubmit={onSubmit} className="flex flex-col gap-6">
        {showSummary ? (
          <FormErrorSummary
            ref={summaryRef}
            title={formError ?? "Some fields need attention. Nothing has been saved yet."}
            items={flat.map((error) => ({ targetId: fieldIds(error.name).id, label: label(error.name), message: error.message }))}
          />
        ) : null}
        {theirs ? (
          <ConflictPanel
            mine={getValues()}
            theirs={theirs.values}
            theirVersion={theirs.version}
            labels={labels}
            onUseTheirs={(name, value) => setValue(name as never, value as never, { shouldDirty: true })}
            onSaveOnTop={() => {
              setValue("version" as never, theirs.version as never, { shouldDirty: true });
              setTheirs(null);
              setFormError(`Your version now builds on version ${theirs.version}. Check the fields, then save again.`);
            }}
          />
        ) : null}
        <input type="hidden" {...register("version" as never, { valueAsNumber: true })} />
        <fieldset disabled={readOnly || isSubmitting} className="flex min-w-0 flex-col gap-6">
          {children}
        </fieldset>
        {readOnly ? null : (
          <FormSubmitBar
            submitLabel={recordId ? "Save changes" : `Create ${RECORDS[type].label}`}
            cancelHref={`/admin/${RECORDS[type].segment}`}
            isSubmitting={isSubmitting}
            isDirty={isDirty}
          />
        )}
      </form>
    </FormProvider>
    </RecordFormContext>
  );
}
