"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { FormProvider, useForm } from "react-hook-form";
import { FormErrorSummary } from "@/components/ui/form-error-summary";
import { fieldIds } from "@/components/ui/form-field";
import { createSubmissionAction, updateSubmissionAction } from "@/lib/actions/submissions";
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
import { flattenErrors } from "./form-errors";
import { SubmissionBasicsFields } from "./submission-basics-fields";
import { compareSubmissionFields, submissionFieldLabel } from "./submission-field-labels";
import { SubmissionPartiesField } from "./submission-parties-field";
import { SubmissionSourcesField } from "./submission-sources-field";
import { StatusField } from "./record-fields";
import { FormSection, RecordFormContext } from "./record-form";
import { SubmissionTextFields } from "./submission-text-fields";
import { SubmissionTopicsField } from "./submission-topics-field";
import { useSaveFlow } from "./use-save-flow";

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

export function SubmissionForm({ submissionId, initialValues, lookups, allowedStatuses, readOnly = false }: SubmissionFormProps) {
  const methods = useForm<SubmissionFormValues, unknown, SubmissionInput>({
    resolver: zodResolver(submissionSchema),
    defaultValues: initialValues,
    mode: "onTouched",
  });
  const { getValues, setValue, register, formState } = methods;
  const { errors, isDirty, isSubmitting, submitCount } = formState;
  const { summaryRef, formError, theirs, onSubmit, saveOnTop } = useSaveFlow({
    methods,
    readOnly,
    save: (values: SubmissionFormValues) => (submissionId ? updateSubmissionAction({ ...values, id: submissionId }) : createSubmissionAction(values)),
    loadLatest: submissionId
      ? async () => {
          const latest = await getLatestRecordAction({ type: "Submission", id: submissionId });
          return latest.ok && latest.data ? { version: latest.data.version, values: latest.data.values as SubmissionFormValues } : null;
        }
      : undefined,
    savedHref: (saved: SavedSubmission) => `/admin/submissions/${saved.id}/edit?saved=${submissionId ? "updated" : "created"}&v=${saved.version}`,
  });

  const flat = flattenErrors(errors).sort((a, b) => compareSubmissionFields(a.name, b.name));
  const conflict = Boolean(submissionId) && formError === submissionConflictMessage;
  const showSummary = Boolean(formError) || (submitCount > 0 && flat.length > 0);

  return (
    <FormProvider {...methods}>
      <form noValidate onSubmit={onSubmit} className="flex flex-col gap-6">
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
            onSaveOnTop={() => saveOnTop(theirs.version)}
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
          <FormSection title="Session and body">
            <SubmissionBasicsFields sessions={lookups.sessions} />
          </FormSection>

          <FormSection title="Title and text">
            <SubmissionTextFields />
          </FormSection>

          <FormSection title="Submitters and co-signers">
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
          </FormSection>

          <FormSection title="Topics and sources">
            <div className="flex flex-col gap-8">
              <SubmissionTopicsField topics={lookups.topics} />
              <SubmissionSourcesField />
            </div>
          </FormSection>

          <FormSection title="Publication">
            <RecordFormContext value={{ isNew: !submissionId }}>
              <StatusField allowed={allowedStatuses} schedulable />
            </RecordFormContext>
          </FormSection>
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
