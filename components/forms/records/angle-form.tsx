"use client";

import { createAngleAction, updateAngleAction } from "@/lib/actions/angles";
import { getLatestRecordAction } from "@/lib/actions/records";
import type { RecordLookups } from "@/lib/data/lookups";
import { angleSchema, type AngleEditValues, type AngleFormValues } from "@/lib/validation/angle";
import { InterestField, KindField, StrengthField } from "../angles/angle-choice-fields";
import { BilingualFields, StatusField, TextAreaField, TextField } from "../record-fields";
import { FormSection, RecordFormShell } from "../record-form";
import { SearchablePickerField } from "../searchable-picker-field";
import { SubmissionSourcesField } from "../submission-sources-field";
import { workflowLabels, type RecordFormPageProps } from "./common";
import { unwrap } from "./topic-form";

// A reporter's angle. The reviewer's part (comment, who reviewed) is the editor's: a reporter
// sees it but cannot change it, and the server refuses it too.

const labels = {
  ...workflowLabels, submissionId: "Submission", organizationId: "Organization", interestId: "Interest", kind: "Kind", strength: "Strength",
  rationaleEn: "Rationale (English)", rationaleZh: "Rationale (Chinese)", evidence: "Evidence", reviewerComment: "Reviewer comment",
  rightOfReply: "Right of reply", rightOfReplyOn: "Response date", sources: "Source", title: "title", url: "web address", publishedOn: "date", publisher: "publisher",
};

/** Who wrote and reviewed it is shown beside the form, never merged into it after a conflict. */
function withoutCredits(latest: { version: number; values: AngleEditValues } | null): { version: number; values: AngleFormValues } | null {
  if (!latest) return null;
  const { credits: _credits, ...values } = latest.values;
  return { version: latest.version, values };
}

function Credits({ credits }: { credits: AngleEditValues["credits"] }) {
  if (!credits) return <p className="text-sm text-muted">You will be the author. The editor who publishes it becomes the reviewer.</p>;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm" data-testid="angle-credits">
      <dt className="font-semibold text-ink">Author</dt>
      <dd>{credits.author ?? "Not recorded (loaded from the starter data)"}</dd>
      <dt className="font-semibold text-ink">Reviewer</dt>
      <dd>{credits.reviewer ?? "Not reviewed yet"}</dd>
    </dl>
  );
}

export function AngleForm({ recordId, initialValues, readOnly, allowedStatuses, lookups }: RecordFormPageProps<AngleEditValues> & { lookups: RecordLookups }) {
  const { credits, ...values } = initialValues;
  const isEditor = allowedStatuses.includes("PUBLISHED");
  const organizations = lookups.organizations.filter((organization) => organization.kind !== "MINISTRY");
  return (
    <RecordFormShell<AngleFormValues>
      type="Angle"
      recordId={recordId}
      initialValues={values}
      readOnly={readOnly}
      schema={angleSchema}
      labels={labels}
      save={(form) => (recordId ? updateAngleAction({ ...form, id: recordId }) : createAngleAction(form))}
      loadLatest={recordId ? async () => withoutCredits(unwrap<AngleEditValues>(await getLatestRecordAction({ type: "Angle", id: recordId }))) : undefined}
    >
      <FormSection title="What it links">
        <div className="grid gap-5 md:grid-cols-2">
          <SearchablePickerField
            name="submissionId" label="Submission" required options={lookups.submissions} className="md:col-span-2"
            searchHint="Narrow the list: type a title, 充电桩, a year or an official number…"
          />
          <SearchablePickerField
            name="organizationId" label="Organization" options={organizations}
            hint="Whose interest it serves. Required for a business-interest angle."
            placeholder="No organization (policy echo)" searchHint="Narrow the list: type Tencent, 腾讯…"
          />
          <InterestField interests={lookups.interests} />
          <KindField />
          <StrengthField />
        </div>
      </FormSection>
      <FormSection title="Rationale and evidence">
        <div className="flex flex-col gap-5">
          <BilingualFields base="rationale" label="Rationale" rows={4} hint="Public: why the submission serves this interest, in plain words." />
          <TextAreaField name="evidence" label="Evidence (internal)" rows={4} hint="Working notes for the desk: never shown to the public. Cite what the public should see as sources below." />
          <SubmissionSourcesField />
        </div>
      </FormSection>
      <FormSection title="Right of reply">
        <div className="grid gap-5 md:grid-cols-[1fr_12rem]">
          <TextAreaField name="rightOfReply" label="Response" rows={3} hint="The company's or the submitter's response, published with the angle." />
          <TextField name="rightOfReplyOn" label="Response date" type="date" />
        </div>
      </FormSection>
      <FormSection title="Review">
        <div className="flex flex-col gap-5">
          <Credits credits={credits} />
          {isEditor ? (
            <TextAreaField name="reviewerComment" label="Reviewer comment (internal)" rows={3} hint="For the author and the desk only: never published." />
          ) : (
            <div className="text-sm">
              <p className="font-semibold text-ink">Reviewer comment (internal)</p>
              <p className="whitespace-pre-wrap text-muted" data-testid="reviewer-comment">{values.reviewerComment || "No comment yet."}</p>
            </div>
          )}
        </div>
      </FormSection>
      <FormSection title="Publication">
        <StatusField allowed={allowedStatuses} schedulable={false} />
      </FormSection>
    </RecordFormShell>
  );
}
