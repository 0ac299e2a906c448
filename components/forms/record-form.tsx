"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { createContext, useContext, type ReactNode } from "react";
import { FormProvider, useForm, type FieldValues, type Resolver } from "react-hook-form";
import type { z } from "zod";
import { FormErrorSummary } from "@/components/ui/form-error-summary";
import { fieldIds } from "@/components/ui/form-field";
import type { ActionResult } from "@/lib/actions/safe-action";
import type { SavedRecord } from "@/lib/data/records/define-record";
import { editHref, RECORDS, type RecordType } from "@/lib/records/types";
import { ConflictPanel } from "./conflict-panel";
import { FormSubmitBar } from "./form-submit-bar";
import { flattenErrors } from "./form-errors";
import { useSaveFlow, type TheirVersion } from "./use-save-flow";

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
  loadLatest?: () => Promise<TheirVersion<V> | null>;
  labels: Record<string, string>;
  children: ReactNode;
}

export const RecordFormContext = createContext<{ isNew: boolean }>({ isNew: true });

/** Whether the form around a field creates a record (no saved status to move from yet). */
export function useIsNewRecord(): boolean {
  return useContext(RecordFormContext).isNew;
}

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
  const methods = useForm<V>({
    resolver: zodResolver(schema as never) as unknown as Resolver<V>,
    defaultValues: initialValues as never,
    mode: "onTouched",
  });
  const { getValues, setValue, register, formState } = methods;
  const { errors, isDirty, isSubmitting, submitCount } = formState;
  const { summaryRef, formError, theirs, onSubmit, saveOnTop } = useSaveFlow({
    methods,
    readOnly,
    save,
    loadLatest,
    savedHref: (saved: SavedRecord) => `${editHref(type, saved.id)}?saved=${recordId ? "updated" : "created"}&v=${saved.version}`,
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
            onSaveOnTop={() => saveOnTop(theirs.version)}
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
