"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { FormErrorSummary } from "@/components/ui/form-error-summary";
import { fieldIds } from "@/components/ui/form-field";
import { createSubmissionAction, updateSubmissionAction } from "@/lib/actions/submissions";
import type { ActionResult } from "@/lib/actions/safe-action";
import type { SavedSubmission } from "@/lib/data/submissions";
import type { SubmissionLookups } from "@/lib/data/lookups";
import type { PublicationStatus } from "@/lib/generated/prisma/enums";
import {
  submissionConflictMessage,
  submissionSchema,
  type SubmissionFormValues,
  type SubmissionInput,
} from "@/lib/validation/submission";
import { getLatestRecordAction } from "@/lib/actions/records";
import { ConflictPanel } from "./conflict-panel";
import { FormSubmitBar } from "./form-submit-bar";
import { applyServerErrors, flattenErrors } from "./form-errors";
import { SubmissionBasicsFields } from "./submission-basics-fields";
import { compareSubmissionFields, submissionFieldLabel } from "./submission-field-labels";
import { SubmissionPartiesField } from "./submission-parties-field";
import { SubmissionSourcesField } from "./submission-sources-field";
import { StatusField } from "./record-fields";
import { RecordFormContext } from "./record-form";
import { SubmissionTextFields } from "./submission-text-fields";
import { SubmissionTopicsField } from "./submission-topics-field";
import { useUnsavedChangesWarning } from "./use-unsaved-changes-warning";

// The one form for creating and editing a submission. It validates in the browser with the same
// schema the server actions use, sends the raw values (the server parses them again), and keeps
// everything typed when the server says no: errors come back as values and are shown in place.

interface SubmissionFormProps {
  /** Absent for a new submission. */
  submissionId?: string;
  initialValues: SubmissionFormValues;
  lookups: SubmissionLookups;
  allowedStatuses: readonly PublicationStatus[];
  /** A reporter looking at a published record: everything shown, nothing editable. */
  readOnly?: boolean;
}

const offline: ActionResult<SavedSubmission> = {
  ok: false,
  formError: "We could not reach the server, so nothing was saved. Your changes are still here: check your connection and try again.",
};

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="rounded-lg border border-rule bg-card p-5 shadow-xs" aria-labelledby={fieldIds(`section-${title}`).id}>
      <h2 id={fieldIds(`section-${title}`).id} className="mb-4 text-lg font-semibold text-ink">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function SubmissionForm({ submissionId, initialValues, lookups, allowedStatuses, readOnly = false }: SubmissionFormProps) {
  const router = useRouter();
  const summaryRef = useRef<HTMLDivElement>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [serverFailures, setServerFailures] = useState(0);
  const [leaving, setLeaving] = useState(false);
  const [theirs, setTheirs] = useState<{ version: number; values: SubmissionFormValues } | null>(null);
  const methods = useForm<SubmissionFormValues, unknown, SubmissionInput>({
    resolver: zodResolver(submissionSchema),
    defaultValues: initialValues,
    mode: "onTouched",
  });
  const { handleSubmit, getValues, setError, setValue, register, formState } = methods;
  const { errors, isDirty, isSubmitting, submitCount } = formState;

  useUnsavedChangesWarning(isDirty && !leaving && !readOnly);

  // Move focus to the summary after the server refused, so the reason is read out and visible.
  useEffect(() => {
    if (serverFailures > 0) summaryRef.current?.focus();
  }, [serverFailures]);

  const save = handleSubmit(async () => {
    setFormError(null);
    // The raw values, not the parsed ones: the server parses with the same schema.
    const values = getValues();
    const result = await (submissionId
      ? updateSubmissionAction({ ...values, id: submissionId })
      : createSubmissionAction(values)
    ).catch(() => offline);
    if (!result.ok) {
      setFormError(result.formError ?? "Nothing was saved.");
      applyServerErrors(setError, result.fieldErrors);
      if (submissionId && "code" in result && result.code === "conflict") {
        const latest = await getLatestRecordAction({ type: "Submission", id: submissionId }).catch(() => null);
        setTheirs(latest?.ok && latest.data ? { version: latest.data.version, values: latest.data.values as SubmissionFormValues } : null);
      }
      setServerFailures((count) => count + 1);
      return;
    }
    setLeaving(true);
    const saved = submissionId ? "updated" : "created";
    router.push(`/admin/submissions/${result.data.id}/edit?saved=${saved}&v=${result.data.version}`);
  });

  const flat = flattenErrors(errors).sort((a, b) => compareSubmissionFields(a.name, b.name));
  const conflict = Boolean(submissionId) && formError === submissionConflictMessage;
  const showSummary = Boolean(formError) || (submitCount > 0 && flat.length > 0);

  return (
    <FormProvider {...methods}>
      <form noValidate onSubmit={save} className="flex flex-col gap-6">
        {showSummary ? (
          <FormErrorSummary
            ref={summaryRef}
            title={formError ?? "Some fields need attention. Nothing has been saved yet."}
            items={flat.map((error) => ({
              targetId: fieldIds(error.name).id,
              label: submissionFieldLabel(error.name),
              message: error.message,
            }))}
          />
        ) : null}
        {theirs ? (
          <ConflictPanel
            mine={getValues()}
            theirs={theirs.values}
            theirVersion={theirs.version}
            labels={Object.fromEntries(Object.keys(theirs.values).map((name) => [name, submissionFieldLabel(name)]))}
            onUseTheirs={(name, value) => setValue(name as keyof SubmissionFormValues, value as never, { shouldDirty: true })}
            onSaveOnTop={() => {
              setValue("version", theirs.version, { shouldDirty: true });
              setTheirs(null);
              setFormError(`Your version now builds on version ${theirs.version}. Check the fields, then save again.`);
            }}
          />
        ) : null}
        {conflict ? (
          <p className="-mt-3 text-sm">
            <a href={`/admin/submissions/${submissionId}/edit`} target="_blank" rel="noopener" className="text-accent underline">
              Open the latest version in a new tab
            </a>{" "}
            to compare it with yours.
          </p>
        ) : null}

        <input type="hidden" {...register("version", { valueAsNumber: true })} />

        <fieldset disabled={readOnly || isSubmitting} className="flex min-w-0 flex-col gap-6">
          <Section title="Session and body">
            <SubmissionBasicsFields sessions={lookups.sessions} />
          </Section>

          <Section title="Title and text">
            <SubmissionTextFields />
          </Section>

          <Section title="Submitters and co-signers">
            <div className="grid gap-6 lg:grid-cols-2">
              <SubmissionPartiesField
                name="submitters"
                legend="Submitters"
                singular="Submitter"
                required
                hint="Who filed it: a deputy or member, or a party, group or committee."
                people={lookups.people}
                organizations={lookups.organizations}
              />
              <SubmissionPartiesField
                name="cosigners"
                legend="Co-signers"
                singular="Co-signer"
                hint="Members who signed on, if known."
                people={lookups.people}
                organizations={lookups.organizations}
              />
            </div>
          </Section>

          <Section title="Topics and sources">
            <div className="flex flex-col gap-8">
              <SubmissionTopicsField topics={lookups.topics} />
              <SubmissionSourcesField />
            </div>
          </Section>

          <Section title="Publication">
            <RecordFormContext value={{ isNew: !submissionId }}>
              <StatusField allowed={allowedStatuses} schedulable />
            </RecordFormContext>
          </Section>
        </fieldset>

        {readOnly ? null : (
          <FormSubmitBar
            submitLabel={submissionId ? "Save changes" : "Create submission"}
            cancelHref="/admin/submissions"
            isSubmitting={isSubmitting}
            isDirty={isDirty}
          />
        )}
      </form>
    </FormProvider>
  );
}
